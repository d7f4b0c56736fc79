import { formatLift } from '../experiments/formatLift';
import type { OutcomesView } from './buildOutcomes';

const pct = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)} %`);

/**
 * The outcome summary as lines for a terminal or a text panel: predicted against measured per
 * idea, calibration by confidence level with the Brier score, and each team's suggestion.
 *
 * @example
 * outcomesSummary(view); // => ['Outcomes: 6 ideas in 5 experiments, 2 delivered', …]
 */
export function outcomesSummary(view: OutcomesView): string[] {
  const experiments = new Set(view.ideas.map((i) => i.experimentId)).size;
  const delivered = view.ideas.filter((i) => i.delivered).length;
  const lines = [
    `Outcomes: ${view.ideas.length} ideas in ${experiments} experiments, ${delivered} delivered`,
  ];
  for (const i of view.ideas) {
    const predicted =
      i.predictedLift === undefined
        ? 'no predicted lift'
        : `predicted ${formatLift(i.predictedLift, 'relative')} (${i.source === 'expected-lift' ? 'hypothesis' : `RICE impact ${i.impact}`})`;
    const measured =
      i.measuredLift === undefined ? 'no measurement' : `measured ${formatLift(i.measuredLift, 'relative')}`;
    lines.push(
      `  ${i.key} ${i.title ? `"${i.title}" ` : ''}[${i.team}, confidence ${pct(i.confidence)}]: ${predicted}, ${measured} → ${i.outcome}${i.decision ? `, decided ${i.decision}` : ''}`,
    );
  }
  lines.push(
    `Calibration (${view.calibration.ideas} ideas with a confidence): Brier score ${view.calibration.brier === undefined ? '—' : view.calibration.brier.toFixed(3)} (0 perfect, 0.25 a coin flip)`,
  );
  for (const b of view.calibration.buckets) {
    lines.push(`  scored ${pct(b.confidence)}: ${b.delivered} of ${b.ideas} delivered (${pct(b.rate)})`);
  }
  lines.push('Suggested Confidence adjustments (shown, never applied):');
  for (const a of view.adjustments) lines.push(`  ${a.sentence}`);
  for (const p of view.problems) lines.push(`problem: ${p.message}`);
  return lines;
}
