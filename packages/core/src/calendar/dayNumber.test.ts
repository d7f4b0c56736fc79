import { describe, expect, it } from 'vitest';
import { dayOf, daysInMonth, fromDayNumber, isCalendarDate, isoWeekday, toDayNumber } from './dayNumber';

describe('calendar', () => {
  it('maps dates to day numbers and back, across leap days and centuries', () => {
    const dates = ['1970-01-01', '2000-02-29', '2024-02-29', '2026-12-31', '1900-03-01', '2100-02-28'];
    expect(dates.map((d) => fromDayNumber(toDayNumber(d)))).toEqual(dates);
  });

  it('agrees with Date.UTC on day numbers', () => {
    expect(toDayNumber('2026-03-31')).toBe(Date.UTC(2026, 2, 31) / 86_400_000);
  });

  it('rejects impossible dates and wrong shapes', () => {
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '2026-04-31', 20260101, ''].map(isCalendarDate)).toEqual(
      [false, false, false, false, false, false],
    );
  });

  it('accepts real dates', () => {
    expect(['2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true]);
  });

  it('numbers weekdays from Monday', () => {
    expect(['2026-01-05', '2026-01-11'].map((d) => isoWeekday(toDayNumber(d)))).toEqual([0, 6]);
  });

  it('rolls months over years and knows month lengths', () => {
    expect([
      fromDayNumber(dayOf(2026, 13, 1)),
      fromDayNumber(dayOf(2026, 0, 1)),
      daysInMonth(1900, 2),
    ]).toEqual(['2027-01-01', '2025-12-01', 28]);
  });
});
