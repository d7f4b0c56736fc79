import { describeNetworkError, formatProblems } from '@trailmap/core';
import type { AppError, AppErrorKind } from './appError';

type Messages = { [K in AppErrorKind]: (e: Extract<AppError, { kind: K }>) => string };

const problemList = (problems: ReadonlyArray<{ field: string; message: string }>): string =>
  formatProblems(problems);

// The ONE place errors become words. A Record over every kind means a new error kind does not
// compile until someone decides what the user reads.
const MESSAGES: Messages = {
  jira_http: (e) => {
    const detail = e.messages.length > 0 ? ` Jira said: ${e.messages.join(' ')}` : '';
    if (e.status === 401 || e.status === 403)
      return `You or the app lack permission for this in Jira (${e.operation}).${detail}`;
    if (e.status === 404) return `Jira could not find what was asked for (${e.operation}).${detail}`;
    if (e.status === 410)
      return `Jira retired the endpoint used for ${e.operation}; the app needs an update.${detail}`;
    return `Jira rejected ${e.operation} (HTTP ${e.status}).${detail}`;
  },
  jira_rate_limited: (e) =>
    `Jira is rate-limiting the app; ${e.operation} gave up after ${e.attempts} attempts. Try again in a minute.`,
  jira_unavailable: (e) =>
    `Jira is temporarily unavailable; ${e.operation} gave up after ${e.attempts} attempts${e.network ? ` (${describeNetworkError(e.network)})` : ''}. Try again shortly.`,
  jira_bad_response: (e) => `Jira answered ${e.operation} in an unexpected shape (${e.detail}).`,
  invalid_payload: (e) => `The request to ${e.resolver} was malformed: ${problemList(e.problems)}.`,
  invalid_settings: (e) => `The settings are not valid: ${problemList(e.problems)}.`,
  scoring_failed: (e) => `The score cannot be computed: ${problemList(e.problems)}.`,
  training_failed: (e) => `The feedback labeller could not be trained: ${problemList(e.problems)}.`,
  unexpected: (e) =>
    `Trailmap hit an unexpected error in ${e.resolver} (${e.detail}). Try again; if it keeps happening, report it with this message.`,
  score_field_missing: () =>
    'The "Priority score" field is not on this site yet. Reinstall the app or ask a Jira admin to check its custom fields.',
  preview_missing: () => 'Preview the plan first: nothing is applied without a preview.',
  preview_stale: () =>
    'The backlog or the releases changed since this preview. Preview again before applying.',
  planning_failed: (e) => `The release plan cannot be built: ${problemList(e.problems)}.`,
  job_not_found: (e) => `No bulk job ${e.jobId} exists.`,
  job_already_running: (e) => `A bulk job (${e.jobId}) is already running for this project.`,
  core_unavailable: (e) => `This Trailmap build lacks the ${e.feature} engine; ${e.feature} is unavailable.`,
};

/**
 * The user-facing sentence for an expected failure. Every UI shows errors through this.
 *
 * @example
 * toUserMessage({ kind: 'preview_missing' }); // => 'Preview the plan first: nothing is applied without a preview.'
 */
export function toUserMessage(error: AppError): string {
  const render = MESSAGES[error.kind] as (e: AppError) => string;
  return render(error);
}
