import { Columns } from './columns';
import type { BacklogFormat } from './loadBacklog';

const JIRA_HEADERS = ['Issue key', 'Issue id', 'Issue Type', 'Summary'];

/**
 * Recognises a backlog file from its content: JSON when it starts with `{` or `[`, a Jira
 * export when the header has `Issue key`/`Issue id`/`Issue Type`/`Summary` (English or the
 * Spanish spellings), a Linear export when it has `ID` and `Title`. `undefined` otherwise.
 *
 * @example
 * detectFormat('{"items":[]}', []); // => 'json'
 * detectFormat('', ['Summary', 'Issue key']); // => 'jira-csv'
 * detectFormat('', ['ID', 'Team', 'Title']); // => 'linear-csv'
 */
export function detectFormat(text: string, header: readonly string[]): BacklogFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  const cols = new Columns(header);
  if (cols.has(['ID', 'Identifier', 'Id']) && cols.has(['Title'])) return 'linear-csv';
  if (cols.has(JIRA_HEADERS)) return 'jira-csv';
  return undefined;
}
