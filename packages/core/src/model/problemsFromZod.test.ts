import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblems } from './formatProblems';
import { PROBLEM_CODES } from './problem';
import { problemsFromZod } from './problemsFromZod';

const Schema = z.object({
  effort: z.number().min(0.5),
  impact: z.enum(['low', 'high']),
  title: z.string(),
  tags: z.array(z.string()).max(1),
});

const problemsOf = (input: unknown) => {
  const parsed = Schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return problemsFromZod(parsed.error.issues);
};

describe('problemsFromZod', () => {
  it('reads a missing field as missing, with what was expected and received', () => {
    const p = problemsOf({ effort: 1, impact: 'low', tags: [] });
    expect(p).toEqual([
      expect.objectContaining({ field: 'title', code: 'missing', expected: 'string', received: 'nothing' }),
    ]);
  });

  it('reads a wrong type, a range and an enum with literal codes', () => {
    const p = problemsOf({ effort: 0.1, impact: 'huge', title: 3, tags: ['a', 'b'] });
    expect(p.map((x) => [x.field, x.code, x.expected])).toEqual([
      ['effort', 'out_of_range', '≥ 0.5'],
      ['impact', 'invalid', 'low | high'],
      ['title', 'invalid', 'string'],
      ['tags', 'out_of_range', '≤ 1'],
    ]);
    expect(p.find((x) => x.field === 'title')?.received).toBe('number');
    for (const x of p) expect(PROBLEM_CODES).toContain(x.code);
  });

  it('names the root when the whole input is wrong', () => {
    const parsed = Schema.safeParse('nope');
    if (parsed.success) throw new Error('expected a failure');
    expect(problemsFromZod(parsed.error.issues, { root: 'settings' })[0].field).toBe('settings');
  });
});

describe('formatProblems', () => {
  it('prefixes the field only when the message does not name it, and counts what it leaves out', () => {
    const problems = [
      { field: 'effort', message: 'is required' },
      { field: 'reach', message: 'reach must be ≥ 0' },
      { field: 'x', message: 'bad' },
    ];
    expect(formatProblems(problems)).toBe('effort: is required; reach must be ≥ 0; x: bad');
    expect(formatProblems(problems, { limit: 1 })).toBe('effort: is required (and 2 more)');
  });
});
