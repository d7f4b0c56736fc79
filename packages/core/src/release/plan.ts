import type { CompiledModel } from './compiledModel';
import { evaluateAssignment } from './evaluateAssignment';
import type { Deferral } from './explainDeferrals';
import { explainDeferrals } from './explainDeferrals';

/** One release of a plan: what ships, what it costs and what it is worth. */
export interface PlannedRelease {
  id: string;
  name: string;
  /** Item ids, in input order. */
  items: string[];
  cost: number;
  capacity: number;
  /** Value of the bundles that complete in this release, after the release weight. */
  value: number;
  teamCost: Record<string, number>;
}

/** How a plan was made. */
export type PlanMethod = 'exact' | 'heuristic' | 'baseline';

/**
 * A release plan. `value` is always recomputed from the chosen items, never taken from a solver.
 * `bound` is the best known upper bound on the value of any plan; `gap` is
 * `(bound − value) / bound` (0 when proven optimal).
 */
export interface Plan {
  method: PlanMethod;
  value: number;
  cost: number;
  releases: PlannedRelease[];
  /** Item id → release id, or `null` when deferred. */
  assignment: Record<string, string | null>;
  deferred: Deferral[];
  satisfiedCustomers: string[];
  provenOptimal: boolean;
  bound: number;
  gap: number;
  /** Where the bound comes from: the MIP solver, or the sum of all values (weak, trivially valid). */
  boundSource: 'solver' | 'total_value';
}

/**
 * Turns a feasible assignment (release index per item, `-1` = deferred) into a `Plan`.
 *
 * @example
 * const plan = buildPlan(compiled, [0, -1], { method: 'heuristic' });
 * plan.deferred[0]?.reason; // e.g. 'capacity'
 */
export function buildPlan(
  model: CompiledModel,
  release: readonly number[],
  proof: { method: PlanMethod; provenOptimal?: boolean; bound?: number },
): Plan {
  const evaluation = evaluateAssignment(model, release);
  if (evaluation.violations.length > 0) {
    // A planner produced an infeasible assignment: that is a bug, not an input problem.
    throw new Error(`infeasible plan: ${evaluation.violations.map((v) => v.message).join('; ')}`);
  }
  const releases = model.source.releases.map(
    (r, k): PlannedRelease => ({
      id: r.id,
      name: r.name ?? r.id,
      items: model.ids.filter((_, i) => release[i] === k),
      cost: evaluation.costPerRelease[k]!,
      capacity: r.capacity,
      value: evaluation.valuePerRelease[k]!,
      teamCost: Object.fromEntries(model.teams.map((t, ti) => [t, evaluation.teamCostPerRelease[k]![ti]!])),
    }),
  );
  const totalValue = model.bundles.reduce((sum, b) => sum + b.value * (model.weight[0] ?? 1), 0);
  const provenOptimal = proof.provenOptimal ?? false;
  const value = evaluation.value;
  const bound = provenOptimal ? value : Math.max(value, proof.bound ?? totalValue);
  return {
    method: proof.method,
    value,
    cost: evaluation.costPerRelease.reduce((s, c) => s + c, 0),
    releases,
    assignment: Object.fromEntries(
      model.ids.map((id, i) => [id, release[i]! >= 0 ? model.source.releases[release[i]!]!.id : null]),
    ),
    deferred: explainDeferrals(model, release),
    satisfiedCustomers: evaluation.satisfiedCustomers.map((c) => model.source.customers[c]!.id),
    provenOptimal,
    bound,
    gap: relativeGap(value, bound),
    boundSource: proof.bound === undefined && !provenOptimal ? 'total_value' : 'solver',
  };
}

/**
 * Relative optimality gap of a value against an upper bound, 0 when they meet.
 *
 * @example
 * relativeGap(90, 100); // => 0.1
 */
export function relativeGap(value: number, bound: number): number {
  if (bound <= value + 1e-9) return 0;
  return (bound - value) / Math.max(Math.abs(bound), 1e-9);
}
