import type { MipProblem, MipSolver, ValidPlanningModel } from '../../src/release/index';
import { evaluateAssignment } from '../../src/release/index';

/** The best assignment of a tiny model by trying every release (or none) for every item. */
export function bruteForcePlan(valid: ValidPlanningModel): { value: number; release: number[] } {
  const m = valid.compiled;
  const release = Array.from({ length: m.n }, () => -1);
  let best = { value: -1, release: [...release] };
  const visit = (i: number): void => {
    if (i === m.n) {
      const e = evaluateAssignment(m, release);
      if (e.violations.length === 0 && e.value > best.value + 1e-9)
        best = { value: e.value, release: [...release] };
      return;
    }
    for (let r = -1; r < m.releaseCount; r++) {
      release[i] = r;
      visit(i + 1);
    }
    release[i] = -1;
  };
  visit(0);
  return best;
}

/** Solves a tiny 0/1 MIP by enumeration, so planExact can be tested without HiGHS. */
export const bruteForceMipSolver: MipSolver = {
  async solve(problem: MipProblem) {
    const x = Array.from({ length: problem.numCols }, () => 0);
    let best: number[] | null = null;
    let bestObjective = Number.NEGATIVE_INFINITY;
    const feasible = (): boolean => {
      for (let r = 0; r < problem.numRows; r++) {
        let a = 0;
        for (let k = problem.starts[r]!; k < problem.starts[r + 1]!; k++)
          a += problem.values[k]! * x[problem.indices[k]!]!;
        if (a < problem.rowLower[r]! - 1e-9 || a > problem.rowUpper[r]! + 1e-9) return false;
      }
      return true;
    };
    const visit = (j: number): void => {
      if (j === problem.numCols) {
        if (!feasible()) return;
        const objective = problem.colCost.reduce((s, c, k) => s + c * x[k]!, 0);
        if (objective > bestObjective + 1e-9) {
          bestObjective = objective;
          best = [...x];
        }
        return;
      }
      for (let v = problem.colLower[j]!; v <= problem.colUpper[j]!; v++) {
        x[j] = v;
        visit(j + 1);
      }
    };
    visit(0);
    return {
      status: best ? 'optimal' : 'infeasible',
      values: best,
      objective: best ? bestObjective : null,
      bound: best ? bestObjective : null,
      seconds: 0,
      secondsToBest: 0,
    };
  },
};
