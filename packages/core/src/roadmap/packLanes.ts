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

// A binary min-heap of (key, value) pairs ordered by key, then value, in parallel arrays.
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the minimum and returns its value. */
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < keys.length && this.less(l, m)) m = l;
        if (r < keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.values[a]! < this.values[b]!);
  }

  private swap(a: number, b: number): void {
    const { keys, values } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [values[a], values[b]] = [values[b]!, values[a]!];
  }
}
