import { adjustedInterval } from './adjustedInterval';
import { adjustPValues, type Correction } from './adjustPValues';
import type { Interval } from './alternative';
import type { ExperimentAnalysis } from './analysisInput';
import { bayesianTest, DEFAULT_PRIOR } from './bayesianTest';
import { effectMoments } from './effectMoments';
import type { ExperimentProblem } from './experimentProblem';
import { type SrmResult, sampleRatioMismatch } from './sampleRatioMismatch';
import { sequentialTest } from './sequentialTest';
import { toArmData } from './toArmData';
import { welchTTest } from './welchTTest';

/** One treatment against the control. Frequentist results carry `pValue`; Bayesian ones
 * `chanceToWin` and `risk`. */
export interface ComparisonResult {
  variant: string;
  /** Relative lift as a fraction (0.05 = +5 %) or the absolute difference. */
  expected: number;
  /** ±Infinity where one-sided. */
  ci: Interval;
  /** Standard error of the effect (Bayesian: posterior sd). */
  se: number;
  pValue?: number;
  chanceToWin?: number;
  risk?: [number, number];
}

/** Everything one analysis reports. */
export interface AnalysisResult {
  srm: SrmResult;
  comparisons: ComparisonResult[];
  problems: ExperimentProblem[];
}

function neutral(variant: string, bayesian: boolean): ComparisonResult {
  return bayesian
    ? { variant, expected: 0, ci: [0, 0], se: 0, chanceToWin: 0.5, risk: [0, 0] }
    : { variant, expected: 0, ci: [0, 0], se: 0, pValue: 1 };
}

function describeArm(a: ExperimentAnalysis, i: number): string {
  const v = a.variants[i]!;
  return 'users' in v ? `${v.name}: ${v.users} users, ${v.conversions} conversions` : `${v.name}: n = ${v.n}`;
}

/**
 * Analyses one experiment metric the way GrowthBook's gbstats does: SRM against the weights, then
 * each treatment against the first variant (the control) with the chosen engine. Degenerate
 * pairs get GrowthBook's neutral result and a typed problem, never NaN. Corrections across
 * several analyses are applied by `analyseExperiments`; here a correction spans the variants.
 *
 * @example
 * analyseExperiment(parsed).comparisons[0]; // => { variant: 'B', expected: 0.1, ci: [0.01086, 0.1891], se: 0.04548, pValue: 0.02789 }
 */
export function analyseExperiment(analysis: ExperimentAnalysis): AnalysisResult {
  return analyseExperiments([analysis])[0]!;
}

function compare(
  analysis: ExperimentAnalysis,
  index: number,
  problems: ExperimentProblem[],
): ComparisonResult {
  const arms = toArmData(analysis);
  const control = arms[0]!;
  const treatment = arms[index]!;
  const bayesian = analysis.engine === 'bayesian';
  const effect = effectMoments(control, treatment, analysis.difference);
  if (!effect.ok) {
    problems.push(
      effect.reason === 'zero_variance'
        ? {
            field: `variants[${index}]`,
            code: 'zero_variance',
            expected: 'more than 1 unit and a variance above 0 in both arms',
            received: `${describeArm(analysis, 0)}; ${describeArm(analysis, index)}`,
            message: `${treatment.name} vs ${control.name}: an arm has no variance (too few units, or every value identical); the result is neutral until more data arrives`,
          }
        : {
            field: 'variants[0]',
            code: 'baseline_zero',
            expected: 'a control mean other than 0',
            received: describeArm(analysis, 0),
            message: `${treatment.name} vs ${control.name}: the control mean is 0, so a lift cannot be measured; the result is neutral`,
          },
    );
    return neutral(treatment.name, bayesian);
  }
  if (bayesian) {
    const prior = analysis.prior ?? DEFAULT_PRIOR;
    const b = bayesianTest(effect, analysis.difference, prior, analysis.alpha, analysis.metric.inverse);
    return {
      variant: treatment.name,
      expected: b.expected,
      ci: b.ci,
      se: b.sd,
      chanceToWin: b.chanceToWin,
      risk: b.risk,
    };
  }
  if (analysis.sequential && analysis.alternative !== 'two-sided' && analysis.alpha >= 0.5) {
    problems.push({
      field: 'alpha',
      code: 'alpha_too_large_for_one_sided_sequential',
      expected: 'alpha below 0.5 for a one-sided sequential test',
      received: `alpha = ${analysis.alpha}`,
      message: `alpha ${analysis.alpha} is too large for a one-sided sequential test: use alpha < 0.5`,
    });
    return neutral(treatment.name, false);
  }
  const f = analysis.sequential
    ? sequentialTest(effect, analysis.alpha, analysis.alternative, analysis.sequential.tuning)
    : welchTTest(effect, analysis.alpha, analysis.alternative);
  return { variant: treatment.name, expected: effect.estimate, ci: f.ci, se: effect.se, pValue: f.pValue };
}

/**
 * Analyses several metrics (one analysis each) in order. A correction (`holm-bonferroni`,
 * `benjamini-hochberg`) treats every frequentist metric × variant comparison of the analyses that
 * ask for the same correction as one family, as GrowthBook does across the goal metrics of a
 * result view; adjusted p-values replace the raw ones and the interval widens to match.
 *
 * @example
 * analyseExperiments([conversion, revenue]).map((r) => r.comparisons[0].pValue);
 */
export function analyseExperiments(analyses: readonly ExperimentAnalysis[]): AnalysisResult[] {
  const results = analyses.map((analysis): AnalysisResult => {
    const problems: ExperimentProblem[] = [];
    const users = analysis.variants.map((v) => ('users' in v ? v.users : v.n));
    const comparisons = analysis.variants.slice(1).map((_, i) => compare(analysis, i + 1, problems));
    return { srm: sampleRatioMismatch(users, analysis.weights), comparisons, problems };
  });
  for (const correction of ['holm-bonferroni', 'benjamini-hochberg'] as const satisfies Correction[]) {
    const family: { comparison: ComparisonResult; alpha: number }[] = [];
    analyses.forEach((a, i) => {
      if (a.correction !== correction || a.engine !== 'frequentist') return;
      for (const comparison of results[i]!.comparisons) family.push({ comparison, alpha: a.alpha });
    });
    const adjusted = adjustPValues(
      family.map((f) => f.comparison.pValue ?? 1),
      correction,
    );
    family.forEach(({ comparison, alpha }, i) => {
      const p = adjusted[i]!;
      comparison.ci = adjustedInterval(comparison.expected, p, alpha, comparison.ci);
      comparison.pValue = p;
    });
  }
  return results;
}
