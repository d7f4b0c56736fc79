// The one place the stats engine gets its distribution functions: the scoped @stdlib packages
// GrowthBook's own TypeScript uses, so tails and quantiles agree with gbstats to the last digits.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalPdfImpl from '@stdlib/stats-base-dists-normal-pdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Standard normal CDF Φ(x).
 *
 * @example
 * normalCdf(1.959963984540054); // => 0.975
 */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}

/**
 * Standard normal density φ(x).
 *
 * @example
 * normalPdf(0); // => 0.3989422804014327
 */
export function normalPdf(x: number): number {
  return normalPdfImpl(x, 0, 1);
}

/**
 * Standard normal quantile z_p = Φ⁻¹(p).
 *
 * @example
 * normalQuantile(0.975); // => 1.959963984540054
 */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}

/**
 * Student t CDF with (fractional) degrees of freedom.
 *
 * @example
 * studentTCdf(0, 12.5); // => 0.5
 */
export function studentTCdf(x: number, dof: number): number {
  return tCdf(x, dof);
}

/**
 * Student t quantile with (fractional) degrees of freedom.
 *
 * @example
 * studentTQuantile(0.975, 1e9); // ≈ 1.96
 */
export function studentTQuantile(p: number, dof: number): number {
  return tQuantile(p, dof);
}

/**
 * Chi-squared CDF.
 *
 * @example
 * chiSquareCdf(8, 1); // ≈ 0.995322
 */
export function chiSquareCdf(x: number, dof: number): number {
  return chisquareCdf(x, dof);
}
