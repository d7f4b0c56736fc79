import type { Problem, ProblemCode, Result } from '@trailmap/core';

/**
 * What can be wrong with a file before any field in it is read, beside core's field codes
 * (`missing`, `invalid`, `invalid_date`, `out_of_range`, `duplicate_id`, `invalid_json`, …).
 */
export const INPUT_PROBLEM_CODES = [
  'not_found',
  'unreadable',
  'empty_file',
  'not_text',
  'invalid_csv',
  'unknown_format',
  'missing_column',
] as const;

/**
 * A literal code for bad input in a file: core's or one of {@link INPUT_PROBLEM_CODES}.
 *
 * @example
 * const code: InputProblemCode = 'missing_column';
 */
export type InputProblemCode = ProblemCode | (typeof INPUT_PROBLEM_CODES)[number];

/** Where in an input file a problem is. */
export interface InputPlace {
  file: string;
  row?: number | undefined;
  column?: string | undefined;
}

/**
 * Bad input in a file (an export, a sidecar or a config) as core's `Problem`, located down to
 * row and column. `message` is the whole line a user reads, e.g.
 * `backlog.csv: row 12, column "Effort": "abc" is not a number`; `field` is the column (else the
 * file), so `formatProblems` never prefixes it twice.
 */
export interface InputProblem extends Problem<InputProblemCode> {
  file: string;
  row?: number;
  column?: string;
}

/**
 * What every trackers reader returns: the value, or the problems of its input. Reading bad
 * input is expected, so it is data; a thrown error from trackers is a bug.
 *
 * @example
 * const r: InputResult<number> = { ok: true, value: 1 };
 */
export type InputResult<T> = Result<T, InputProblem>;

/** What was expected and what was received, when the reader knows. */
export interface ProblemDetail {
  expected?: string;
  received?: string;
}

/**
 * Builds one located problem.
 *
 * @example
 * inputProblem({ file: 'a.csv', row: 3, column: 'Effort' }, 'invalid', '"x" is not a number').message;
 * // => 'a.csv: row 3, column "Effort": "x" is not a number'
 */
export function inputProblem(
  at: InputPlace,
  code: InputProblemCode,
  message: string,
  detail: ProblemDetail = {},
): InputProblem {
  const place = [
    at.row === undefined ? undefined : `row ${at.row}`,
    at.column ? `column "${at.column}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    file: at.file,
    ...(at.row === undefined ? {} : { row: at.row }),
    ...(at.column ? { column: at.column } : {}),
    field: at.column || at.file,
    code,
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    ...(detail.received === undefined ? {} : { received: detail.received }),
    message: `${[at.file, place].filter(Boolean).join(': ')}: ${message}`,
  };
}

/**
 * A failed result with one located problem.
 *
 * @example
 * inputFailure({ file: 'a.csv' }, 'empty_file', 'the file is empty'); // => { ok: false, problems: [{ … }] }
 */
export function inputFailure(
  at: InputPlace,
  code: InputProblemCode,
  message: string,
  detail: ProblemDetail = {},
): { ok: false; problems: [InputProblem] } {
  return { ok: false, problems: [inputProblem(at, code, message, detail)] };
}

/**
 * Collects the problems of one file while its rows are read, so every bad cell is reported
 * (not only the first) and no reader has to throw. Readers call `add` and carry on with the
 * value missing; the mapping returns `result(value)` at the end.
 *
 * @example
 * const problems = new InputProblems('a.csv');
 * problems.add({ row: 3, column: 'Effort' }, 'invalid', '"x" is not a number');
 * problems.result(draft); // => { ok: false, problems: [{ message: 'a.csv: row 3, column "Effort": "x" is not a number', … }] }
 */
export class InputProblems {
  readonly list: InputProblem[] = [];
  constructor(readonly file: string) {}

  /** Records a problem at a row/column of this file; returns `undefined` for the missing value. */
  add(
    at: Omit<InputPlace, 'file'>,
    code: InputProblemCode,
    message: string,
    detail: ProblemDetail = {},
  ): undefined {
    this.list.push(inputProblem({ file: this.file, ...at }, code, message, detail));
    return undefined;
  }

  /** Whether any problem was recorded. */
  get any(): boolean {
    return this.list.length > 0;
  }

  /** The failed result of every problem recorded, or `undefined` when there is none. */
  failure(): { ok: false; problems: [InputProblem, ...InputProblem[]] } | undefined {
    const [first, ...rest] = this.list;
    return first ? { ok: false, problems: [first, ...rest] } : undefined;
  }

  /** The value, or every problem recorded. */
  result<T>(value: T): InputResult<T> {
    return this.failure() ?? { ok: true, value };
  }
}
