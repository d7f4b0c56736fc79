import type { z } from 'zod';
import type { Problem } from './problem';

/** A schema failure: the codes zod's issues map to. */
export interface SchemaProblem extends Problem {
  code: 'missing' | 'invalid' | 'out_of_range';
}

/**
 * Turns zod issues into core `Problem`s (a literal code, expected and received), so a payload,
 * settings or file that fails its schema reads like every other failure. Every edge parses with
 * zod; this is the one place its issues become problems.
 *
 * @example
 * const parsed = z.object({ effort: z.number() }).safeParse({});
 * if (!parsed.success) problemsFromZod(parsed.error.issues)[0];
 * // => { field: 'effort', code: 'missing', expected: 'number', received: 'nothing', message: 'effort: Invalid input: expected number, received undefined' }
 */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  options: { root?: string } = {},
): [SchemaProblem, ...SchemaProblem[]] {
  const problems = issues.map((issue) => fromIssue(issue, options.root ?? '(input)'));
  return problems.length > 0
    ? [problems[0]!, ...problems.slice(1)]
    : [{ field: options.root ?? '(input)', code: 'invalid', message: 'the input is not valid' }];
}

function fromIssue(issue: z.core.$ZodIssue, root: string): SchemaProblem {
  const field = issue.path.map(String).join('.') || root;
  const message = `${field}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? { field, code: 'missing', expected: issue.expected, received: 'nothing', message }
        : { field, code: 'invalid', expected: issue.expected, received: received ?? 'another type', message };
    }
    case 'too_small':
      return { field, code: 'out_of_range', expected: `≥ ${String(issue.minimum)}`, message };
    case 'too_big':
      return { field, code: 'out_of_range', expected: `≤ ${String(issue.maximum)}`, message };
    case 'invalid_value':
      return { field, code: 'invalid', expected: issue.values.map(String).join(' | '), message };
    default:
      return { field, code: 'invalid', message };
  }
}
