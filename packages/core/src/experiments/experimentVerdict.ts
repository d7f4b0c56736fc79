import type { AnalysisResult, ComparisonResult } from './analyseExperiment';
import type { ExperimentAnalysis } from './analysisInput';
import { formatLift, formatPercent } from './formatLift';

/** How one comparison came out, for people and for deciding ship / iterate / stop. */
export interface ComparisonVerdict {
  variant: string;
  outcome: 'wins' | 'loses' | 'inconclusive' | 'no-result';
  /** One sentence, e.g. "B beats control on conversion: +16 % (−5 % to +38 %), not significant at 95 %". */
  sentence: string;
}

/** The metric's display name: its `name`, else "conversion" or "the mean". */
export function metricLabel(analysis: ExperimentAnalysis): string {
  return analysis.metric.name ?? (analysis.metric.type === 'binomial' ? 'conversion' : 'the mean');
}

/**
 * Sentence for the SRM warning, or `undefined` when the split looks as designed.
 *
 * @example
 * srmWarning(result); // => 'Sample ratio mismatch (p = 0.00012 < 0.001): users are not split as the weights say, so these results are suspect; check assignment and tracking first.'
 */
export function srmWarning(result: AnalysisResult): string | undefined {
  if (!result.srm.flagged) return undefined;
  return `Sample ratio mismatch (p = ${result.srm.pValue.toPrecision(2)} < 0.001): users are not split as the weights say, so these results are suspect; check assignment and tracking first.`;
}

function better(analysis: ExperimentAnalysis, expected: number): boolean {
  return analysis.metric.inverse ? expected < 0 : expected > 0;
}

/**
 * The verdict in words for one comparison. Frequentist: significant when p < α; Bayesian: a win
 * when the chance to win reaches 1 − α (GrowthBook's 95 % threshold by default), a loss when the
 * chance to lose does.
 *
 * @example
 * comparisonVerdict(analysis, result.comparisons[0]).sentence;
 * // => 'B beats control on conversion: +16 % (−5 % to +38 %), not significant at 95 %'
 */
export function comparisonVerdict(
  analysis: ExperimentAnalysis,
  comparison: ComparisonResult,
  hasProblem: boolean,
): ComparisonVerdict {
  const control = analysis.variants[0]!.name;
  const metric = metricLabel(analysis);
  if (hasProblem) {
    return {
      variant: comparison.variant,
      outcome: 'no-result',
      sentence: `${comparison.variant} vs ${control} on ${metric}: no result yet (see problems)`,
    };
  }
  const verb =
    comparison.expected === 0 ? 'ties with' : better(analysis, comparison.expected) ? 'beats' : 'loses to';
  const lift = `${formatLift(comparison.expected, analysis.difference)} (${formatLift(comparison.ci[0], analysis.difference)} to ${formatLift(comparison.ci[1], analysis.difference)})`;
  const level = formatPercent(1 - analysis.alpha);
  let tail: string;
  let outcome: ComparisonVerdict['outcome'];
  if (comparison.chanceToWin !== undefined) {
    const ctw = comparison.chanceToWin;
    const threshold = 1 - analysis.alpha;
    outcome = ctw >= threshold ? 'wins' : 1 - ctw >= threshold ? 'loses' : 'inconclusive';
    const risk = comparison.risk ?? [0, 0];
    tail = `${formatPercent(ctw)} chance to win, risk ${formatLift(risk[1], analysis.difference).replace('+', '')} if shipped`;
  } else {
    const significantResult = (comparison.pValue ?? 1) < analysis.alpha;
    outcome = significantResult ? (better(analysis, comparison.expected) ? 'wins' : 'loses') : 'inconclusive';
    const how = analysis.sequential ? ' (sequential)' : '';
    tail = `${significantResult ? 'significant' : 'not significant'} at ${level}${how}`;
  }
  return {
    variant: comparison.variant,
    outcome,
    sentence: `${comparison.variant} ${verb} ${control} on ${metric}: ${lift}, ${tail}`,
  };
}

/**
 * Every line a person reads about one analysis: the SRM warning first when flagged, one verdict
 * per treatment, then the problems.
 *
 * @example
 * experimentVerdict(analysis, result); // => ['B beats control on conversion: +10 % (+1.1 % to +19 %), significant at 95 %']
 */
export function experimentVerdict(analysis: ExperimentAnalysis, result: AnalysisResult): string[] {
  const warning = srmWarning(result);
  const troubled = new Set(
    result.problems
      .map((p) => /^variants\[(\d+)\]$/.exec(p.field)?.[1])
      .filter((x): x is string => x !== undefined),
  );
  const anyGlobal = result.problems.some((p) => p.field === 'alpha' || p.field === 'variants[0]');
  return [
    ...(warning ? [`⚠ ${warning}`] : []),
    ...result.comparisons.map(
      (c, i) => comparisonVerdict(analysis, c, anyGlobal || troubled.has(String(i + 1))).sentence,
    ),
    ...result.problems.map((p) => `problem: ${p.message}`),
  ];
}
