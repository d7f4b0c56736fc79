import type { InputResult } from '../../src/errors/inputProblem';

/**
 * The value of a result a test expects to succeed; a failure fails the test with its problems.
 *
 * @example
 * const table = okValue(parseCsvText('a\n1\n', 'x.csv'));
 */
export function okValue<T>(result: InputResult<T>): T {
  if (!result.ok)
    throw new Error(`expected a value, got: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.value;
}

/**
 * The problem lines of a result a test expects to fail, joined as the edges print them.
 *
 * @example
 * expect(problemText(parseCsvText('', 'x.csv'))).toMatch(/empty/);
 */
export function problemText(result: InputResult<unknown>): string {
  if (result.ok) throw new Error('expected problems, got a value');
  return result.problems.map((p) => p.message).join('; ');
}
