import type { MipSolver } from '@trailmap/core';

/** Supplies the MIP solver for cycle planning, or undefined to use the heuristic. */
export interface SolverSource {
  get(): Promise<MipSolver | undefined>;
}

/**
 * One HiGHS worker for the process, started on first use; falls back to the heuristic (undefined)
 * when the solver package cannot load (it is optional at runtime).
 *
 * @example
 * const solvers = highsSolverSource();
 * const solver = await solvers.get();
 */
export function highsSolverSource(): SolverSource {
  let solver: Promise<MipSolver | undefined> | undefined;
  return {
    get() {
      solver ??= import('@trailmap/cli/solver')
        .then((m) => m.createHighsSolver() as MipSolver)
        .catch(() => undefined);
      return solver;
    },
  };
}

/** Always the heuristic (tests, or `TRAILMAP_PLANNER=heuristic`). */
export const heuristicOnly: SolverSource = { get: async () => undefined };
