import type { Backlog, PresetId, ScoreResult, WorkItem } from '@trailmap/core';
import { scoreItem } from '@trailmap/core';
import { computeDemand, type DemandResult, type DemandWeights } from '@trailmap/core/scoring';

/** How a Linear issue becomes a scoreable item: Linear has no impact or confidence fields. */
export interface ScoringConfig {
  framework: PresetId;
  demand: DemandWeights;
  /** Linear priority name → impact (Urgent 3 … Low 0.5). */
  impactByPriority: Readonly<Record<string, number>>;
  /** Confidence used when the item carries none. */
  defaultConfidence: number;
}

/** Defaults: RICE with free scales (effort in story points, not person-months). */
export const DEFAULT_IMPACT_BY_PRIORITY: Readonly<Record<string, number>> = {
  Urgent: 3,
  High: 2,
  Medium: 1,
  Low: 0.5,
  'No priority': 1,
};

/** The scored item, its demand and the score (or why there is none). */
export interface DemandScore {
  item: WorkItem;
  demand: DemandResult;
  score: ScoreResult;
  /** Which inputs were filled in by the app rather than read from Linear. */
  assumptions: string[];
}

/**
 * Scores an item with Reach from Linear customer requests: reach from {@link computeDemand},
 * impact from the Linear priority, effort from the estimate, confidence from the config unless the
 * item already carries these fields.
 *
 * @example
 * scoreWithDemand(item, backlog, config).score; // { ok: true, score: 6, explanation: … }
 */
export function scoreWithDemand(item: WorkItem, backlog: Backlog, config: ScoringConfig): DemandScore {
  const demand = computeDemand(item, backlog, config.demand);
  const fields = { ...item.fields };
  const assumptions: string[] = [];
  fields.reach = demand.reach;
  if (fields.impact === undefined) {
    const priority = item.priority ?? 'No priority';
    fields.impact = config.impactByPriority[priority] ?? 1;
    assumptions.push(`impact ${fields.impact} from Linear priority “${priority}”`);
  }
  if (fields.confidence === undefined) {
    fields.confidence = config.defaultConfidence;
    assumptions.push(`confidence ${Math.round(config.defaultConfidence * 100)} % (workspace default)`);
  }
  if (fields.effort === undefined && item.estimate) {
    fields.effort = item.estimate.value > 0 ? item.estimate.value : null;
    assumptions.push(`effort ${item.estimate.value} ${item.estimate.unit} from the Linear estimate`);
  }
  const scored = { ...item, fields };
  return { item: scored, demand, score: scoreItem(scored, config.framework), assumptions };
}
