import type { SufficientStats } from './sufficientStats';

/**
 * One arm of an experiment for one metric: the metric's statistics and, for CUPED, the
 * pre-experiment covariate's statistics with Σ(metric × covariate) over the same units.
 */
export interface ArmData {
  name: string;
  post: SufficientStats;
  pre?: { stats: SufficientStats; sumProducts: number };
}
