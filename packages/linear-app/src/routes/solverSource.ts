import type { MipSolver } from '@trailmap/core';
import { createHighsSolver } from '@trailmap/solver-highs';

/** Supplies the MIP solver for cycle planning, or undefined to use the heuristic. */
export interface SolverSource {
  get(): Promise<MipSolver | undefined>;
}

/**
 * One HiGHS worker for the process, started on first use. The solver package is a dependency, so a
 * missing package fails at start; a worker that cannot load HiGHS reports `status: 'error'` with its
 * message on every solve, which the plan shows (see `planCycles`), never a silent heuristic.
 *
 * @example
 * const solvers = highsSolverSource();
 * const solver = await solvers.get();
 */
export function highsSolverSource(): SolverSource {
  let solver: MipSolver | undefined;
  return {
    async get() {
      solver ??= createHighsSolver();
      return solver;
    },
  };
}

/** Always the heuristic (tests, or `TRAILMAP_PLANNER=heuristic`). */
export const heuristicOnly: SolverSource = { get: async () => undefined };
