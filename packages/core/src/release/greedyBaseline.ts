import type { Plan } from './plan';
import { buildPlan } from './plan';
import type { ValidPlanningModel } from './validatePlanningModel';

/**
 * The Jira-Plans-style baseline: must-haves first, then items in rank order (input order breaks
 * ties), each with any prerequisites it still needs, into the earliest release with room; an item
 * that fits nowhere is deferred. Reported beside every plan so users see the gain.
 *
 * @example
 * const v = validatePlanningModel(input);
 * if (v.ok) greedyBaseline(v.model).value;
 */
export function greedyBaseline(valid: ValidPlanningModel): Plan {
  const m = valid.compiled;
  const release = [...valid.mustHavePlacement];
  const used = m.capacity.map(() => 0);
  const teamUsed = m.capacity.map(() => m.teams.map(() => 0));
  release.forEach((r, i) => {
    if (r < 0) return;
    used[r]! += m.cost[i]!;
    if (m.team[i]! >= 0) teamUsed[r]![m.team[i]!]! += m.cost[i]!;
  });
  const order = m.ids
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (m.source.items[a]!.rank ?? Number.POSITIVE_INFINITY) -
          (m.source.items[b]!.rank ?? Number.POSITIVE_INFINITY) || a - b,
    );
  const topoIndex: number[] = [];
  m.topological.forEach((i, k) => {
    topoIndex[i] = k;
  });
  for (const i of order) {
    if (release[i]! >= 0) continue;
    const todo = [...m.closure[i]!.filter((p) => release[p]! < 0), i].sort(
      (a, b) => topoIndex[a]! - topoIndex[b]!,
    );
    const placed: number[] = [];
    let ok = true;
    for (const j of todo) {
      const from = Math.max(0, ...m.prerequisites[j]!.map((p) => release[p]!));
      let chosen = -1;
      for (let r = from; r < m.releaseCount && chosen < 0; r++) {
        const t = m.team[j]!;
        const fits =
          used[r]! + m.cost[j]! <= m.capacity[r]! + 1e-9 &&
          (t < 0 || teamUsed[r]![t]! + m.cost[j]! <= m.teamCapacity[r]![t]! + 1e-9);
        if (fits) chosen = r;
      }
      if (chosen < 0) {
        ok = false;
        break;
      }
      release[j] = chosen;
      used[chosen]! += m.cost[j]!;
      if (m.team[j]! >= 0) teamUsed[chosen]![m.team[j]!]! += m.cost[j]!;
      placed.push(j);
    }
    if (ok) continue;
    for (const j of placed) {
      used[release[j]!]! -= m.cost[j]!;
      if (m.team[j]! >= 0) teamUsed[release[j]!]![m.team[j]!]! -= m.cost[j]!;
      release[j] = -1;
    }
  }
  return buildPlan(m, release, { method: 'baseline' });
}
