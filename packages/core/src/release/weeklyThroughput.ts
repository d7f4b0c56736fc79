import { toDayNumber } from '../calendar/dayNumber';
import { dayOfInstant } from '../calendar/today';
import type { WorkItem } from '../model/workItem';

/**
 * Completed work per week, newest week last, from the team's own history (`completedAt`): the
 * `weeks` full weeks before `today` (or fewer, back to the first completion). Canceled items do
 * not count. `unit` counts items or sums estimate points.
 *
 * @example
 * weeklyThroughput(items, { today: '2026-03-02', unit: 'items' }); // => [4, 0, 6, 5]
 */
export function weeklyThroughput(
  items: readonly WorkItem[],
  options: { today: string; unit: 'items' | 'points'; weeks?: number },
): number[] {
  // Day numbers (UTC), not Date arithmetic: week 0 is the 7 days before today, whatever the TZ.
  const end = toDayNumber(options.today);
  const lookback = options.weeks ?? 26;
  const done: Array<{ day: number; item: WorkItem }> = [];
  for (const item of items) {
    if (!item.completedAt || item.canceled) continue;
    const day = dayOfInstant(item.completedAt);
    if (day !== undefined && day < end) done.push({ day, item });
  }
  if (done.length === 0) return [];
  const first = Math.min(...done.map((d) => d.day));
  const span = Math.min(lookback, Math.ceil((end - first) / 7));
  const weeks: number[] = Array.from({ length: span }, () => 0);
  for (const { day, item } of done) {
    const back = Math.floor((end - 1 - day) / 7);
    if (back >= span) continue;
    weeks[span - 1 - back]! += options.unit === 'items' ? 1 : (item.estimate?.value ?? 0);
  }
  return weeks;
}
