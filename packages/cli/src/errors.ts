import type { Problem, Result } from '@trailmap/core';
import { type InputPlace, inputProblem } from '@trailmap/trackers';
import { toUserMessage } from './toUserMessage';

/**
 * Expected CLI failures. Each carries a message a user can act on; `main` prints it as one
 * line and exits non-zero. Anything else reaching `main` is a bug and is reported as such.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A flag with a value the command cannot use, e.g. `--capacity -3`. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * Bad input in a file the CLI reads itself (a duplicates CSV, an analysis file), located down to
 * row and column like trackers' problems; exits 2.
 *
 * @example
 * throw new InputError({ file: 'a.csv', row: 3, column: 'Effort', message: '"x" is not a number' });
 */
export class InputError extends CliError {
  override readonly name = 'InputError';
  constructor(where: InputPlace & { message: string }) {
    super(inputProblem(where, 'invalid', where.message).message, 2);
  }
}

/**
 * The value of a result, or the CLI's exit with its problems as one line (exit 2: bad input).
 * Trackers' readers return problems as data; here, at the edge, they become the command's end.
 *
 * @example
 * const { backlog } = inputValue(await loadBacklog(file));
 */
export function inputValue<T>(result: Result<T, Problem<string>>): T {
  if (result.ok) return result.value;
  throw new CliError(toUserMessage(result.problems), 2);
}

const FILE_CODES = new Set(['EEXIST', 'EPERM', 'EACCES', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EISDIR']);

/**
 * The single place errors become user-facing text.
 *
 * @example
 * parseError(new InputError({ file: 'a.csv', row: 2, message: 'bad' })); // => { message: 'a.csv: row 2: bad', exitCode: 2 }
 */
export function parseError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT' && 'path' in error) {
    return { message: `${String(error.path)}: file not found`, exitCode: 2 };
  }
  // Any file the CLI writes (an --out page, a config): a permission or path problem is the
  // user's to fix, not a bug to report.
  if (error instanceof Error && 'code' in error && 'path' in error && FILE_CODES.has(String(error.code))) {
    return {
      message: `${String(error.path)}: cannot write (${String(error.code)}); choose another path or fix its permissions`,
      exitCode: 1,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `internal error (please report): ${detail}`, exitCode: 70 };
}
