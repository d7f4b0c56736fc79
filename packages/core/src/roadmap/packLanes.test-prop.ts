import fc from 'fast-check';
import { describe, it } from 'vitest';
import { type LaneInterval, packLanes } from './packLanes';

const intervalsArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 60 })).map(([start, length]) => ({
    start,
    end: start + length,
  })),
  { maxLength: 80 },
);

/** The largest number of half-open intervals that contain one instant. */
function maxOverlap(intervals: readonly LaneInterval[]): number {
  const events = intervals.flatMap((i) => [
    [i.start, 1],
    [i.end, -1],
  ]);
  // Ends before starts at the same instant: touching intervals do not overlap.
  events.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let open = 0;
  let best = 0;
  for (const [, delta] of events) {
    open += delta!;
    best = Math.max(best, open);
  }
  return best;
}

describe('packLanes properties', () => {
  it('never puts two overlapping intervals in one lane', () => {
    fc.assert(
      fc.property(intervalsArb, (intervals) => {
        const { lanes } = packLanes(intervals);
        return intervals.every((a, i) =>
          intervals.every((b, j) => i >= j || lanes[i] !== lanes[j] || a.end <= b.start || b.end <= a.start),
        );
      }),
    );
  });

  it('uses exactly as many lanes as the most intervals overlapping at one instant', () => {
    fc.assert(
      fc.property(intervalsArb, (intervals) => packLanes(intervals).laneCount === maxOverlap(intervals)),
    );
  });

  it('numbers lanes 0…laneCount-1 with none left empty', () => {
    fc.assert(
      fc.property(intervalsArb, (intervals) => {
        const { lanes, laneCount } = packLanes(intervals);
        return new Set(lanes).size === laneCount && lanes.every((l) => l >= 0 && l < laneCount);
      }),
    );
  });
});
