import { jiraCsvImporter } from '../jira-csv/importer';
import { linearCsvImporter } from '../linear-csv/importer';
import type { BacklogFormat } from './backlogFormat';

// Linear first: a Linear export also has a `Summary`-free header that Jira's test would miss,
// while a Jira export never has both `ID` and `Title`.
const CSV_IMPORTERS = [linearCsvImporter, jiraCsvImporter] as const;

/**
 * Recognises a backlog file from its content: JSON when it starts with `{` or `[`, else the
 * first CSV importer that recognises the header. `undefined` otherwise.
 *
 * @example
 * detectFormat('{"items":[]}', []); // => 'json'
 * detectFormat('', ['Summary', 'Issue key']); // => 'jira-csv'
 * detectFormat('', ['ID', 'Team', 'Title']); // => 'linear-csv'
 */
export function detectFormat(text: string, header: readonly string[]): BacklogFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  const table = { file: '', header: [...header], rows: [] };
  return CSV_IMPORTERS.find((importer) => importer.recognises(table))?.format as BacklogFormat | undefined;
}
