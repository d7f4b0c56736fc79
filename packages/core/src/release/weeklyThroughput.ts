import type { WorkItem } from '../model/workItem';

const DAY_MS = 86_400_000;

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
  const end = Date.parse(`${options.today}T00:00:00Z`);
  const lookback = options.weeks ?? 26;
  const done = items.filter(
    (item) => item.completedAt && !item.canceled && Date.parse(item.completedAt) < end,
  );
  if (done.length === 0) return [];
  const first = Math.min(...done.map((item) => Date.parse(item.completedAt!)));
  const span = Math.min(lookback, Math.ceil((end - first) / (7 * DAY_MS)));
  const weeks: number[] = Array.from({ length: span }, () => 0);
  for (const item of done) {
    const back = Math.floor((end - Date.parse(item.completedAt!)) / (7 * DAY_MS));
    if (back >= span) continue;
    weeks[span - 1 - back]! += options.unit === 'items' ? 1 : (item.estimate?.value ?? 0);
  }
  return weeks;
}
