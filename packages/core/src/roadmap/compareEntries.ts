import type { WorkItem } from '../model/index.ts';

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
  return (a, b) => {
    const sa = finiteOrUndefined(scores?.get(a.key));
    const sb = finiteOrUndefined(scores?.get(b.key));
    if (sa !== sb) {
      if (sa === undefined) return 1;
      if (sb === undefined) return -1;
      return sb - sa;
    }
    if (a.rank !== b.rank) {
      if (a.rank === undefined) return 1;
      if (b.rank === undefined) return -1;
      return a.rank - b.rank;
    }
    return compareKeys(a.key, b.key);
  };
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

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
