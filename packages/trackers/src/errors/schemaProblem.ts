import { problemsFromZod } from '@trailmap/core';
import type { z } from 'zod';
import { type InputPlace, type InputProblem, inputProblem } from './inputProblem';

/**
 * One zod issue as `field "a.b[2]": message`, for config and JSON errors.
 *
 * @example
 * describeZodIssue({ code: 'custom', path: ['items', 0, 'key'], message: 'required', input: 1 });
 * // => 'field "items[0].key": required'
 */
export function describeZodIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in "${formatPath(issue.path)}"` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
  }
  return `field "${formatPath(issue.path) || '(root)'}": ${issue.message}`;
}

/**
 * A file that fails its schema, as one located problem: core's code, expected and received for
 * the first issue (`problemsFromZod`, the one place zod issues become problems) and its field
 * path in the message. Only the first issue is reported: zod's later issues are often the same
 * mistake seen again.
 *
 * @example
 * schemaProblem({ file: 'c.json' }, issues, { prefix: 'config error: ' }).message;
 * // => 'c.json: config error: field "releases[0].capacity": Too small: expected number to be >=0'
 */
export function schemaProblem(
  at: InputPlace,
  issues: readonly z.core.$ZodIssue[],
  wording: { prefix?: string; suffix?: string } = {},
): InputProblem {
  const [first] = problemsFromZod(issues.slice(0, 1));
  const { code, expected, received } = first;
  return inputProblem(
    at,
    code,
    `${wording.prefix ?? ''}${describeZodIssue(issues[0])}${wording.suffix ?? ''}`,
    {
      ...(expected === undefined ? {} : { expected }),
      ...(received === undefined ? {} : { received }),
    },
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
