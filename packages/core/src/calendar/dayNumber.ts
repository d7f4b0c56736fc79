import type { CalendarDate } from '../model/calendarDate';

// The one calendar: arithmetic on day numbers (days since 1970-01-01) with Howard Hinnant's
// civil-date algorithms. Core reasons in calendar days, so it never builds a `Date` whose time zone could
// shift a due date by one day, and layout over 10,000 items stays allocation-light.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date in `YYYY-MM-DD` form (`2026-02-30` is not).
 *
 * @example
 * isCalendarDate('2026-02-28'); // => true
 * isCalendarDate('2026-02-30'); // => false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Day number of a calendar date: days since 1970-01-01 (negative before). Assumes a valid date.
 *
 * @example
 * toDayNumber('1970-01-02'); // => 1
 */
export function toDayNumber(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return daysFromCivil(y, m, d);
}

/**
 * The calendar date of a day number; the inverse of `toDayNumber`.
 *
 * @example
 * fromDayNumber(0); // => '1970-01-01'
 */
export function fromDayNumber(day: number): CalendarDate {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar date `days` days after `date` (before, when negative). Pure day arithmetic: no
 * `Date`, so no time zone or daylight-saving change can shift the answer.
 *
 * @example
 * addDays('2026-03-28', 2); // => '2026-03-30' (across Europe's and America's DST changes alike)
 * addDays('2024-03-01', -1); // => '2024-02-29'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-02-20', '2026-03-02'); // => 10
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Year, month (1–12) and day of a day number.
 *
 * @example
 * civilOf(toDayNumber('2026-03-31')); // => [2026, 3, 31]
 */
export function civilOf(day: number): [number, number, number] {
  return civilFromDays(day);
}

/**
 * Day number of the given year, month (1–12) and day; months outside 1–12 roll over years.
 *
 * @example
 * dayOf(2026, 13, 1) === toDayNumber('2027-01-01'); // => true
 */
export function dayOf(year: number, month: number, day: number): number {
  const zeroBased = month - 1;
  const y = year + Math.floor(zeroBased / 12);
  const m = (((zeroBased % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, day);
}

/**
 * Monday-based weekday of a day number: 0 = Monday … 6 = Sunday (ISO 8601).
 *
 * @example
 * isoWeekday(toDayNumber('2026-01-05')); // => 0 (a Monday)
 */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Days in a month of a year (Gregorian).
 *
 * @example
 * daysInMonth(2024, 2); // => 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
