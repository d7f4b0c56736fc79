import type { Alternative } from './alternative';
import type { EffectEstimate } from './effectMoments';
import type { FrequentistOutcome } from './welchTTest';

/** GrowthBook's default N*: the pairwise sample size at which the interval is tightest. */
export const DEFAULT_SEQUENTIAL_TUNING = 5000;

/**
 * The mixing parameter ρ of the asymptotic confidence sequence (Waudby-Smith et al. 2023, eq. 9);
 * one-sided sequences use 2α in place of α.
 *
 * @example
 * sequentialRho(0.05, 5000, true); // => 0.03984
 */
export function sequentialRho(alpha: number, tuning: number, twoSided: boolean): number {
  const a = twoSided ? alpha : 2 * alpha;
  return Math.sqrt((-2 * Math.log(a) + Math.log(1 - 2 * Math.log(a))) / tuning);
}

/**
 * Half-width of the always-valid interval for an effect with standard error `se` at pairwise
 * sample size `n`.
 *
 * @example
 * sequentialHalfwidth(0.04548, 20000, 0.05, 0.03984, true); // => 0.1422
 */
export function sequentialHalfwidth(
  se: number,
  n: number,
  alpha: number,
  rho: number,
  twoSided: boolean,
): number {
  const nr2 = n * rho * rho;
  const s2 = se * se * n;
  const log = twoSided
    ? Math.log(Math.sqrt(nr2 + 1) / alpha)
    : Math.log(1 + Math.sqrt(nr2 + 1) / (2 * alpha));
  return Math.sqrt((s2 * 2 * (nr2 + 1) * log) / (n * rho) ** 2);
}

/** Bounds of gbstats' bisection for the one-sided sequential p-value. */
const MIN_ALPHA = 1e-5;
const MAX_ALPHA = 0.4999;

// The one-sided p-value is the α at which the bound reaches 0 with ρ held fixed. gbstats finds it
// by bisection on the interval bound; doing the same keeps our digits identical to theirs.
function oneSidedSequentialPValue(
  estimate: number,
  se: number,
  n: number,
  rho: number,
  greater: boolean,
): number {
  const bound = (alpha: number) => {
    const h = sequentialHalfwidth(se, n, alpha, rho, false);
    return greater ? estimate - h : estimate + h;
  };
  const significant = (value: number) => (greater ? value > 0 : value < 0);
  if (significant(bound(MIN_ALPHA))) return MIN_ALPHA;
  if (!significant(bound(MAX_ALPHA)) && bound(MAX_ALPHA) !== 0) return MAX_ALPHA;
  let lo = MIN_ALPHA;
  let hi = MAX_ALPHA;
  let alpha = 0.5 * (lo + hi);
  for (let i = 0; i < 100; i++) {
    const diff = bound(alpha);
    // Larger α narrows the interval: move towards the α where the bound crosses 0.
    if (greater ? diff < 0 : diff > 0) lo = alpha;
    else hi = alpha;
    alpha = 0.5 * (lo + hi);
    if (Math.abs(diff) < 1e-6) return alpha;
  }
  // Not converged (a tiny se makes the bound jump over 0): the closed form, clamped as gbstats clamps.
  const nr2 = n * rho * rho;
  const l = ((estimate / se) ** 2 * nr2) / (2 * (nr2 + 1));
  return Math.min(MAX_ALPHA, Math.max(MIN_ALPHA, Math.sqrt(nr2 + 1) / (2 * Math.expm1(l))));
}

/**
 * Always-valid (sequential) test: Δ is unchanged, the interval widens, and the p-value stays
 * valid under continuous peeking. Uses the normal, not t.
 *
 * @example
 * sequentialTest({ estimate: 0.1, se: 0.04548, n: 20000 }, 0.05, 'two-sided', 5000);
 * // => { ci: [-0.04221, 0.2422], pValue: 0.5490 }
 */
export function sequentialTest(
  effect: Pick<EffectEstimate, 'estimate' | 'se' | 'n'>,
  alpha: number,
  alternative: Alternative,
  tuning: number = DEFAULT_SEQUENTIAL_TUNING,
): FrequentistOutcome {
  const { estimate, se, n } = effect;
  const twoSided = alternative === 'two-sided';
  const rho = sequentialRho(alpha, tuning, twoSided);
  const halfwidth = sequentialHalfwidth(se, n, alpha, rho, twoSided);
  if (twoSided) {
    const nr2 = n * rho * rho;
    const l = ((estimate / se) ** 2 * nr2) / (2 * (nr2 + 1));
    return {
      ci: [estimate - halfwidth, estimate + halfwidth],
      pValue: Math.min(1, Math.sqrt(nr2 + 1) * Math.exp(-l)),
    };
  }
  const greater = alternative === 'greater';
  return {
    ci: greater
      ? [estimate - halfwidth, Number.POSITIVE_INFINITY]
      : [Number.NEGATIVE_INFINITY, estimate + halfwidth],
    pValue: oneSidedSequentialPValue(estimate, se, n, rho, greater),
  };
}
