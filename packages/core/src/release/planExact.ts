import { buildMip } from './buildMip';
import { evaluateAssignment } from './evaluateAssignment';
import {
  type AbortSignalLike,
  type MipSolution,
  type MipSolver,
  type MipStatus,
  unsolved,
} from './mipSolver';
import type { Plan } from './plan';
import { buildPlan } from './plan';
import type { HeuristicOptions } from './planHeuristic';
import { heuristicAssignment } from './planHeuristic';
import { isUnionKnapsack } from './unionKnapsack';
import type { ValidPlanningModel } from './validatePlanningModel';

/** Options of the exact planner. */
export interface ExactOptions {
  /** Wall-clock limit of the MIP search in seconds (default 10). The best plan found is kept. */
  timeLimitSeconds?: number;
  heuristic?: HeuristicOptions;
  signal?: AbortSignalLike;
  /** Milliseconds clock (e.g. `performance.now`), injected so core never reads one; enables `heuristicSeconds`. */
  now?: () => number;
  /** Process CPU-seconds clock, injected likewise; dates the second search's plan in CPU time. */
  cpuNow?: () => number;
  /**
   * When the whole call must return, in milliseconds on `now` (ignored without it): the warm-start
   * search stops after {@link HEURISTIC_SHARE} of the time left, the solver gets the rest (still
   * capped by `timeLimitSeconds`), and the second search stops with the solver. So a caller's
   * time limit bounds pre-processing, heuristic and solver together, not the solver alone.
   */
  deadline?: number;
}

/** Share of the time left before `deadline` that the warm-start search may spend. */
export const HEURISTIC_SHARE = 0.3;

/** An exact plan with what the solver did. */
export interface ExactPlan extends Plan {
  solver: {
    status: MipStatus;
    seconds: number;
    /** Seconds until the final plan's value was in hand (0 when the heuristic's start was best). */
    secondsToBest: number;
    /** Value of the heuristic plan that warm-started the MIP. */
    heuristicValue: number;
    /** Seconds the heuristic took, when a clock was injected. */
    heuristicSeconds: number | null;
    /** CPU seconds of the solve and until the final value, when the solver measures them. */
    cpuSeconds: number | null;
    cpuSecondsToBest: number | null;
    /** Objective the solver reported, before the planner recomputed it from the chosen items. */
    reportedObjective: number | null;
    message?: string;
  };
}

/**
 * Plans with a MIP: the heuristic plan is passed as a MIP start (HiGHS `setSolution`), the solver
 * searches within the time limit, and the value is recomputed from the chosen items. The result
 * is never worse than the heuristic; it is proven optimal only when the solver says so.
 *
 * @example
 * const plan = await planExact(valid, createHighsSolver(), { timeLimitSeconds: 5 });
 * plan.provenOptimal ? 'optimal' : `gap ${plan.gap}`;
 */
export async function planExact(
  valid: ValidPlanningModel,
  solver: MipSolver,
  options: ExactOptions = {},
): Promise<ExactPlan> {
  const now = options.now;
  const t0 = now?.();
  const deadline = t0 !== undefined ? options.deadline : undefined;
  const own = options.heuristic?.stop;
  const stopAt = (at: number | undefined) =>
    at === undefined || !now ? own : () => now() >= at || (own?.() ?? false);
  // The MIP closes the last gap far faster from a near-optimal start, so the warm start searches harder.
  const heuristicStop = stopAt(deadline === undefined ? undefined : t0! + HEURISTIC_SHARE * (deadline - t0!));
  const start = heuristicAssignment(valid, {
    thorough: true,
    ...options.heuristic,
    ...(heuristicStop ? { stop: heuristicStop } : {}),
  });
  const heuristicSeconds = t0 === undefined || !now ? null : (now() - t0) / 1000;
  const heuristicValue = evaluateAssignment(valid.compiled, start).value;
  const solveStarted = now?.();
  const left = deadline === undefined ? Number.POSITIVE_INFINITY : (deadline - solveStarted!) / 1000;
  const timeLimitSeconds = Math.min(options.timeLimitSeconds ?? 10, left);
  // Built only when the solver runs: on a 50k-issue model it is a few tenths of a second.
  const mip = timeLimitSeconds > 0 ? buildMip(valid) : undefined;
  const solving: Promise<MipSolution> =
    mip !== undefined
      ? solver.solve(mip.problem, {
          timeLimitSeconds,
          start: mip.encode(start),
          ...(options.signal ? { signal: options.signal } : {}),
        })
      : Promise.resolve(unsolved('time_limit', 'no time left for the solver; the warm-start plan is kept'));
  const solverStop = stopAt(
    solveStarted === undefined || deadline === undefined ? undefined : solveStarted + timeLimitSeconds * 1000,
  );
  // While the solver works in its thread, a second search with another seed runs on this one
  // (single-release models, where it is cheap): the second core would otherwise idle, and the
  // search's results vary enough by seed that a second try often finds more.
  const cpuStarted = options.cpuNow?.();
  let extra: { release: number[]; value: number; seconds: number; cpuSeconds: number | null } | undefined;
  if (isUnionKnapsack(valid.compiled)) {
    const seed = (options.heuristic?.seed ?? 1) + 1;
    const release = heuristicAssignment(valid, {
      thorough: true,
      ...options.heuristic,
      seed,
      ...(solverStop ? { stop: solverStop } : {}),
    });
    const seconds = solveStarted === undefined || !options.now ? 0 : (options.now() - solveStarted) / 1000;
    const cpuSeconds = cpuStarted === undefined || !options.cpuNow ? null : options.cpuNow() - cpuStarted;
    extra = { release, value: evaluateAssignment(valid.compiled, release).value, seconds, cpuSeconds };
  }
  const solution = await solving;
  let chosen = start;
  let chosenValue = heuristicValue;
  let fromSolver = false;
  if (solution.values && mip) {
    const decoded = mip.decode(solution.values);
    const evaluation = evaluateAssignment(valid.compiled, decoded);
    if (evaluation.violations.length === 0 && evaluation.value >= heuristicValue - 1e-9) {
      chosen = decoded;
      chosenValue = evaluation.value;
      fromSolver = evaluation.value > heuristicValue + 1e-9;
    }
  }
  // The second search wins only with strictly more value, or the same value found sooner.
  const extraWins =
    extra !== undefined &&
    (extra.value > chosenValue + 1e-9 ||
      (fromSolver && extra.value > chosenValue - 1e-9 && extra.seconds < solution.secondsToBest));
  if (extra && extraWins) chosen = extra.release;
  const value = evaluateAssignment(valid.compiled, chosen).value;
  // The bound is trusted only as an upper bound; optimality needs the recomputed value to meet it.
  const bound = solution.bound ?? undefined;
  const provenOptimal =
    solution.status === 'optimal' ||
    (bound !== undefined && value >= bound - 1e-6 * Math.max(1, Math.abs(bound)));
  const plan = buildPlan(valid.compiled, chosen, {
    method: 'exact',
    provenOptimal,
    ...(bound !== undefined ? { bound } : {}),
  });
  return {
    ...plan,
    solver: {
      status: solution.status,
      seconds: solution.seconds,
      secondsToBest: extraWins ? extra!.seconds : fromSolver ? solution.secondsToBest : 0,
      heuristicValue,
      heuristicSeconds,
      cpuSeconds: solution.cpuSeconds ?? null,
      cpuSecondsToBest: extraWins
        ? (extra?.cpuSeconds ?? null)
        : fromSolver
          ? (solution.cpuSecondsToBest ?? null)
          : 0,
      reportedObjective: solution.objective,
      ...(solution.message ? { message: solution.message } : {}),
    },
  };
}
