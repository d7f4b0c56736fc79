import type { NetworkError, Outcome, Problem } from '@trailmap/core';
import type { InputProblem } from '@trailmap/trackers';

/**
 * Every expected failure the app can meet, as data. Resolvers, triggers and jobs return these
 * instead of throwing, and `toUserMessage` turns each kind into one sentence for the UI, so a
 * new kind fails to compile until it has a message.
 *
 * @example
 * const e: AppError = { kind: 'jira_http', status: 404, operation: 'getIssue', messages: ['Issue does not exist'] };
 */
export type AppError =
  | { kind: 'jira_http'; status: number; operation: string; messages: string[] }
  | { kind: 'jira_rate_limited'; operation: string; attempts: number }
  | { kind: 'jira_unavailable'; operation: string; attempts: number; network?: NetworkError }
  | { kind: 'jira_bad_response'; operation: string; detail: string }
  // A pasted file (an experiment CSV) brings trackers' located problems.
  | { kind: 'invalid_payload'; resolver: string; problems: (Problem | InputProblem)[] }
  | { kind: 'invalid_settings'; problems: Problem[] }
  | { kind: 'scoring_failed'; problems: Problem[] }
  | { kind: 'training_failed'; problems: Problem[] }
  | { kind: 'score_field_missing' }
  | { kind: 'preview_missing' }
  | { kind: 'preview_stale'; previewId: string }
  | { kind: 'planning_failed'; problems: Problem[] }
  | { kind: 'job_not_found'; jobId: string }
  | { kind: 'job_already_running'; jobId: string }
  | { kind: 'core_unavailable'; feature: string }
  | { kind: 'unexpected'; resolver: string; detail: string };

/** The discriminant of `AppError`. */
export type AppErrorKind = AppError['kind'];

/**
 * A result whose failure is an `AppError`.
 *
 * @example
 * const r: AppResult<number> = { ok: true, value: 3 };
 */
export type AppResult<T> = Outcome<T, AppError>;

/**
 * Wraps a value as a successful `AppResult`.
 *
 * @example
 * ok(3); // => { ok: true, value: 3 }
 */
export function ok<T>(value: T): AppResult<T> {
  return { ok: true, value };
}

/**
 * Wraps an `AppError` as a failed `AppResult`.
 *
 * @example
 * fail({ kind: 'preview_missing' }); // => { ok: false, error: { kind: 'preview_missing' } }
 */
export function fail<T = never>(error: AppError): AppResult<T> {
  return { ok: false, error };
}
