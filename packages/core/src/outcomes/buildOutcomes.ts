import type { Interval } from '../experiments/alternative';
import { analyseExperiments } from '../experiments/analyseExperiment';
import { type ExperimentAnalysis, parseExperimentAnalysis } from '../experiments/analysisInput';
import { type ComparisonVerdict, comparisonVerdict } from '../experiments/experimentVerdict';
import type { Problem } from '../model/problem';
import type { WorkItem } from '../model/workItem';
import { type Calibration, calibrate } from './calibration';
import { type ConfidenceAdjustment, confidenceAdjustments } from './confidenceAdjustment';
import type { Decision, ExperimentRecord } from './experimentRecord';
import { DEFAULT_IMPACT_LIFTS, type IdeaPrediction, ideaPrediction } from './ideaPrediction';

/** Predicted against measured for one idea in one experiment. */
export interface IdeaOutcome extends IdeaPrediction {
  key: string;
  title: string;
  team: string;
  experimentId: string;
  experimentTitle: string;
  variant: string;
  metric: string;
  measuredLift: number | undefined;
  ci: Interval | undefined;
  outcome: ComparisonVerdict['outcome'];
  /** The goal metric won: significant in the good direction (Bayesian: chance to win ≥ 1 − α). */
  delivered: boolean;
  verdict: string;
  decision: Decision | undefined;
}

/** The outcomes view: the ★ loop from predictions back into scoring. */
export interface OutcomesView {
  ideas: IdeaOutcome[];
  calibration: Calibration;
  adjustments: ConfidenceAdjustment[];
  problems: Problem[];
}

/**
 * Joins experiment records to the backlog's ideas and measures each prediction: RICE impact and
 * confidence (or the hypothesis' explicit lift) against the goal metric's measured lift; then how
 * often each confidence level delivered (Brier score) and a suggested Confidence adjustment per
 * team, which is only ever shown. Ideas without an experiment are not in the view.
 *
 * @example
 * buildOutcomes(backlog.items, records).calibration.brier; // => 0.21
 */
export function buildOutcomes(
  items: readonly WorkItem[],
  records: readonly ExperimentRecord[],
  impactLifts: Readonly<Record<string, number>> = DEFAULT_IMPACT_LIFTS,
): OutcomesView {
  const byKey = new Map<string, WorkItem>();
  for (const item of items) {
    byKey.set(item.key.toUpperCase(), item);
    byKey.set(item.id, item);
  }
  const ideas: IdeaOutcome[] = [];
  const problems: Problem[] = [];
  records.forEach((record) => {
    const parsed = record.metrics.map((m) => parseExperimentAnalysis(m));
    const bad = parsed.findIndex((p) => !p.success);
    if (bad >= 0) {
      const issue = (
        parsed[bad] as { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
      ).error.issues[0]!;
      problems.push({
        field: `${record.id}.metrics[${bad}]${issue.path.length ? `.${issue.path.map(String).join('.')}` : ''}`,
        code: 'invalid',
        message: `experiment ${record.id}: metrics[${bad}]: ${issue.message}`,
      });
      return;
    }
    const analyses = parsed.map((p) => (p as { success: true; data: ExperimentAnalysis }).data);
    const goal = analyses[0]!;
    const result = analyseExperiments(analyses)[0]!;
    const index = record.variant ? result.comparisons.findIndex((c) => c.variant === record.variant) : 0;
    if (index < 0) {
      problems.push({
        field: `${record.id}.variant`,
        code: 'invalid',
        message: `experiment ${record.id}: variant "${record.variant}" is not among ${result.comparisons.map((c) => c.variant).join(', ')}`,
      });
      return;
    }
    const comparison = result.comparisons[index]!;
    const troubled = result.problems.some(
      (p) => p.field === `variants[${index + 1}]` || p.field === 'variants[0]' || p.field === 'alpha',
    );
    const verdict = comparisonVerdict(goal, comparison, troubled);
    for (const idea of record.ideas) {
      const item = byKey.get(idea.toUpperCase()) ?? byKey.get(idea);
      if (!item) {
        problems.push({
          field: `${record.id}.ideas`,
          code: 'unknown_idea',
          message: `experiment ${record.id}: idea ${idea} is not in the backlog; check the key`,
        });
      }
      const prediction = ideaPrediction(item, record.hypothesis, impactLifts);
      ideas.push({
        ...prediction,
        key: item?.key ?? idea,
        title: item?.title ?? '',
        team: record.team ?? item?.team ?? 'no team',
        experimentId: record.id,
        experimentTitle: record.title,
        variant: comparison.variant,
        metric: goal.metric.name ?? (goal.metric.type === 'binomial' ? 'conversion' : 'mean'),
        measuredLift:
          verdict.outcome === 'no-result' || goal.difference !== 'relative' ? undefined : comparison.expected,
        ci: verdict.outcome === 'no-result' ? undefined : comparison.ci,
        outcome: verdict.outcome,
        delivered: verdict.outcome === 'wins',
        verdict: verdict.sentence,
        decision: record.decision,
      });
    }
  });
  const scored = ideas
    .filter(
      (i): i is IdeaOutcome & { confidence: number } =>
        i.confidence !== undefined && i.outcome !== 'no-result',
    )
    .map((i) => ({ team: i.team, confidence: i.confidence, delivered: i.delivered }));
  return { ideas, calibration: calibrate(scored), adjustments: confidenceAdjustments(scored), problems };
}
