import type { Backlog } from '@trailmap/core';
import { CliError } from '../errors.ts';

/** The source formats the importer recognises. */
export type BacklogFormat = 'jira-csv' | 'linear-csv' | 'json';

/** A backlog read from a file, with what the importer noticed along the way. */
export interface LoadedBacklog {
  backlog: Backlog;
  format: BacklogFormat;
  /** Non-fatal notes, e.g. "12 rows have no Story Points; their estimate is missing". */
  warnings: string[];
}

/**
 * Reads a Jira CSV export, a Linear CSV export or Trailmap JSON, detecting the format, and maps
 * it to core's `Backlog`. Bad input throws `InputError` naming the file, row and column.
 *
 * @example
 * const { backlog, format } = await loadBacklog('packages/cli/samples/backlog.jira.csv');
 */
export async function loadBacklog(
  file: string,
  _options: { configFile?: string } = {},
): Promise<LoadedBacklog> {
  throw new CliError(`${file}: importer not built yet`);
}
