import { createHash } from 'node:crypto';
import type { Backlog, PlanningItemSchema, PlanningModelInput } from '@trailmap/core';
import type { z } from 'zod';
import type { CycleNode } from '../linear/documents/workspacePages.ts';
import { type TeamVelocity, teamVelocity } from './teamVelocity.ts';

/** An item the planner may move, with where it sits in Linear now. */
export interface Candidate {
  key: string;
  issueId: string;
  title: string;
  cost: number;
  value: number;
  currentCycleId: string | null;
}

/** Why an open issue is not in the plan at all. */
export interface Excluded {
  key: string;
  title: string;
  reason: string;
}

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
  const velocity = teamVelocity(teamCycles, options.velocityWindow ?? 3);
  const active = teamCycles.find((c) => c.isActive);
  const upcoming = teamCycles
    .filter((c) => c.isFuture && !c.isActive)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, options.horizon);
  if (velocity.perCycle === undefined) return { error: velocity.explanation, velocity };
  if (upcoming.length === 0) return { error: 'The team has no upcoming cycle to plan into.', velocity };

  const excluded: Excluded[] = [];
  const byKey = new Map(backlog.items.map((i) => [i.key, i]));
  const open = backlog.items.filter(
    (i) => i.statusCategory === 'todo' && !i.canceled && (!active || i.release !== active.id),
  );
  const plannable = new Map<string, Candidate>();
  for (const item of open) {
    const value = scores.get(item.key);
    if (!item.estimate) excluded.push({ key: item.key, title: item.title, reason: 'no estimate' });
    else if (value === undefined) excluded.push({ key: item.key, title: item.title, reason: 'no score' });
    else {
      plannable.set(item.key, {
        key: item.key,
        issueId: item.id,
        title: item.title,
        cost: item.estimate.value,
        value,
        currentCycleId: item.release ?? null,
      });
    }
  }
  // Drop dependents of blockers that are open but not plannable, until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of [...plannable.values()]) {
      const blocker = byKey.get(c.key)?.blockedBy.find((k) => {
        const b = byKey.get(k);
        const shipped =
          !b || b.statusCategory === 'done' || (active !== undefined && b.release === active.id);
        return !shipped && b.statusCategory === 'todo' && !plannable.has(k);
      });
      if (blocker) {
        plannable.delete(c.key);
        excluded.push({
          key: c.key,
          title: c.title,
          reason: `blocked by ${blocker}, which cannot be planned`,
        });
        changed = true;
      }
    }
  }
  const candidates = [...plannable.values()].sort((a, b) => a.key.localeCompare(b.key));
  const items: z.input<typeof PlanningItemSchema>[] = candidates.map((c) => ({
    id: c.key,
    title: c.title,
    cost: c.cost,
    value: c.value,
    prerequisites: (byKey.get(c.key)?.blockedBy ?? []).filter((k) => plannable.has(k)).sort(),
    ...(byKey.get(c.key)?.rank !== undefined ? { rank: byKey.get(c.key)?.rank } : {}),
  }));
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
    excluded: excluded.sort((a, b) => a.key.localeCompare(b.key)),
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
