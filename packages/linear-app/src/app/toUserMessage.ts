import { formatProblems, type Problem } from '@trailmap/core';

/**
 * The Linear app's one sentence for a list of problems, for pages, JSON errors and a job's
 * `last_error`: at most three, each naming its field, on one line.
 *
 * @example
 * toUserMessage([{ field: 'team', code: 'not_found', message: 'no team “ENG” in this workspace' }]); // => 'team: no team “ENG” in this workspace'
 */
export function toUserMessage(problems: readonly Pick<Problem<string>, 'field' | 'message'>[]): string {
  return formatProblems(problems, { limit: 3 });
}
