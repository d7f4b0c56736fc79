import {
  greedyBaseline,
  type MipSolver,
  type Plan,
  type PlanningProblem,
  planExact,
  planHeuristic,
  validatePlanningModel,
} from '@trailmap/core';
import type { Candidate, CyclePlanInput } from './cyclePlanModel';
import { keepCurrentCycles } from './keepCurrentCycles';

/** One issue the plan moves, from its current cycle (or none) to another (or out of the plan). */
export interface PlannedMove {
  key: string;
  issueId: string;
  title: string;
  fromCycleId: string | null;
  toCycleId: string | null;
}

/** A plan ready to preview: the chosen plan, the greedy baseline, and the moves to apply it. */
export interface CyclePlan {
  plan: Plan;
  baseline: Plan;
  moves: PlannedMove[];
  /** What ran: the exact MIP (HiGHS) or the heuristic, and why. */
  method: string;
}

/**
 * Plans the upcoming cycles: exact (HiGHS MIP, warm-started by the heuristic) when a solver is
 * given, else the heuristic; always with the greedy rank-order baseline beside it. Issues stay in
 * their current cycle when that costs no value (see `keepCurrentCycles`). Deferred
 * issues currently sitting in a planned cycle are moved out, so each cycle ends within capacity.
 *
 * @example
 * const result = await planCycles(input, solver);
 * if (result.ok) result.value.moves.length;
 */
export async function planCycles(
  input: CyclePlanInput,
  solver: MipSolver | undefined,
  options: { timeLimitSeconds?: number } = {},
): Promise<{ ok: true; value: CyclePlan } | { ok: false; problems: PlanningProblem[] }> {
  const valid = validatePlanningModel(input.model);
  if (!valid.ok) return { ok: false, problems: valid.problems };
  let plan: Plan;
  let method: string;
  if (solver) {
    const exact = await planExact(valid.model, solver, { timeLimitSeconds: options.timeLimitSeconds ?? 5 });
    plan = exact;
    method =
      exact.solver.status === 'error'
        ? `heuristic (HiGHS failed: ${exact.solver.message ?? 'no message'})`
        : exact.provenOptimal
          ? `exact (HiGHS, proven optimal in ${exact.solver.seconds.toFixed(1)} s)`
          : `HiGHS best found in ${exact.solver.seconds.toFixed(1)} s (gap ${(exact.gap * 100).toFixed(1)} %)`;
  } else {
    plan = planHeuristic(valid.model);
    method = 'heuristic (no MIP solver available)';
  }
  plan = keepCurrentCycles(plan, input.model, input.candidates);
  const baseline = greedyBaseline(valid.model);
  const planned = new Set(input.cycles.map((c) => c.id));
  const moves = input.candidates.flatMap((c: Candidate): PlannedMove[] => {
    const target = plan.assignment[c.key] ?? null;
    // A deferred issue outside the planned cycles stays where it is (backlog or a later cycle).
    const to = target ?? (c.currentCycleId && planned.has(c.currentCycleId) ? null : c.currentCycleId);
    return to === c.currentCycleId
      ? []
      : [{ key: c.key, issueId: c.issueId, title: c.title, fromCycleId: c.currentCycleId, toCycleId: to }];
  });
  return { ok: true, value: { plan, baseline, moves, method } };
}
