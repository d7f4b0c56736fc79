import { MinHeap } from '../collections/minHeap';
/**
 * A half-open interval `[start, end)` to place in a lane.
 *
 * @example
 * const i: LaneInterval = { start: 0, end: 10 };
 */
export interface LaneInterval {
  start: number;
  end: number;
}

/**
 * Assigns each interval a lane so that no two intervals in a lane overlap, using as few lanes
 * as possible: intervals are taken by start, and each goes to the lowest-numbered lane that is
 * already free at its start (a new lane only when none is). For intervals this greedy
 * partition is optimal: the lane count equals the largest number of intervals overlapping at
 * one instant. Preferring the lowest free lane (rather than any free one) keeps bars packed
 * towards the top of the timeline. Touching intervals (`a.end === b.start`) may share a lane.
 * O(n log n) with two binary heaps.
 *
 * @example
 * packLanes([{ start: 0, end: 5 }, { start: 2, end: 8 }, { start: 5, end: 9 }]);
 * // => { lanes: [0, 1, 0], laneCount: 2 }
 */
export function packLanes(intervals: readonly LaneInterval[]): { lanes: number[]; laneCount: number } {
  const order = intervals.map((_, i) => i);
  order.sort((a, b) => {
    const ia = intervals[a]!;
    const ib = intervals[b]!;
    return ia.start - ib.start || ia.end - ib.end || a - b;
  });
  const lanes = new Array<number>(intervals.length).fill(0);
  // Busy lanes keyed by when they free up; free lanes keyed by their number.
  const busy = new MinHeap();
  const free = new MinHeap();
  let laneCount = 0;
  for (const index of order) {
    const { start, end } = intervals[index]!;
    while (busy.size > 0 && busy.peekKey() <= start) {
      const freed = busy.pop();
      free.push(freed, freed);
    }
    const lane = free.size > 0 ? free.pop() : laneCount++;
    lanes[index] = lane;
    busy.push(Math.max(end, start), lane);
  }
  return { lanes, laneCount };
}
