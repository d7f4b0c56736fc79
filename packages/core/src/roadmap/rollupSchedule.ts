import type { CalendarDate, WorkItem } from '../model/index';
import type { Schedule } from './resolveSchedule';

/**
 * A parent's place in time from its descendants, as Jira Plans rolls dates up: the earliest
 * start and the latest end among every scheduled descendant (a milestone counts as a one-day
 * span). Used at level `top`, where children are drawn through their parent: real exports date
 * stories and leave epics blank, so without it the default timeline draws nothing. Canceled
 * descendants don't count; a parent loop in the export is walked once.
 *
 * @example
 * const children = indexChildren([epic, { ...story, parentKey: epic.key, targetDate: '2026-03-01' }]);
 * rollupSchedule(epic, children, (i) => resolveSchedule(i, { releases }));
 * // => { kind: 'milestone', date: '2026-03-01', source: 'children' }
 */
export function rollupSchedule(
  parent: WorkItem,
  children: ReadonlyMap<string, readonly WorkItem[]>,
  scheduleOf: (item: WorkItem) => Schedule,
): Schedule | undefined {
  let start: CalendarDate | undefined;
  let end: CalendarDate | undefined;
  let spans = false;
  const seen = new Set<string>([parent.key]);
  const stack = [...(children.get(parent.key) ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    stack.push(...(children.get(item.key) ?? []));
    if (item.canceled) continue;
    const own = scheduleOf(item);
    if (own.kind === 'unscheduled') continue;
    const from = own.kind === 'bar' ? own.start : own.date;
    const to = own.kind === 'bar' ? own.end : own.date;
    if (own.kind === 'bar') spans = true;
    if (start === undefined || from < start) start = from;
    if (end === undefined || to > end) end = to;
  }
  if (start === undefined || end === undefined) return undefined;
  if (!spans && start === end) return { kind: 'milestone', date: end, source: 'children' };
  return { kind: 'bar', start, end, startSource: 'children', endSource: 'children' };
}
