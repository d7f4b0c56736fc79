/** How p-values are corrected across a family of comparisons. */
export type Correction = 'none' | 'holm-bonferroni' | 'benjamini-hochberg';

/**
 * Adjusted p-values in the input order (GrowthBook's shared `experiments.ts`). Holm-Bonferroni:
 * ascending, (m−i+1)·p capped at 1, running maximum. Benjamini-Hochberg: descending,
 * p·m/rank capped at 1, running minimum.
 *
 * @example
 * adjustPValues([0.01, 0.02, 0.03, 0.2], 'holm-bonferroni'); // => [0.04, 0.06, 0.06, 0.2]
 * adjustPValues([0.01, 0.02, 0.03, 0.2], 'benjamini-hochberg'); // => [0.04, 0.04, 0.04, 0.2]
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  if (correction === 'none' || m === 0) return [...pValues];
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted = new Array<number>(m);
  if (correction === 'holm-bonferroni') {
    let running = 0;
    order.forEach(({ p, index }, i) => {
      running = Math.max(running, Math.min(1, (m - i) * p));
      adjusted[index] = running;
    });
  } else {
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
      const { p, index } = order[i]!;
      running = Math.min(running, Math.min(1, (p * m) / (i + 1)));
      adjusted[index] = running;
    }
  }
  return adjusted;
}
