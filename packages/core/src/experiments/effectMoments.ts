import type { ArmData } from './armData';
import { cupedTheta } from './cupedTheta';
import { statCovariance, statMean, statVariance } from './sufficientStats';

/** Whether the effect is a fraction of the control mean (the default) or a raw difference. */
export type Difference = 'relative' | 'absolute';

/** The effect of treatment against control with its standard error and Welch's dof. */
export interface EffectEstimate {
  ok: true;
  /** Δ: relative lift as a fraction (0.05 = +5 %) or absolute difference. */
  estimate: number;
  se: number;
  /** Welch-Satterthwaite degrees of freedom from the (CUPED-adjusted) per-unit variances. */
  dof: number;
  /** Pairwise sample size N = n_A + n_B (sequential testing uses it). */
  n: number;
  /** Unadjusted control mean; the Bayesian prior is rescaled by it for absolute effects. */
  controlMean: number;
  theta: number;
}

/** Why no effect could be estimated (gbstats' ZERO_NEGATIVE_VARIANCE / BASELINE_VARIATION_ZERO). */
export interface EffectFailure {
  ok: false;
  reason: 'zero_variance' | 'baseline_zero';
}

interface AdjustedArm {
  n: number;
  mean: number;
  unadjustedMean: number;
  variance: number;
  /** Unadjusted pieces, for the CUPED relative variance. */
  postVariance: number;
  preVariance: number;
  covariance: number;
}

function adjustArm(arm: ArmData, theta: number): AdjustedArm {
  const n = arm.post.n;
  const postMean = statMean(arm.post);
  const postVariance = statVariance(arm.post);
  if (theta === 0 || !arm.pre) {
    return {
      n,
      mean: postMean,
      unadjustedMean: postMean,
      variance: postVariance,
      postVariance,
      preVariance: 0,
      covariance: 0,
    };
  }
  const preVariance = statVariance(arm.pre.stats);
  const covariance = statCovariance(n, arm.post, arm.pre.stats, arm.pre.sumProducts);
  const variance = n <= 1 ? 0 : postVariance + theta * theta * preVariance - 2 * theta * covariance;
  return {
    n,
    mean: postMean - theta * statMean(arm.pre.stats),
    unadjustedMean: postMean,
    variance,
    postVariance,
    preVariance,
    covariance,
  };
}

function welchDof(a: AdjustedArm, b: AdjustedArm): number {
  const numerator = (b.variance / b.n + a.variance / a.n) ** 2;
  const denominator = b.variance ** 2 / (b.n * b.n * (b.n - 1)) + a.variance ** 2 / (a.n * a.n * (a.n - 1));
  return numerator / denominator;
}

function effectVariance(a: AdjustedArm, b: AdjustedArm, relative: boolean, theta: number): number {
  if (!relative) return a.variance / a.n + b.variance / b.n;
  const muA = a.unadjustedMean;
  const muA2 = muA * muA;
  if (theta === 0) {
    return b.variance / (b.n * muA2) + (a.variance * b.mean * b.mean) / (a.n * muA2 * muA2);
  }
  // CUPED relative lift: delta method on (μ̃_B − μ̃_A)/μ_A with μ_A, μ_B the unadjusted means.
  const muB = b.unadjustedMean;
  const treatment = b.variance / (b.n * muA2);
  const control =
    ((a.postVariance * muB * muB) / muA2 -
      (2 * theta * a.covariance * muB) / muA +
      theta * theta * a.preVariance) /
    (a.n * muA2);
  return treatment + control;
}

/**
 * Δ and its standard error for one control/treatment pair (gbstats' EffectMoments), with CUPED
 * when both arms carry a covariate. Relative: Δ = (μ̃_B − μ̃_A)/|μ_A| with the delta-method
 * variance; absolute: Δ = μ̃_B − μ̃_A. Returns a failure, never NaN, when an arm has n ≤ 1 or no
 * variance, or the control mean is 0.
 *
 * @example
 * const e = effectMoments(
 *   { name: 'A', post: { kind: 'proportion', n: 10000, sum: 1000, sumSquares: 1000 } },
 *   { name: 'B', post: { kind: 'proportion', n: 10000, sum: 1100, sumSquares: 1100 } },
 *   'relative',
 * );
 * // => { ok: true, estimate: 0.1, se: 0.04548, ... }
 */
export function effectMoments(
  control: ArmData,
  treatment: ArmData,
  difference: Difference,
): EffectEstimate | EffectFailure {
  const theta = cupedTheta(control, treatment);
  const a = adjustArm(control, theta);
  const b = adjustArm(treatment, theta);
  if (a.n <= 1 || b.n <= 1 || !(a.variance > 0) || !(b.variance > 0)) {
    return { ok: false, reason: 'zero_variance' };
  }
  if (a.mean === 0 || a.unadjustedMean === 0) return { ok: false, reason: 'baseline_zero' };
  const relative = difference === 'relative';
  const variance = effectVariance(a, b, relative, theta);
  if (!(variance > 0)) return { ok: false, reason: 'zero_variance' };
  const estimate = relative ? (b.mean - a.mean) / Math.abs(a.unadjustedMean) : b.mean - a.mean;
  const se = Math.sqrt(variance);
  return { ok: true, estimate, se, dof: welchDof(a, b), n: a.n + b.n, controlMean: a.unadjustedMean, theta };
}
