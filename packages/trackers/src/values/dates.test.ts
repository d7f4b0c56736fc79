import { describe, expect, it } from 'vitest';
import { inferNumericDateOrder, linearDueDate, parseJiraDate, parseLinearInstant } from './dates';

describe('parseJiraDate', () => {
  it.each([
    ['25/Feb/26 10:17 PM', '2026-02-25T22:17:00.000Z'],
    ['05/Dec/25 12:29 AM', '2025-12-05T00:29:00.000Z'],
    ['07/Jan/26 12:00 AM', '2026-01-07T00:00:00.000Z'],
    ['12/Jan/26 12:05 PM', '2026-01-12T12:05:00.000Z'],
    ['5/Dec/25 00:29', '2025-12-05T00:29:00.000Z'],
    ['5/Dec/25 17:45', '2025-12-05T17:45:00.000Z'],
    ['19/Jan/2025 12:00 AM', '2025-01-19T00:00:00.000Z'],
    ['Feb/25/26 10:17 PM', '2026-02-25T22:17:00.000Z'],
    ['25/Feb/26', '2026-02-25T00:00:00.000Z'],
    ['25/February/26 9:00 AM', '2026-02-25T09:00:00.000Z'],
    ['2026-02-25 16:38:58.679', '2026-02-25T16:38:58.679Z'],
    ['2026-02-25 16:38', '2026-02-25T16:38:00.000Z'],
    ['2026-02-25T16:38:00+02:00', '2026-02-25T14:38:00.000Z'],
    ['2026-02-25', '2026-02-25T00:00:00.000Z'],
    ['12-12-2024 14:42', '2024-12-12T14:42:00.000Z'],
  ])('reads %s', (text, instant) => {
    expect(parseJiraDate(text)?.instant).toBe(instant);
  });

  it('keeps the calendar date as written for date-only fields', () => {
    expect(parseJiraDate('31/Mar/26 12:00 AM')?.date).toBe('2026-03-31');
  });

  it('reads all-numeric dates in the order given', () => {
    expect(parseJiraDate('7/9/2026 10:00', 'dmy')?.date).toBe('2026-09-07');
    expect(parseJiraDate('7/9/2026 10:00', 'mdy')?.date).toBe('2026-07-09');
  });

  it('applies a configured UTC offset to zone-less times', () => {
    expect(parseJiraDate('25/Feb/26 10:17 PM', 'dmy', 120)?.instant).toBe('2026-02-25T20:17:00.000Z');
  });

  it.each(['lots', '31/Feb/26 10:00 AM', '25/Foo/26', '13:00', '25/Feb/26 13:00 PM', '2026-13-01', ''])(
    'rejects %j',
    (text) => {
      expect(parseJiraDate(text)).toBeUndefined();
    },
  );
});

describe('inferNumericDateOrder', () => {
  it('chooses month-first only when a value cannot be day-first', () => {
    expect(inferNumericDateOrder(['7/9/2026', '3/25/2026 10:00'])).toBe('mdy');
    expect(inferNumericDateOrder(['25/03/2026', '7/9/2026'])).toBe('dmy');
    expect(inferNumericDateOrder(['7/9/2026'])).toBe('dmy');
    expect(inferNumericDateOrder(['25/Feb/26 10:17 PM'])).toBe('dmy');
  });
});

describe('parseLinearInstant', () => {
  it.each([
    ['Tue May 14 2024 08:53:33 GMT+0000 (GMT)', '2024-05-14T08:53:33.000Z'],
    ['Tue May 14 2024 08:53:33 GMT+0000 (GMT+00:00)', '2024-05-14T08:53:33.000Z'],
    ['Tue May 14 2024 08:53:33 GMT+0000 (Coordinated Universal Time)', '2024-05-14T08:53:33.000Z'],
    ['Tue May 14 2024 10:53:33 GMT+0200 (Central European Summer Time)', '2024-05-14T08:53:33.000Z'],
    ['Thu Oct 16 2025 21:00:00 GMT+0000', '2025-10-16T21:00:00.000Z'],
    ['2026-06-22T13:35:05.809Z', '2026-06-22T13:35:05.809Z'],
    ['2026-06-22T13:35:05Z', '2026-06-22T13:35:05.000Z'],
    ['2026-06-22T15:35:05+02:00', '2026-06-22T13:35:05.000Z'],
  ])('reads %s', (text, instant) => {
    expect(parseLinearInstant(text)).toBe(instant);
  });

  it('rejects text that is not an instant', () => {
    expect(parseLinearInstant('yesterday')).toBeUndefined();
    expect(parseLinearInstant('2026-06-22')).toBeUndefined();
  });
});

describe('linearDueDate', () => {
  it('recovers the calendar date from local midnight in any zone', () => {
    expect(linearDueDate('Thu Oct 16 2025 21:00:00 GMT+0000')).toBe('2025-10-17');
    expect(linearDueDate('Fri Nov 21 2025 05:00:00 GMT+0000 (GMT)')).toBe('2025-11-21');
    expect(linearDueDate('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
    expect(linearDueDate('2026-07-01T00:00:00.000Z')).toBe('2026-07-01');
    expect(linearDueDate('2026-07-01')).toBe('2026-07-01');
  });

  it('rejects text that is not a date', () => {
    expect(linearDueDate('soon')).toBeUndefined();
  });
});
