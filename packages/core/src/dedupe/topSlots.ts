/**
 * The `k` best of `slots` by `scores[slot]`, best first; equal scores go to the slot whose id
 * sorts first (`idOf` is only called on ties, so the common path compares numbers only).
 * `skip` leaves slots out (the query itself).
 *
 * @example
 * topSlots([0, 1, 2], new Float64Array([0.5, 0.9, 0.5]), 2, (s) => ['b', 'c', 'a'][s]!); // => [1, 2]
 */
export function topSlots(
  slots: readonly number[],
  scores: Float64Array,
  k: number,
  idOf: (slot: number) => string,
  skip?: (slot: number) => boolean,
): number[] {
  if (k <= 0) return [];
  // A min-heap of the k best so far: heap[0] is the worst kept.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    return sa < sb || (sa === sb && idOf(a) > idOf(b));
  };
  for (const slot of slots) {
    if (skip?.(slot)) continue;
    if (heap.length < k) {
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, slot)) {
      heap[0] = slot;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : -1));
}

/**
 * The k-th best of `scores` over `slots` (−1 when fewer than k slots remain after `skip`): the
 * score a document must beat to enter the top k. A typed min-heap, no allocation per slot.
 *
 * @example
 * kthBestScore([0, 1, 2], new Float64Array([0.5, 0.9, 0.7]), 2, new Float64Array(2)); // => 0.7
 */
export function kthBestScore(
  slots: readonly number[],
  scores: Float64Array,
  k: number,
  heap: Float64Array,
  skip?: (slot: number) => boolean,
): number {
  let size = 0;
  for (const slot of slots) {
    if (skip?.(slot)) continue;
    const v = scores[slot]!;
    if (size < k) {
      let i = size++;
      heap[i] = v;
      while (i > 0 && heap[(i - 1) >> 1]! > heap[i]!) {
        const parent = (i - 1) >> 1;
        const t = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = t;
        i = parent;
      }
    } else if (v > heap[0]!) {
      heap[0] = v;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && heap[l]! < heap[m]!) m = l;
        if (r < size && heap[r]! < heap[m]!) m = r;
        if (m === i) break;
        const t = heap[i]!;
        heap[i] = heap[m]!;
        heap[m] = t;
        i = m;
      }
    }
  }
  return size < k ? -1 : heap[0]!;
}
