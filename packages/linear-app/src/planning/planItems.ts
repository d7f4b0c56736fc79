import type { Backlog, PlanningItemSchema, WorkItem } from '@trailmap/core';
import type { z } from 'zod';

/** An item the planner may move, with where it sits in Linear now (cycle or milestone id). */
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

/**
 * The plannable items of a backlog: not-started, not-committed issues with an estimate and a
 * score; `blockedBy` becomes prerequisites. Blockers that are done or committed count as shipped;
 * an issue blocked by one that cannot be planned is excluded, with the reason, transitively.
 *
 * @example
 * const { candidates, items } = planItems(backlog, scores, (i) => i.release === activeCycleId);
 */
export function planItems(
  backlog: Backlog,
  scores: ReadonlyMap<string, number>,
  committed: (item: WorkItem) => boolean,
): { candidates: Candidate[]; excluded: Excluded[]; items: z.input<typeof PlanningItemSchema>[] } {
  const excluded: Excluded[] = [];
  const byKey = new Map(backlog.items.map((i) => [i.key, i]));
  const plannable = new Map<string, Candidate>();
  for (const item of backlog.items) {
    if (item.statusCategory !== 'todo' || item.canceled || committed(item)) continue;
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
        const shipped = !b || b.statusCategory === 'done' || committed(b);
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
  const items = candidates.map((c) => {
    const rank = byKey.get(c.key)?.rank;
    return {
      id: c.key,
      title: c.title,
      cost: c.cost,
      value: c.value,
      prerequisites: (byKey.get(c.key)?.blockedBy ?? []).filter((k) => plannable.has(k)).sort(),
      ...(rank !== undefined ? { rank } : {}),
    };
  });
  return { candidates, excluded: excluded.sort((a, b) => a.key.localeCompare(b.key)), items };
}
