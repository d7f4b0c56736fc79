/**
 * An expected failure, as data: which field is wrong and why, in words a user can act on.
 * Every core job reports bad input this way instead of throwing or producing NaN.
 *
 * @example
 * const p: Problem = { field: 'effort', code: 'missing', message: 'effort is required (person-months, ≥ 0.5)' };
 */
export interface Problem {
  /** Path of the offending input, e.g. `effort` or `items[3].estimate`. */
  field: string;
  /** Stable machine-readable code, e.g. `missing`, `invalid`, `out_of_range`, `dependency_cycle`. */
  code: string;
  /** One human sentence naming the field and the problem. */
  message: string;
}

/**
 * Result of an operation whose failures are expected: `ok` with a value, or the problems.
 *
 * @example
 * const r: Result<number> = { ok: false, problems: [{ field: 'x', code: 'missing', message: 'x is required' }] };
 */
export type Result<T, P extends Problem = Problem> =
  | { ok: true; value: T }
  | { ok: false; problems: [P, ...P[]] };
