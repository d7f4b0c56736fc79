import type { CompiledModel } from './compiledModel';
import { NOT_PINNED, PINNED_ANY } from './compiledModel';

/** A rule an assignment breaks; a correct planner never produces one. */
export interface Violation {
  code: 'over_capacity' | 'over_team_capacity' | 'dependency' | 'must_have';
  message: string;
}

/** The value and cost of an assignment, recomputed from the chosen items alone. */
export interface AssignmentEvaluation {
  /** Total value, each bundle weighted by the release in which its last item ships. */
  value: number;
  valuePerRelease: number[];
  costPerRelease: number[];
  /** `teamCostPerRelease[r][t]`. */
  teamCostPerRelease: number[][];
  /** Customer indices whose every requested item (and prerequisite) ships. */
  satisfiedCustomers: number[];
  violations: Violation[];
}

/**
 * Recomputes value and cost from the release chosen for each item (`-1` = not scheduled) and
 * lists every broken rule. Solvers can misreport after an early stop; this is the ground truth.
 *
 * @example
 * const e = evaluateAssignment(compiled, [0, -1, 1]);
 * e.violations.length === 0; // feasible
 */
export function evaluateAssignment(model: CompiledModel, release: readonly number[]): AssignmentEvaluation {
  const R = model.releaseCount;
  const costPerRelease: number[] = Array.from({ length: R }, () => 0);
  const teamCostPerRelease = Array.from({ length: R }, () => model.teams.map(() => 0));
  const violations: Violation[] = [];
  for (let i = 0; i < model.n; i++) {
    const r = release[i] ?? -1;
    if (r >= 0) {
      costPerRelease[r]! += model.cost[i]!;
      if (model.team[i]! >= 0) teamCostPerRelease[r]![model.team[i]!]! += model.cost[i]!;
      for (const p of model.prerequisites[i]!) {
        const rp = release[p] ?? -1;
        if (rp < 0 || rp > r) {
          violations.push({
            code: 'dependency',
            message: `${model.ids[i]} ships before its prerequisite ${model.ids[p]}`,
          });
        }
      }
    }
    const pin = model.pin[i]!;
    if ((pin === PINNED_ANY && r < 0) || (pin !== NOT_PINNED && pin !== PINNED_ANY && r !== pin)) {
      violations.push({ code: 'must_have', message: `must-have ${model.ids[i]} is not where it is pinned` });
    }
  }
  // A small tolerance: costs are user estimates in floating point, sums may drift by an ulp.
  const eps = 1e-9;
  for (let r = 0; r < R; r++) {
    if (costPerRelease[r]! > model.capacity[r]! + eps) {
      violations.push({
        code: 'over_capacity',
        message: `release ${model.source.releases[r]!.id} uses ${costPerRelease[r]} of ${model.capacity[r]}`,
      });
    }
    model.teams.forEach((team, t) => {
      if (teamCostPerRelease[r]![t]! > model.teamCapacity[r]![t]! + eps) {
        violations.push({
          code: 'over_team_capacity',
          message: `team ${team} uses ${teamCostPerRelease[r]![t]} of ${model.teamCapacity[r]![t]} in release ${model.source.releases[r]!.id}`,
        });
      }
    });
  }
  const valuePerRelease: number[] = Array.from({ length: R }, () => 0);
  const satisfiedCustomers: number[] = [];
  for (const bundle of model.bundles) {
    let last = -1;
    let complete = true;
    for (const i of bundle.items) {
      const r = release[i] ?? -1;
      if (r < 0) {
        complete = false;
        break;
      }
      if (r > last) last = r;
    }
    if (!complete || last < 0) continue;
    valuePerRelease[last]! += bundle.value * model.weight[last]!;
    if (bundle.customer >= 0) satisfiedCustomers.push(bundle.customer);
  }
  const value = valuePerRelease.reduce((sum, v) => sum + v, 0);
  return { value, valuePerRelease, costPerRelease, teamCostPerRelease, satisfiedCustomers, violations };
}
