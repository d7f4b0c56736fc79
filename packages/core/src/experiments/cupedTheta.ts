import type { ArmData } from './armData';
import { poolStats, statCovariance, statVariance } from './sufficientStats';

/**
 * CUPED's θ = Cov(Y, X) / Var(X), estimated on the pooled control + treatment pair (Deng et al.
 * 2013, as gbstats does). 0 when either arm lacks a covariate or the pooled Var(X) or Var(Y) is 0,
 * which means "no adjustment".
 *
 * @example
 * cupedTheta(control, treatment); // => 0.42
 */
export function cupedTheta(control: ArmData, treatment: ArmData): number {
  if (!control.pre || !treatment.pre) return 0;
  const post = poolStats(control.post, treatment.post);
  const pre = poolStats(control.pre.stats, treatment.pre.stats);
  const preVariance = statVariance(pre);
  if (preVariance === 0 || statVariance(post) === 0) return 0;
  const covariance = statCovariance(post.n, post, pre, control.pre.sumProducts + treatment.pre.sumProducts);
  return covariance / preVariance;
}
