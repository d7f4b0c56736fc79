import { InputError } from '../errors/inputError';
import type { Cell } from './columns';

/** Where a row's key was read, and how the export names its key column's values. */
export interface RowKeyPlace {
  file: string;
  row: number;
  /** The key column's header as written in the file (`Columns.headerOf`), for an empty key. */
  header: string | undefined;
  /** The export's own word for the key, e.g. `issue key` (Jira) or `issue ID` (Linear). */
  label: string;
}

/**
 * Returns a row's key and records the row it stands on in `seen`. Every CSV mapping needs one
 * non-empty, unique key per row (links, parents and scores refer to it), and rejects both
 * failures with the same wording, naming the export's own word for the key.
 *
 * @example
 * const seen = new Map<string, number>();
 * const at = { file: 'jira.csv', header: 'Issue key', label: 'issue key' };
 * claimRowKey({ value: 'PM-1', column: 'Issue key' }, { ...at, row: 2 }, seen); // => 'PM-1'
 * claimRowKey({ value: 'PM-1', column: 'Issue key' }, { ...at, row: 3 }, seen);
 * // throws InputError: jira.csv: row 3, column "Issue key": duplicate issue key "PM-1" (first on row 2)
 */
export function claimRowKey(cell: Cell | undefined, at: RowKeyPlace, seen: Map<string, number>): string {
  if (!cell) {
    throw new InputError({
      file: at.file,
      row: at.row,
      column: at.header,
      message: `the ${at.label} is empty`,
    });
  }
  const key = cell.value;
  const firstRow = seen.get(key);
  if (firstRow !== undefined) {
    throw new InputError({
      file: at.file,
      row: at.row,
      column: cell.column,
      message: `duplicate ${at.label} "${key}" (first on row ${firstRow})`,
    });
  }
  seen.set(key, at.row);
  return key;
}
