// Pins the release planner's seams: the MIP solver is injected (solver-highs implements it) and
// solves asynchronously; the heuristic is synchronous and always yields a plan.
import type { MipProblem, MipSolution, MipSolveOptions, MipSolver, Plan } from '@trailmap/core/release';
import { planHeuristic } from '@trailmap/core/release';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core/release', () => {
  it('a MipSolver solves a MipProblem to a promised MipSolution', () => {
    expectTypeOf<MipSolver['solve']>().toEqualTypeOf<
      (problem: MipProblem, options: MipSolveOptions) => Promise<MipSolution>
    >();
  });

  it('planHeuristic returns a Plan', () => {
    expectTypeOf(planHeuristic).returns.toEqualTypeOf<Plan>();
  });
});
