import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { dateArb } from './__fixtures__/arbitraries';
import { createTimeScale, type TimelineBucket } from './timeScale';

const bucketArb = fc.constantFrom('week', 'month', 'quarter') as fc.Arbitrary<TimelineBucket>;
const rangeArb = fc
  .tuple(dateArb, dateArb)
  .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

describe('createTimeScale properties', () => {
  it('maps later days strictly further right', () => {
    fc.assert(
      fc.property(bucketArb, rangeArb, fc.integer({ min: 1, max: 400 }), (bucket, range, step) => {
        const s = createTimeScale({ bucket, range });
        if (!s.ok) return false;
        const from = toDayNumber(s.value.range.start);
        const to = toDayNumber(s.value.range.end);
        for (let d = from; d + step <= to + 1; d += step)
          if (!(s.value.xOfDay(d) < s.value.xOfDay(d + step))) return false;
        return true;
      }),
    );
  });

  it('tiles the axis: buckets are contiguous in days and in x, and each boundary maps to its bucket x', () => {
    fc.assert(
      fc.property(bucketArb, rangeArb, (bucket, range) => {
        const s = createTimeScale({ bucket, range });
        if (!s.ok) return false;
        const { buckets } = s.value;
        return buckets.every((b, i) => {
          const next = buckets[i + 1];
          const aligned = Math.abs(s.value.xOfDate(b.start) - b.x) < 1e-9;
          const contiguous =
            next === undefined
              ? Math.abs(b.x + b.width - s.value.width) < 1e-9
              : next.start === fromDayNumber(toDayNumber(b.end) + 1) &&
                Math.abs(next.x - (b.x + b.width)) < 1e-9;
          return aligned && contiguous;
        });
      }),
    );
  });

  it('covers the requested range and starts buckets on period boundaries', () => {
    fc.assert(
      fc.property(bucketArb, rangeArb, (bucket, range) => {
        const s = createTimeScale({ bucket, range });
        if (!s.ok) return false;
        const covers = s.value.range.start <= range.start && s.value.range.end >= range.end;
        const aligned = s.value.buckets.every((b) => {
          if (bucket === 'week') return (toDayNumber(b.start) + 3) % 7 === 0;
          const [, month, day] = b.start.split('-').map(Number);
          return day === 1 && (bucket === 'month' || (month! - 1) % 3 === 0);
        });
        return covers && aligned;
      }),
    );
  });
});
