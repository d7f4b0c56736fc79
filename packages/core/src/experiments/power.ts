import { normalCdf, normalQuantile } from './distributions';
import { sequentialHalfwidth, sequentialRho } from './sequentialTest';

/**
 * What the pre-experiment planner assumes (GrowthBook's `power.ts`): the control's mean and
 * per-unit variance for every arm, a significance level, and optionally sequential testing.
 */
export interface PowerDesign {
  /** Baseline mean μ (a conversion rate for binomial metrics). */
  mean: number;
  /** Per-unit variance σ²; binomial: μ(1−μ). */
  variance: number;
  alpha?: number;
  /** Sequential testing with this N* (pairwise tuning), or off. */
  sequential?: false | { tuning: number };
}

/**
 * The variance of a binomial baseline, μ(1−μ).
 *
 * @example
 * binomialVariance(0.1); // => 0.09
 */
export function binomialVariance(rate: number): number {
  return rate * (1 - rate);
}

function sequentialFactor(design: PowerDesign, nPerArm: number, alpha: number): number {
  if (!design.sequential) return 1;
  const n = 2 * nPerArm;
  const rho = sequentialRho(alpha, design.sequential.tuning, true);
  // The sequential half-width with se = 1 is √(N·D); dividing by z turns se into its sequential width.
  return sequentialHalfwidth(1, n, alpha, rho, true) / normalQuantile(1 - alpha / 2);
}

/**
 * Two-sided power to detect a relative lift Δ with `nPerArm` users in each arm:
 * se² = σ²(1 + (1+Δ)²)/(n μ²), power = 1 − Φ(z − Δ/se) + Φ(−z − Δ/se).
 *
 * @example
 * experimentPower({ mean: 0.1, variance: 0.09 }, 0.1, 10000); // => 0.6111
 */
export function experimentPower(design: PowerDesign, lift: number, nPerArm: number): number {
  const alpha = design.alpha ?? 0.05;
  const z = normalQuantile(1 - alpha / 2);
  const se =
    Math.sqrt((design.variance * (1 + (1 + lift) ** 2)) / (nPerArm * design.mean * design.mean)) *
    sequentialFactor(design, nPerArm, alpha);
  return 1 - normalCdf(z - lift / se) + normalCdf(-z - lift / se);
}

/**
 * The smallest relative lift detectable at `power` with `nPerArm` users per arm, or `undefined`
 * when no lift is (n too small): solve aμ_B² + bμ_B + c = 0 for the treatment mean.
 *
 * @example
 * minimumDetectableEffect({ mean: 0.1, variance: 0.09 }, 10000, 0.8); // => 0.1266
 */
export function minimumDetectableEffect(
  design: PowerDesign,
  nPerArm: number,
  power = 0.8,
): number | undefined {
  const alpha = design.alpha ?? 0.05;
  const k = normalQuantile(1 - alpha / 2) - normalQuantile(1 - power);
  const factor = sequentialFactor(design, nPerArm, alpha);
  const s2 = (design.variance * factor * factor) / nPerArm;
  const mu = design.mean;
  const a = 1 - (k * k * s2) / (mu * mu);
  if (!(a > 0)) return undefined;
  const b = -2 * mu;
  const c = mu * mu - k * k * s2;
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return undefined;
  return (-b + Math.sqrt(discriminant)) / (2 * a) / mu - 1;
}

/**
 * Users per arm needed for `power` at relative lift Δ: the smallest integer n whose power reaches
 * the target (power rises with n, so bisection finds it). `undefined` for a lift of 0.
 *
 * @example
 * sampleSizePerArm({ mean: 0.1, variance: 0.09 }, 0.1, 0.8); // => 15612
 */
export function sampleSizePerArm(design: PowerDesign, lift: number, power = 0.8): number | undefined {
  if (lift === 0 || !(design.variance > 0) || design.mean === 0) return undefined;
  const reaches = (n: number) => experimentPower(design, lift, n) >= power;
  let hi = 2;
  while (!reaches(hi)) {
    hi *= 2;
    if (hi > 1e13) return undefined;
  }
  let lo = hi / 2;
  if (reaches(lo)) return Math.max(lo, 1);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
