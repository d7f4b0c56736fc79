import { describe, expect, it } from 'vitest';
import { toDayNumber } from './dayNumber';
import { dayOfEpochMs, dayOfInstant, today } from './today';

describe('today', () => {
  it('is the UTC date of the instant, even just before and after midnight UTC', () => {
    expect([
      today(() => Date.UTC(2026, 2, 31, 23, 59, 59, 999)),
      today(() => Date.UTC(2026, 3, 1)),
      today(() => Date.UTC(1969, 11, 31, 12)),
    ]).toEqual(['2026-03-31', '2026-04-01', '1969-12-31']);
  });

  it('reads an instant by its own offset', () => {
    expect([
      dayOfInstant('2026-03-31T23:30:00-05:00'),
      dayOfInstant('2026-04-01T02:00:00+05:30'),
      dayOfInstant('2026-03-31T12:00:00.000Z'),
    ]).toEqual([toDayNumber('2026-04-01'), toDayNumber('2026-03-31'), toDayNumber('2026-03-31')]);
  });

  it('refuses what is not an instant with an offset', () => {
    expect(['2026-03-31T10:00:00', 'soon', ''].map(dayOfInstant)).toEqual([undefined, undefined, undefined]);
  });

  it('floors negative instants to the day before the epoch', () => {
    expect([dayOfEpochMs(-1), dayOfEpochMs(0), dayOfEpochMs(86_399_999)]).toEqual([-1, 0, 0]);
  });
});
