/**
 * Options for the relative view.
 *
 * @example
 * normaliseScores([6, 3, 2], { decimals: 2 }); // => [100, 50, 33.33]
 */
export interface NormaliseOptions {
  /** Decimal places kept (half-up). Default 0, as Jira Product Discovery shows whole numbers. */
  decimals?: number;
}

/** What the relative view means, for labels and exports. */
export const RELATIVE_VIEW_RULE =
  'relative 0–100 (JPD-style): 100 = the highest score present; 0 = min(0, lowest score); changes when items are added or removed';

/**
 * The relative 0–100 view of a set of scores, in the manner of Jira Product Discovery: the top
 * value maps to 100 and the floor to 0, where the floor is 0, or the lowest value when it is
 * negative. Our pinned rule for all-negative sets (SCORING.md §6.6 #1, where JPD's doc prints 66
 * for [−5, −2, −1]): the floor is the lowest value and the ceiling the highest, so
 * [−5, −2, −1] → [0, 75, 100]. When every value is equal the result is 100 for all. `null`
 * (unscored) stays null and is ignored. This view is relative by nature: unlike absolute
 * scores, it changes when other items are added.
 *
 * @example
 * normaliseScores([6, 3, 2]); // => [100, 50, 33]
 * normaliseScores([5, 1, -5]); // => [100, 60, 0]
 * normaliseScores([-5, -2, -1]); // => [0, 75, 100]
 */
export function normaliseScores(
  scores: readonly (number | null)[],
  options: NormaliseOptions = {},
): (number | null)[] {
  const decimals = options.decimals ?? 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    if (s === null || !Number.isFinite(s)) continue;
    if (s < lowest) lowest = s;
    if (s > highest) highest = s;
  }
  const floor = Math.min(0, lowest);
  const span = highest - floor;
  const unit = 10 ** decimals;
  return scores.map((s) => {
    if (s === null || !Number.isFinite(s)) return null;
    if (!(span > 0)) return 100;
    // Half-up on a value nudged past binary noise, so 12.5 → 13 and 33.333 → 33.
    return Math.floor(((s - floor) / span) * 100 * unit + 0.5 + 1e-9) / unit;
  });
}

/**
 * A weighted relative score over several fields, as JPD computes it: normalise each field to
 * 0–100 across the set, combine with weights (a negative weight subtracts), then normalise the
 * totals again. Relative by nature; use a custom scorecard for absolute weighted scores.
 *
 * @example
 * weightedRelativeScores([[6, 3, 2]], [1]); // => [100, 50, 33]
 */
export function weightedRelativeScores(
  columns: readonly (readonly (number | null)[])[],
  weights: readonly number[],
  options: NormaliseOptions = {},
): (number | null)[] {
  const normalised = columns.map((c) => normaliseScores(c, { decimals: 6 }));
  const rows = columns[0]?.length ?? 0;
  const totals: (number | null)[] = [];
  for (let r = 0; r < rows; r++) {
    let total = 0;
    let any = false;
    normalised.forEach((col, c) => {
      const v = col[r];
      if (v === null || v === undefined) return;
      total += v * (weights[c] ?? 0);
      any = true;
    });
    totals.push(any ? total : null);
  }
  return normaliseScores(totals, options);
}
