import { createHash } from 'node:crypto';
import type { Backlog, PlanningModelInput } from '@trailmap/core';
import { type TeamVelocity, teamVelocity } from '@trailmap/core/release';
import type { CycleNode } from '../linear/documents/workspacePages';
import { finishedCycles } from './finishedCycles';
import { type Candidate, type Excluded, planItems } from './planItems';

export type { Candidate, Excluded } from './planItems';

/** Everything needed to plan a team's upcoming cycles, with a hash of what the plan depends on. */
export interface CyclePlanInput {
  model: PlanningModelInput;
  candidates: Candidate[];
  excluded: Excluded[];
  cycles: { id: string; name: string; startsAt: string; endsAt: string }[];
  velocity: TeamVelocity;
  /** SHA-256 of the model: apply refuses a preview whose inputs changed since. */
  inputHash: string;
}

/**
 * Builds the planning model for a team: upcoming cycles (not the active one, which is committed)
 * with capacity = velocity; open, unstarted issues outside the active cycle with an estimate and a
 * value become items; `blockedBy` becomes prerequisites (blockers that are done or in the active
 * cycle count as shipped; a blocker that cannot be planned excludes its dependents).
 *
 * @example
 * const input = cyclePlanInput(backlog, cycles, scores, { horizon: 3 });
 */
export function cyclePlanInput(
  backlog: Backlog,
  teamCycles: readonly CycleNode[],
  scores: ReadonlyMap<string, number>,
  options: { horizon: number; velocityWindow?: number },
): CyclePlanInput | { error: string; velocity: TeamVelocity } {
  const velocity = teamVelocity(finishedCycles(teamCycles), options.velocityWindow ?? 3);
  const active = teamCycles.find((c) => c.isActive);
  const upcoming = teamCycles
    .filter((c) => c.isFuture && !c.isActive)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, options.horizon);
  if (velocity.perCycle === undefined) return { error: velocity.explanation, velocity };
  if (upcoming.length === 0) return { error: 'The team has no upcoming cycle to plan into.', velocity };

  const { candidates, excluded, items } = planItems(
    backlog,
    scores,
    (i) => active !== undefined && i.release === active.id,
  );
  const model: PlanningModelInput = {
    items,
    releases: upcoming.map((c) => ({
      id: c.id,
      name: c.name?.trim() ? c.name : `Cycle ${c.number}`,
      capacity: velocity.perCycle ?? 0,
    })),
    customers: [],
  };
  const inputHash = createHash('sha256').update(JSON.stringify(model)).digest('hex');
  return {
    model,
    candidates,
    excluded,
    cycles: upcoming.map((c) => ({
      id: c.id,
      name: c.name?.trim() ? c.name : `Cycle ${c.number}`,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
    })),
    velocity,
    inputHash,
  };
}
