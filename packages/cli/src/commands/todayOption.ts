import { type Clock, isCalendarDate, today } from '@trailmap/core/calendar';
import { UsageError } from '../errors';

/**
 * The `--today` of `plan` and `roadmap`: the given `YYYY-MM-DD`, else core's `today` (the UTC
 * date) from the command's clock. One rule for every command, so `score`, `plan` and `roadmap`
 * run at the same instant agree on the date whatever the machine's time zone.
 *
 * @example
 * todayOption('2026-11-26', Date.now); // => '2026-11-26'
 * todayOption(undefined, () => Date.UTC(2026, 10, 26, 23, 30)); // => '2026-11-26'
 * todayOption('2026-02-30', Date.now); // throws UsageError: --today must be a date YYYY-MM-DD, got "2026-02-30"
 */
export function todayOption(raw: string | undefined, clock: Clock): string {
  if (raw === undefined) return today(clock);
  if (!isCalendarDate(raw)) throw new UsageError(`--today must be a date YYYY-MM-DD, got "${raw}"`);
  return raw;
}
