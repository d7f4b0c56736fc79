import type { CalendarDate } from '../model/calendarDate';
import { fromDayNumber } from './dayNumber';

const DAY_MS = 86_400_000;
/** A date-time that names its offset (`Z`, `+05:30`, `-0500`). */
const OFFSET = /T.*(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The current instant in ms since the epoch, as `Date.now` gives it. Only an edge (a CLI command,
 * a Forge resolver, a server route) holds a real clock; it passes `Date.now` in and core never
 * reads the time itself.
 */
export type Clock = () => number;

/**
 * "Today" for every path: the UTC calendar date of the clock's instant, read once. UTC, not the
 * machine's zone, so a plan or roadmap made at 23:30 in New York and 05:00 in Kolkata for the same
 * instant names the same day, and tests give one answer under every `TZ`.
 *
 * @example
 * today(() => Date.UTC(2026, 2, 31, 23, 30)); // => '2026-03-31' under any TZ
 * today(Date.now); // at an edge: the current UTC date
 */
export function today(clock: Clock): CalendarDate {
  return fromDayNumber(dayOfEpochMs(clock()));
}

/**
 * Day number (days since 1970-01-01, UTC) of an instant in ms since the epoch.
 *
 * @example
 * dayOfEpochMs(Date.UTC(1970, 0, 2, 23, 59)); // => 1
 * dayOfEpochMs(-1); // => -1 (1969-12-31)
 */
export function dayOfEpochMs(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/**
 * Day number (UTC) of an ISO-8601 instant with an offset (`2026-03-31T23:30:00-05:00` is day
 * `2026-04-01` in UTC); `undefined` when the text is not a readable instant or has no offset
 * (which `Date.parse` would read in the machine's zone).
 *
 * @example
 * dayOfInstant('2026-03-31T23:30:00.000Z'); // => toDayNumber('2026-03-31')
 * dayOfInstant('2026-03-31T23:30:00-05:00'); // => toDayNumber('2026-04-01')
 */
export function dayOfInstant(instant: string): number | undefined {
  // Without an offset, Date.parse reads a date-time in the machine's zone: refuse it.
  if (!OFFSET.test(instant.trim())) return undefined;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : dayOfEpochMs(ms);
}
