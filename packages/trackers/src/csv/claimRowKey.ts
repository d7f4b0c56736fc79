import type { InputProblems } from '../errors/inputProblem';
import type { Cell } from './columns';

/** Where a row's key was read, and how the export names its key column's values. */
export interface RowKeyPlace {
  row: number;
  /** The key column's header as written in the file (`Columns.headerOf`), for an empty key. */
  header: string | undefined;
  /** The export's own word for the key, e.g. `issue key` (Jira) or `issue ID` (Linear). */
  label: string;
}

/**
 * Returns a row's key and records the row it stands on in `seen`. Every CSV mapping needs one
 * non-empty, unique key per row (links, parents and scores refer to it), and rejects both
 * failures with the same wording, naming the export's own word for the key. A failure is
 * recorded in `problems` and returns `undefined` (the row is skipped).
 *
 * @example
 * const seen = new Map<string, number>();
 * const problems = new InputProblems('jira.csv');
 * const at = { header: 'Issue key', label: 'issue key' };
 * claimRowKey({ value: 'PM-1', column: 'Issue key' }, { ...at, row: 2 }, seen, problems); // => 'PM-1'
 * claimRowKey({ value: 'PM-1', column: 'Issue key' }, { ...at, row: 3 }, seen, problems); // => undefined
 * // problems.list[0].message: 'jira.csv: row 3, column "Issue key": duplicate issue key "PM-1" (first on row 2); remove one of the two rows (were two exports joined?) and run again'
 */
export function claimRowKey(
  cell: Cell | undefined,
  at: RowKeyPlace,
  seen: Map<string, number>,
  problems: InputProblems,
): string | undefined {
  if (!cell) return problems.add({ row: at.row, column: at.header }, 'missing', `the ${at.label} is empty`);
  const key = cell.value;
  const firstRow = seen.get(key);
  if (firstRow !== undefined) {
    return problems.add(
      { row: at.row, column: cell.column },
      'duplicate_id',
      `duplicate ${at.label} "${key}" (first on row ${firstRow}); remove one of the two rows (were two exports joined?) and run again`,
      { received: key },
    );
  }
  seen.set(key, at.row);
  return key;
}
