import type { Plan, PlanningModelInput } from '@trailmap/core';
import type { Candidate } from './cyclePlanModel';

/**
 * Moves planned issues back into the cycle they already sit in whenever that costs nothing: the
 * cycle has room, every prerequisite still ships no later and every dependent no earlier. With no
 * per-cycle discount the plan's value is unchanged, and the team is spared needless churn (an
 * optimal plan is rarely unique; the solver does not know where issues are today).
 *
 * @example
 * const stable = keepCurrentCycles(plan, model, candidates);
 */
export function keepCurrentCycles(
  plan: Plan,
  model: PlanningModelInput,
  candidates: readonly Candidate[],
): Plan {
  if ((model.discount ?? 0) !== 0) return plan;
  const releaseIds = model.releases.map((r) => r.id);
  const index = new Map(releaseIds.map((id, i) => [id, i]));
  const assignment: Record<string, string | null> = { ...plan.assignment };
  const items = new Map(model.items.map((i) => [i.id, i]));
  const dependents = new Map<string, string[]>();
  for (const item of model.items) {
    for (const p of item.prerequisites ?? []) dependents.set(p, [...(dependents.get(p) ?? []), item.id]);
  }
  const used = new Map(releaseIds.map((id) => [id, 0]));
  for (const [key, release] of Object.entries(assignment)) {
    if (release) used.set(release, (used.get(release) ?? 0) + (items.get(key)?.cost ?? 0));
  }
  const capacity = new Map(model.releases.map((r) => [r.id, r.capacity]));
  for (const c of candidates) {
    const target = assignment[c.key];
    const home = c.currentCycleId;
    if (!target || !home || target === home || !index.has(home)) continue;
    const at = index.get(home)!;
    const prerequisitesOk = (items.get(c.key)?.prerequisites ?? []).every((p) => {
      const r = assignment[p];
      return r !== null && r !== undefined && index.get(r)! <= at;
    });
    const dependentsOk = (dependents.get(c.key) ?? []).every((d) => {
      const r = assignment[d];
      return !r || index.get(r)! >= at;
    });
    const fits = (used.get(home) ?? 0) + c.cost <= (capacity.get(home) ?? 0) + 1e-9;
    if (!prerequisitesOk || !dependentsOk || !fits) continue;
    used.set(target, (used.get(target) ?? 0) - c.cost);
    used.set(home, (used.get(home) ?? 0) + c.cost);
    assignment[c.key] = home;
  }
  const releases = plan.releases.map((r) => {
    const keys = model.items.map((i) => i.id).filter((k) => assignment[k] === r.id);
    return {
      ...r,
      items: keys,
      cost: keys.reduce((s, k) => s + (items.get(k)?.cost ?? 0), 0),
      value: keys.reduce((s, k) => s + (items.get(k)?.value ?? 0), 0),
    };
  });
  return { ...plan, assignment, releases };
}
