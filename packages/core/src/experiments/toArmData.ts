import type { ExperimentAnalysis } from './analysisInput';
import type { ArmData } from './armData';
import type { SufficientStats } from './sufficientStats';

/**
 * The arms of a parsed analysis as sufficient statistics. A binomial metric is a proportion;
 * its covariate is a proportion too unless Σx² says otherwise (a continuous pre-period value).
 *
 * @example
 * toArmData({ metric: { type: 'binomial', inverse: false }, variants: [{ name: 'A', users: 10, conversions: 1 }, ...], ... })[0].post;
 * // => { kind: 'proportion', n: 10, sum: 1, sumSquares: 1 }
 */
export function toArmData(analysis: ExperimentAnalysis): ArmData[] {
  if (analysis.metric.type === 'binomial') {
    return (analysis as Extract<ExperimentAnalysis, { metric: { type: 'binomial' } }>).variants.map((v) => {
      const post: SufficientStats = {
        kind: 'proportion',
        n: v.users,
        sum: v.conversions,
        sumSquares: v.conversions,
      };
      if (!v.pre || v.sumProducts === undefined) return { name: v.name, post };
      const sumSquares = v.pre.sumSquares ?? v.pre.sum;
      const kind = sumSquares === v.pre.sum ? 'proportion' : 'mean';
      return {
        name: v.name,
        post,
        pre: { stats: { kind, n: v.users, sum: v.pre.sum, sumSquares }, sumProducts: v.sumProducts },
      };
    });
  }
  return (analysis as Extract<ExperimentAnalysis, { metric: { type: 'mean' } }>).variants.map((v) => {
    const post: SufficientStats = { kind: 'mean', n: v.n, sum: v.sum, sumSquares: v.sumSquares };
    if (!v.pre || v.sumProducts === undefined) return { name: v.name, post };
    const sumSquares = v.pre.sumSquares ?? 0;
    return {
      name: v.name,
      post,
      pre: { stats: { kind: 'mean', n: v.n, sum: v.pre.sum, sumSquares }, sumProducts: v.sumProducts },
    };
  });
}
