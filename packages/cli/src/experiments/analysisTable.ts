import {
  type AnalysisResult,
  type ExperimentAnalysis,
  experimentVerdict,
  formatLift,
  formatPercent,
  metricLabel,
} from '@trailmap/core';
import Table from 'cli-table3';

/**
 * The table for people: per analysis a heading, the SRM warning first when flagged, the verdict
 * sentences, then the numbers.
 *
 * @example
 * analysisTable([{ analysis, result }]); // => 'conversion (binomial, frequentist, relative)\nB beats control on conversion: …'
 */
export function analysisTable(
  entries: readonly { analysis: ExperimentAnalysis; result: AnalysisResult }[],
): string {
  return `${entries
    .map(({ analysis, result }, i) => {
      const bayesian = analysis.engine === 'bayesian';
      const table = new Table({
        head: [
          'Variant',
          'Lift',
          'Interval',
          'SE',
          ...(bayesian ? ['Chance to win', 'Risk (ship)'] : ['p-value']),
        ],
        style: { head: [], border: [] },
      });
      for (const c of result.comparisons) {
        table.push([
          c.variant,
          formatLift(c.expected, analysis.difference),
          `${formatLift(c.ci[0], analysis.difference)} to ${formatLift(c.ci[1], analysis.difference)}`,
          c.se.toPrecision(3),
          ...(bayesian
            ? [formatPercent(c.chanceToWin ?? 0.5), (c.risk?.[1] ?? 0).toPrecision(3)]
            : [(c.pValue ?? 1).toPrecision(3)]),
        ]);
      }
      const heading = `${entries.length > 1 ? `${i + 1}. ` : ''}${metricLabel(analysis)} (${analysis.metric.type}, ${analysis.engine}, ${analysis.difference}${analysis.sequential ? ', sequential' : ''})`;
      const srm = `SRM p-value ${result.srm.pValue.toPrecision(3)}${result.srm.flagged ? ' (flagged)' : ''}`;
      return [heading, ...experimentVerdict(analysis, result), table.toString(), srm].join('\n');
    })
    .join('\n\n')}\n`;
}
