import type { Problem } from './problem';

/**
 * Problems as one sentence for a person: each problem's message, prefixed by its field when the
 * message does not already name it, joined with "; ". Each edge's `toUserMessage` uses it, so a
 * list of problems reads the same in the CLI, the Jira app and the Linear app.
 *
 * @example
 * formatProblems([{ field: 'effort', code: 'missing', message: 'is required' }]); // => 'effort: is required'
 */
export function formatProblems(
  problems: readonly Pick<Problem, 'field' | 'message'>[],
  options: { limit?: number } = {},
): string {
  const limit = options.limit ?? problems.length;
  const shown = problems
    .slice(0, limit)
    .map((p) => (p.message.includes(p.field) ? p.message : `${p.field}: ${p.message}`));
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
