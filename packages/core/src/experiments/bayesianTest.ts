import type { Interval } from './alternative';
import { normalCdf, normalPdf, normalQuantile } from './distributions';
import type { Difference, EffectEstimate } from './effectMoments';

/** A normal prior on the relative lift; `variance` is a variance (GrowthBook's default sd 0.3). */
export interface NormalPrior {
  mean: number;
  variance: number;
  /** false = flat (improper) prior, GrowthBook's default. */
  proper: boolean;
}

/** GrowthBook's prior: flat unless enabled, and then N(0, 0.3²). */
export const DEFAULT_PRIOR: NormalPrior = { mean: 0, variance: 0.09, proper: false };

/** The posterior of the effect with chance to win and expected loss. */
export interface BayesianOutcome {
  expected: number;
  sd: number;
  ci: Interval;
  chanceToWin: number;
  /** [loss if you keep control, loss if you ship the treatment]; inverse metrics swap them. */
  risk: [number, number];
}

/**
 * Expected loss [E max(D, 0), E max(−D, 0)] for D ~ N(m, s²); beyond |m/s| > 37 the normal
 * tails underflow, so the exact limit [max(m, 0), max(−m, 0)] is used.
 *
 * @example
 * bayesianRisk(0.1, 0.04548); // => [0.1002, 0.0002229]
 */
export function bayesianRisk(mean: number, sd: number): [number, number] {
  const z = mean / sd;
  if (Math.abs(z) > 37) return [Math.max(mean, 0), Math.max(-mean, 0)];
  const density = sd * normalPdf(z);
  return [mean * normalCdf(z) + density, density - mean * normalCdf(-z)];
}

/**
 * GrowthBook's effect-based Bayesian test: a normal likelihood N(Δ, se²) with a flat or proper
 * normal prior on the relative lift (rescaled by |μ_A| and μ_A² for absolute effects).
 *
 * @example
 * bayesianTest({ estimate: 0.1, se: 0.04548, controlMean: 0.1 }, 'relative', DEFAULT_PRIOR, 0.05, false);
 * // => { expected: 0.1, chanceToWin: 0.9861, ci: [0.01087, 0.1891], risk: [0.1002, 0.0002229], ... }
 */
export function bayesianTest(
  effect: Pick<EffectEstimate, 'estimate' | 'se' | 'controlMean'>,
  difference: Difference,
  prior: NormalPrior,
  alpha: number,
  inverse: boolean,
): BayesianOutcome {
  const scale = difference === 'absolute' ? Math.abs(effect.controlMean) : 1;
  const priorMean = prior.mean * scale;
  const priorVariance = prior.variance * scale * scale;
  const dataPrecision = 1 / (effect.se * effect.se);
  const precision = dataPrecision + (prior.proper ? 1 / priorVariance : 0);
  const mean = prior.proper
    ? (effect.estimate * dataPrecision + priorMean / priorVariance) / precision
    : effect.estimate;
  const sd = Math.sqrt(1 / precision);
  const win = normalCdf(mean / sd);
  const risk = bayesianRisk(mean, sd);
  const zq = normalQuantile(1 - alpha / 2);
  return {
    expected: mean,
    sd,
    ci: [mean - zq * sd, mean + zq * sd],
    chanceToWin: inverse ? 1 - win : win,
    risk: inverse ? [risk[1], risk[0]] : risk,
  };
}
