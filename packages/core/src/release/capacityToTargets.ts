import { daysBetween } from '../calendar/dayNumber';
import type { CalendarDate } from '../model/calendarDate';

/**
 * Capacity of date-bound releases (milestones, target dates) from a delivery rate: each target,
 * taken in the order given, gets `perDay` × the calendar days since the previous target (or since
 * `from` for the first), rounded to 0.1. A target at or before the previous one gets 0.
 *
 * @example
 * capacityToTargets([{ id: 'm1', targetDate: '2026-03-01' }, { id: 'm2', targetDate: '2026-03-15' }], { from: '2026-02-20', perDay: 1.5 });
 * // => [{ id: 'm1', targetDate: '2026-03-01', capacity: 13.5 }, { id: 'm2', targetDate: '2026-03-15', capacity: 21 }]
 */
export function capacityToTargets<T extends { targetDate: CalendarDate }>(
  targets: readonly T[],
  options: { from: CalendarDate; perDay: number },
): Array<T & { capacity: number }> {
  let from = options.from;
  return targets.map((target) => {
    const days = Math.max(0, daysBetween(from, target.targetDate));
    if (target.targetDate > from) from = target.targetDate;
    return { ...target, capacity: Math.round(options.perDay * days * 10) / 10 };
  });
}
