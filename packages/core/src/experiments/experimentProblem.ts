import type { Problem } from '../model/problem';

/** Why an analysis could not be computed as asked; the result is then GrowthBook's neutral one. */
export type ExperimentProblemCode =
  | 'zero_variance'
  | 'baseline_zero'
  | 'alpha_too_large_for_one_sided_sequential'
  | 'p_value_not_converged';

/**
 * An expected failure of the stats engine, as data (valibot style): a literal code, what was
 * expected and what was received, plus the sentence a person reads.
 *
 * @example
 * const p: ExperimentProblem = { field: 'variants[1]', code: 'zero_variance', expected: 'variance > 0 and n > 1', received: 'n = 0', message: 'B has no variance (n = 0): collect more data' };
 */
export interface ExperimentProblem extends Problem {
  code: ExperimentProblemCode;
  expected: string;
  received: string;
}
