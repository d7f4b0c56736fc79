import type { PostingList } from './postingList';
import { kthBestScore, topSlots } from './topSlots';

/** One query term as {@link maxScoreTopK} reads it. */
export interface ScoredTerm {
  /** The index's term id: the forward index is sorted by it. */
  id: number;
  postings: PostingList;
  /** The query-side weight (IDF × title boost): what the term's saturated frequency is multiplied by. */
  weight: number;
  /** An upper bound on what the term adds to any document's score. */
  bound: number;
}

/** What {@link maxScoreTopK} needs from the index. */
export interface MaxScoreSource {
  /** Per slot, summed scores; zero on entry for every slot, left for the caller to read and reset. */
  accumulator: Float64Array;
  /** The saturated BM25F frequency of a posting (slot, packed field counts). */
  impact(slot: number, packed: number): number;
  /** Forward index: per slot its term ids, sorted, and their packed counts (read for candidates only). */
  slotTerms: readonly (Int32Array | undefined)[];
  slotTfs: readonly (Uint32Array | undefined)[];
}

/** The top-k request of {@link maxScoreTopK}; without it every posting is read. */
export interface TopKRequest {
  limit: number;
  /** Slots that must not count towards the k best (the query itself). */
  skip(slot: number): boolean;
  /** The k-th best score among `touched` (−1 when fewer than k): see `kthBestScore`. */
  kthBest(touched: readonly number[]): number;
}

// How many of the best partly scored documents are scored in full at each check, as a floor
// under the final k-th best score (in multiples of k).
const SEEDS_PER_RESULT = 2;

/**
 * Term-at-a-time BM25F accumulation with MaxScore pruning. Terms are read from the largest
 * upper bound down. Once no document outside those already touched could reach the current
 * k-th best (the bounds of the unread terms sum to less), the unread terms are looked up only
 * for touched documents whose score plus those bounds can still reach it, through the forward
 * index. The k-th best is raised early by scoring the best partly scored documents in full
 * (their full scores are real scores, so their k-th best is a floor under the final one): in
 * templated backlogs this cuts the posting lists read several times over. Every document that can enter the top k is therefore scored in full, with the same
 * terms summed in the same order as without pruning, so the top k equals exhaustive ranking's
 * exactly. Returns the touched slots; their scores are in `source.accumulator`.
 *
 * @example
 * const touched = maxScoreTopK(terms, source, { limit: 10, skip: () => false, kthBest });
 */
export function maxScoreTopK(
  terms: readonly ScoredTerm[],
  source: MaxScoreSource,
  top?: TopKRequest,
): number[] {
  const active = [...terms].sort((x, y) => y.bound - x.bound || x.id - y.id);
  const remaining = new Float64Array(active.length + 1);
  for (let j = active.length - 1; j >= 0; j--) remaining[j] = remaining[j + 1]! + active[j]!.bound;
  const acc = source.accumulator;
  const touched: number[] = [];
  // The k-th best costs a pass over the touched documents: check on a geometric schedule.
  let checkBelow = Number.POSITIVE_INFINITY;
  for (let j = 0; j < active.length; j++) {
    if (top && touched.length >= top.limit && remaining[j]! < checkBelow) {
      const threshold = Math.max(top.kthBest(touched), seedFloor(touched, active, source, top));
      if (threshold > remaining[j]!) {
        finishCandidates(touched, threshold, active, j, remaining, source);
        return touched;
      }
      checkBelow = Math.min(remaining[j]! * 0.7, threshold);
    }
    const { postings, weight } = active[j]!;
    const slots = postings.slots;
    const tfs = postings.tf;
    for (let i = 0; i < postings.length; i++) {
      const slot = slots[i]!;
      if (acc[slot] === 0) touched.push(slot);
      acc[slot]! += weight * source.impact(slot, tfs[i]!);
    }
  }
  return touched;
}

// The k-th best full score among the best partly scored documents (−1 when too few).
function seedFloor(
  touched: readonly number[],
  active: readonly ScoredTerm[],
  source: MaxScoreSource,
  top: TopKRequest,
): number {
  const seeds = topSlots(touched, source.accumulator, top.limit * SEEDS_PER_RESULT, () => '', top.skip);
  if (seeds.length < top.limit) return -1;
  const full = new Float64Array(seeds.length);
  seeds.forEach((slot, i) => {
    const terms = source.slotTerms[slot]!;
    const tfs = source.slotTfs[slot]!;
    // Summed over every term in the same order as the accumulator sums them: the same number.
    let score = 0;
    for (let j = 0; j < active.length; j++) {
      const at = binarySearch(terms, active[j]!.id);
      if (at >= 0) score += active[j]!.weight * source.impact(slot, tfs[at]!);
    }
    full[i] = score;
  });
  return kthBestScore(
    seeds.map((_, i) => i),
    full,
    top.limit,
    new Float64Array(top.limit),
  );
}

// The unread terms, only for touched documents that can still reach the k-th best.
function finishCandidates(
  touched: readonly number[],
  threshold: number,
  active: readonly ScoredTerm[],
  from: number,
  remaining: Float64Array,
  source: MaxScoreSource,
): void {
  const acc = source.accumulator;
  let alive = touched.filter((slot) => acc[slot]! + remaining[from]! >= threshold);
  // Term by term, dropping documents that can no longer reach the k-th best as bounds shrink.
  for (let j = from; j < active.length && alive.length > 0; j++) {
    const { id, weight } = active[j]!;
    for (const slot of alive) {
      const at = binarySearch(source.slotTerms[slot]!, id);
      if (at >= 0) acc[slot]! += weight * source.impact(slot, source.slotTfs[slot]![at]!);
    }
    const rest = remaining[j + 1]!;
    alive = alive.filter((slot) => acc[slot]! + rest >= threshold);
  }
}

function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
