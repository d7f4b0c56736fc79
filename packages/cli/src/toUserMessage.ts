import { formatProblems, type Problem } from '@trailmap/core';

/**
 * The CLI's one sentence for a list of problems (core's, trackers' or its own): at most five,
 * each naming its field, joined on one line so the terminal gets one line per failure.
 * Exceptions that reach `main` become text in `parseError`; typed problems become text here.
 *
 * @example
 * toUserMessage([{ field: 'capacity', code: 'out_of_range', message: 'capacity must be > 0' }]); // => 'capacity must be > 0'
 */
export function toUserMessage(problems: readonly Pick<Problem<string>, 'field' | 'message'>[]): string {
  return formatProblems(problems, { limit: 5 });
}
