import type { WorkItem } from '../model/index';

/**
 * Orders items the way every roadmap view lists them: highest score first (unscored last),
 * then tracker rank (lower first, unranked last), then key in natural order (`PM-2` before `PM-10`).
 *
 * @example
 * items.sort(compareByScoreThenRank(new Map([['PM-1', 10]])));
 */
export function compareByScoreThenRank(
  scores: ReadonlyMap<string, number> | undefined,
): (a: WorkItem, b: WorkItem) => number {
  return (a, b) => compareRanked(scores?.get(a.key), a.rank, a.key, scores?.get(b.key), b.rank, b.key);
}

/**
 * The comparison behind `compareByScoreThenRank`, on values already looked up, for hot sorts
 * that carry the score beside the item. Non-finite scores count as unscored.
 *
 * @example
 * compareRanked(5, undefined, 'PM-1', 3, 1, 'PM-2'); // => -2 (PM-1 first: higher score)
 */
export function compareRanked(
  scoreA: number | undefined,
  rankA: number | undefined,
  keyA: string,
  scoreB: number | undefined,
  rankB: number | undefined,
  keyB: string,
): number {
  const sa = scoreA !== undefined && Number.isFinite(scoreA) ? scoreA : undefined;
  const sb = scoreB !== undefined && Number.isFinite(scoreB) ? scoreB : undefined;
  if (sa !== sb) {
    if (sa === undefined) return 1;
    if (sb === undefined) return -1;
    return sb - sa;
  }
  if (rankA !== rankB) {
    if (rankA === undefined) return 1;
    if (rankB === undefined) return -1;
    return rankA - rankB;
  }
  return compareKeys(keyA, keyB);
}

/**
 * Natural order for tracker keys: `PM-2` sorts before `PM-10`.
 *
 * @example
 * ['PM-10', 'PM-2'].sort(compareKeys); // => ['PM-2', 'PM-10']
 */
export function compareKeys(a: string, b: string): number {
  const byCollator = collator.compare(a, b);
  if (byCollator !== 0) return byCollator;
  // Canonically equivalent but different strings: fall back to code units so order stays total.
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
