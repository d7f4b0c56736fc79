/** Where in an input file a problem is, and what it is. */
export interface InputProblem {
  file: string;
  row?: number | undefined;
  column?: string | undefined;
  message: string;
}

/**
 * Bad input in a file (an export, a sidecar or a config), located down to row and column, e.g.
 * `backlog.csv: row 12, column "Effort": "abc" is not a number`. Edges print `message` as one
 * line; the CLI exits 2 on it.
 *
 * @example
 * throw new InputError({ file: 'a.csv', row: 3, column: 'Effort', message: '"x" is not a number' });
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The process exit code the CLI uses for bad input. */
  readonly exitCode = 2;
  constructor(readonly where: InputProblem) {
    const place = [
      where.row === undefined ? undefined : `row ${where.row}`,
      where.column ? `column "${where.column}"` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${[where.file, place].filter(Boolean).join(': ')}: ${where.message}`);
  }
}
