import type { TrailmapConfig } from './config/config';
import type { DraftBacklog } from './draft/draft';
import type { InputResult } from './errors/inputProblem';

/** Every source a Trailmap importer reads. */
export type ImportFormat = 'jira-csv' | 'jira-rest' | 'linear-csv' | 'linear-graphql' | 'trailmap-json';

/** A parsed JSON file, for the importers that read JSON. */
export interface JsonDocument {
  file: string;
  json: unknown;
}

/**
 * The one contract every source implements (as linear/linear's `packages/import` does): it
 * recognises its own input from content, never from a file name, and maps it to a draft
 * backlog whose cross-references `assembleBacklog` then resolves. Expected failures (a missing
 * key column, a bad date) are a failed result whose problems name file, row and column.
 *
 * @example
 * const importer: Importer<CsvTable> = jiraCsvImporter;
 * if (importer.recognises(table)) draft = importer.toDraft(table, config); // => { ok: true, value: … }
 */
export interface Importer<Input> {
  readonly format: ImportFormat;
  /** What a user calls this input, for messages: `a Jira CSV export`. */
  readonly label: string;
  /** Whether the input is this source's. */
  recognises(input: Input): boolean;
  /** Maps the input to a draft backlog, or the input's problems. */
  toDraft(input: Input, config: TrailmapConfig): InputResult<DraftBacklog>;
  /**
   * CSV sources: the positions of the columns `toDraft` reads from a file with this header, so
   * a reader may keep only those (a table with just them maps to the same draft).
   */
  columnsRead?(header: readonly string[], config: TrailmapConfig): number[];
}
