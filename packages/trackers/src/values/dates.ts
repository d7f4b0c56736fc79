import { dayOfEpochMs, fromDayNumber } from '@trailmap/core/calendar';
import { monthNumber } from './monthNames';

/**
 * Date parsing for tracker exports. Jira writes instance-formatted local times with no zone;
 * Linear writes UTC instants as ISO or as JS `Date#toString`. Everything comes out as ISO
 * instants (`…Z`) and calendar dates (`YYYY-MM-DD`), or `undefined` when the text is not a date.
 */

/** A parsed date-time: the calendar date as written and the instant it denotes. */
export interface ParsedDate {
  date: string;
  instant: string;
}

/** How to read all-numeric dates such as `7/9/2026`: day first or month first. */
export type NumericDateOrder = 'dmy' | 'mdy';

// Meridiem as Jira's locales write it: AM/PM, a. m./p. m. (es), vorm./nachm. (de), 午前/午後 (ja).
const TIME = String.raw`(?:[ T]+(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*([ap]\.?\s?m\.?|vorm\.|nachm\.|午前|午後)?)?`;
const MONTH = String.raw`(\d{1,2}月|\p{L}{3,12}\.?)`;
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[/. -]+${MONTH}[/. -]+(\d{2}|\d{4})${TIME}$`, 'iu');
const MONTH_NAME_DAY = new RegExp(String.raw`^${MONTH}[/ -](\d{1,2}),?[/ -](\d{2}|\d{4})${TIME}$`, 'iu');
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`, 'iu');
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME}$`, 'i');

/**
 * Parses a Jira date or date-time cell: `25/Feb/26 10:17 PM`, `5/Dec/25 00:29`,
 * `19/Jan/2025 12:00 AM`, `Feb/25/26 10:17 PM`, `25/Feb/26`, `2026-02-25 16:38:58.679`, ISO with
 * offset, and all-numeric `12-12-2024 14:42` / `7/9/2026 10:00` read in `order`. Times without
 * a zone are read at `offsetMinutes` from UTC (0 unless configured).
 *
 * @example
 * parseJiraDate('25/Feb/26 10:17 PM')?.instant; // => '2026-02-25T22:17:00.000Z'
 * parseJiraDate('07/Jan/26 12:00 AM')?.date; // => '2026-01-07'
 */
export function parseJiraDate(
  text: string,
  order: NumericDateOrder = 'dmy',
  offsetMinutes = 0,
): ParsedDate | undefined {
  const s = text.trim();
  let m = ISO_LIKE.exec(s);
  if (m) {
    const zone = m[8] ? zoneMinutes(m[8]) : offsetMinutes;
    return build(
      +m[1]!,
      +m[2]!,
      +m[3]!,
      m[4] ? +m[4] : 0,
      m[5] ? +m[5] : 0,
      m[6] ? +m[6] : 0,
      m[7],
      undefined,
      zone,
    );
  }
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (!month) return undefined;
    return build(year(m[3]!), month, +m[1]!, ...timeParts(m, 4), offsetMinutes);
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (!month) return undefined;
    return build(year(m[3]!), month, +m[2]!, ...timeParts(m, 4), offsetMinutes);
  }
  m = YEAR_FIRST.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, ...timeParts(m, 4), offsetMinutes);
  m = NUMERIC.exec(s);
  if (m) {
    const [day, month] = order === 'dmy' ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!];
    return build(year(m[3]!), month, day, ...timeParts(m, 4), offsetMinutes);
  }
  return undefined;
}

/**
 * Decides how a file's all-numeric dates are ordered: month-first only when some value cannot
 * be day-first (its second number exceeds 12) and none rules month-first out.
 *
 * @example
 * inferNumericDateOrder(['7/9/2026', '3/25/2026']); // => 'mdy'
 * inferNumericDateOrder(['25/03/2026']); // => 'dmy'
 */
export function inferNumericDateOrder(values: readonly string[]): NumericDateOrder {
  return guessNumericDateOrder(values).order;
}

/** How a file's all-numeric dates were read, and whether the values themselves decided it. */
export interface NumericDateOrderGuess {
  order: NumericDateOrder;
  /**
   * The first value that reads differently day-first and month-first, when no value decides
   * (every value is ≤ 12/12, e.g. `03/04/26`): the order is then an assumption.
   */
  ambiguousExample?: string;
}

/**
 * {@link inferNumericDateOrder}, also saying when the order is a guess: no value has a number
 * above 12 in either place, and some value reads as two different dates.
 *
 * @example
 * guessNumericDateOrder(['03/04/26', '05/06/26']); // => { order: 'dmy', ambiguousExample: '03/04/26' }
 * guessNumericDateOrder(['03/04/26', '25/06/26']); // => { order: 'dmy' }
 */
export function guessNumericDateOrder(values: readonly string[]): NumericDateOrderGuess {
  let dayFirstImpossible = false;
  let monthFirstImpossible = false;
  let example: string | undefined;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m) continue;
    if (+m[1]! > 12) monthFirstImpossible = true;
    if (+m[2]! > 12) dayFirstImpossible = true;
    if (example === undefined && +m[1]! !== +m[2]!) example = v.trim();
  }
  const order = dayFirstImpossible && !monthFirstImpossible ? 'mdy' : 'dmy';
  const decided = dayFirstImpossible || monthFirstImpossible;
  return decided || example === undefined ? { order } : { order, ambiguousExample: example };
}

const TO_STRING =
  /^(?:[a-z]{3} )?([a-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})(?: \(.*\))?$/i;

/**
 * Parses a Linear instant: ISO-8601 (`2026-06-22T13:35:05.809Z`, with or without ms, any offset)
 * or JS `Date#toString` (`Tue May 14 2024 08:53:33 GMT+0000 (GMT)`).
 *
 * @example
 * parseLinearInstant('Tue May 14 2024 08:53:33 GMT+0000 (GMT)'); // => '2024-05-14T08:53:33.000Z'
 * parseLinearInstant('2026-06-22T13:35:05.809Z'); // => '2026-06-22T13:35:05.809Z'
 */
export function parseLinearInstant(text: string): string | undefined {
  const s = text.trim();
  const m = TO_STRING.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (!month) return undefined;
    return build(+m[3]!, month, +m[2]!, +m[4]!, +m[5]!, +m[6]!, undefined, undefined, zoneMinutes(m[7]!))
      ?.instant;
  }
  const iso = ISO_LIKE.exec(s);
  if (iso?.[4] && iso[8]) {
    return build(
      +iso[1]!,
      +iso[2]!,
      +iso[3]!,
      +iso[4],
      +iso[5]!,
      iso[6] ? +iso[6] : 0,
      iso[7],
      undefined,
      zoneMinutes(iso[8]),
    )?.instant;
  }
  return undefined;
}

/**
 * Recovers the calendar date of a Linear `Due Date`, which Linear renders as local midnight of
 * the exporting user's zone expressed in UTC: the UTC date of (instant + 12 h) is the intended
 * day for every zone from UTC−12 to UTC+12. A plain `YYYY-MM-DD` is taken as is.
 *
 * @example
 * linearDueDate('Thu Oct 16 2025 21:00:00 GMT+0000'); // => '2025-10-17'
 * linearDueDate('Fri Nov 21 2025 05:00:00 GMT+0000'); // => '2025-11-21'
 */
export function linearDueDate(text: string): string | undefined {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s))
    return build(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10), 0, 0, 0, undefined, undefined, 0)?.date;
  const instant = parseLinearInstant(s);
  if (!instant) return undefined;
  return fromDayNumber(dayOfEpochMs(Date.parse(instant) + 12 * 3600_000));
}

function year(text: string): number {
  const y = +text;
  return text.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

function timeParts(
  m: RegExpExecArray,
  from: number,
): [number, number, number, string | undefined, string | undefined] {
  return [
    m[from] ? +m[from] : 0,
    m[from + 1] ? +m[from + 1]! : 0,
    m[from + 2] ? +m[from + 2]! : 0,
    m[from + 3],
    m[from + 4],
  ];
}

function zoneMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  sec: number,
  fraction: string | undefined,
  meridiem: string | undefined,
  offsetMinutes: number,
): ParsedDate | undefined {
  let hour = h;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = /^(p|nachm|午後)/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || hour > 23 || mi > 59 || sec > 59) return undefined;
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const local = Date.UTC(y, mo - 1, d, hour, mi, sec, Math.min(ms, 999));
  const check = new Date(local);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return undefined;
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, instant: new Date(local - offsetMinutes * 60_000).toISOString() };
}
