import type { Backlog } from '@trailmap/core';
import { type DemandScore, type ScoringConfig, scoreWithDemand } from './scoreWithDemand';

/**
 * Scores every item of a backlog with Reach from customer requests; returns the numeric scores
 * (for roadmap ordering and the planner's value) and the full results by key.
 *
 * @example
 * const { scores } = scoreBacklog(backlog, settings.scoring);
 */
export function scoreBacklog(
  backlog: Backlog,
  config: ScoringConfig,
): { scores: Map<string, number>; details: Map<string, DemandScore> } {
  const scores = new Map<string, number>();
  const details = new Map<string, DemandScore>();
  for (const item of backlog.items) {
    const scored = scoreWithDemand(item, backlog, config);
    details.set(item.key, scored);
    if (scored.score.ok) scores.set(item.key, scored.score.score);
  }
  return { scores, details };
}
