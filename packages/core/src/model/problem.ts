/**
 * Every code a Problem can carry. A literal union, so an edge can switch over it exhaustively and
 * a new code does not compile until someone decides what the user reads (valibot style).
 */
export const PROBLEM_CODES = [
  // input shape
  'missing',
  'invalid',
  'invalid_json',
  'invalid_date',
  'out_of_range',
  'duplicate',
  'duplicate_id',
  'custom',
  'unknown_framework',
  'unknown_item',
  'unknown_idea',
  'unknown_release',
  'unknown_dependency',
  'self_dependency',
  'too_few',
  'truncated',
  'weights_increase',
  'corrupt_model',
  'network',
  // planning
  'dependency',
  'dependency_cycle',
  'must_have',
  'must_have_order',
  'must_haves_over_capacity',
  'must_over_limit',
  'could_under_contingency',
  'over_capacity',
  'over_team_capacity',
  'no_cycles',
  'no_throughput',
  'history_too_thin',
  // roadmap risks
  'overdue',
  'start_after_target',
  'target_before_child',
  'target_before_forecast',
  'target_before_prerequisite',
  // experiments
  'zero_variance',
  'baseline_zero',
  'alpha_too_large_for_one_sided_sequential',
  'p_value_not_converged',
] as const;

/**
 * A machine-readable problem code, e.g. `missing`, `out_of_range`, `dependency_cycle`.
 *
 * @example
 * const code: ProblemCode = 'out_of_range';
 */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * An expected failure, as data (valibot style): which field is wrong, a literal code, what was
 * expected and what was received, and the sentence a user can act on. Every package reports bad
 * input this way instead of throwing or producing NaN; each edge's `toUserMessage` turns problems
 * into its own words.
 *
 * @example
 * const p: Problem = { field: 'effort', code: 'missing', expected: 'person-months ≥ 0.5', received: 'nothing', message: 'effort is required (person-months, ≥ 0.5)' };
 */
export interface Problem<Code extends string = ProblemCode> {
  /** Path of the offending input, e.g. `effort` or `items[3].estimate`. */
  field: string;
  /** Stable machine-readable code: core's, or an edge's own literal union (`Problem<'token_expired'>`). */
  code: Code;
  /** What the input should have been, in words or as a range, e.g. `1–10` or `an ISO date`. */
  expected?: string;
  /** What it was, shortened, e.g. `"12"` or `nothing`. */
  received?: string;
  /** One human sentence naming the field and the problem. */
  message: string;
}

/**
 * Result of an operation whose failures are expected: `ok` with a value, or the problems.
 *
 * @example
 * const r: Result<number> = { ok: false, problems: [{ field: 'x', code: 'missing', message: 'x is required' }] };
 */
export type Result<T, P extends Problem<string> = Problem> =
  | { ok: true; value: T }
  | { ok: false; problems: [P, ...P[]] };

/**
 * Outcome of a call to a platform (Jira, Linear): a value, or one typed failure carrying its own
 * literal discriminant (`code`, or `kind` in the Forge app). It shares {@link Result}'s `ok` and
 * `value`, so every package reads success the same way; a failure is one error rather than a
 * list of input problems because a request fails once, for one reason.
 *
 * @example
 * const r: Outcome<number, { code: 'timeout' }> = { ok: false, error: { code: 'timeout' } };
 */
export type Outcome<T, E> = { ok: true; value: T } | { ok: false; error: E };
