/**
 * The sufficient statistics of one variable in one arm: count, Σy and Σy². A proportion
 * (binomial conversions) has y ∈ {0, 1}, so Σy² = Σy and its variance is the population p(1−p).
 */
export interface SufficientStats {
  kind: 'proportion' | 'mean';
  n: number;
  sum: number;
  sumSquares: number;
}

/**
 * Per-unit mean, 0 when there are no units (gbstats' convention).
 *
 * @example
 * statMean({ kind: 'proportion', n: 100, sum: 12, sumSquares: 12 }); // => 0.12
 */
export function statMean(s: SufficientStats): number {
  return s.n === 0 ? 0 : s.sum / s.n;
}

/**
 * Per-unit variance: p(1−p) for a proportion (no n−1), the sample (n−1) variance for a mean,
 * and 0 when n ≤ 1.
 *
 * @example
 * statVariance({ kind: 'mean', n: 1000, sum: 10000, sumSquares: 124975 }); // => 25
 */
export function statVariance(s: SufficientStats): number {
  if (s.kind === 'proportion') {
    const p = statMean(s);
    return p * (1 - p);
  }
  if (s.n <= 1) return 0;
  return (s.sumSquares - (s.sum * s.sum) / s.n) / (s.n - 1);
}

/**
 * Covariance of two variables measured on the same n units from Σxy. Two proportions use the
 * population form Σxy/n − ΣxΣy/n², anything else the sample form (as gbstats does).
 *
 * @example
 * statCovariance(3, { kind: 'mean', n: 3, sum: 6, sumSquares: 14 }, { kind: 'mean', n: 3, sum: 6, sumSquares: 14 }, 14); // => 1
 */
export function statCovariance(
  n: number,
  a: SufficientStats,
  b: SufficientStats,
  sumProducts: number,
): number {
  if (n <= 1) return 0;
  if (a.kind === 'proportion' && b.kind === 'proportion') {
    return sumProducts / n - (a.sum * b.sum) / (n * n);
  }
  return (sumProducts - (a.sum * b.sum) / n) / (n - 1);
}

/**
 * Two arms' statistics pooled into one (for CUPED's θ).
 *
 * @example
 * poolStats({ kind: 'mean', n: 2, sum: 3, sumSquares: 5 }, { kind: 'mean', n: 1, sum: 1, sumSquares: 1 }); // => { kind: 'mean', n: 3, sum: 4, sumSquares: 6 }
 */
export function poolStats(a: SufficientStats, b: SufficientStats): SufficientStats {
  return {
    kind: a.kind === 'proportion' && b.kind === 'proportion' ? 'proportion' : 'mean',
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
  };
}
