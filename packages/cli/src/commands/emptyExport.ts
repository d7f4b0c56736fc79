/**
 * The one line for an export that holds no issue at all (a header row only, or a search that
 * matched nothing), shared by the commands that read one: what it is and what to export instead.
 *
 * @example
 * noIssuesLine('jira.csv', 'jira'); // => 'jira.csv: the export has no issues (only a header row, or a filter that matched nothing); …'
 */
export function noIssuesLine(file: string, source: 'jira' | 'linear' | 'trailmap' | undefined): string {
  if (source === 'trailmap')
    return `${file}: the backlog has no items; add items, or export the backlog from Jira or Linear, and run again`;
  const how =
    source === 'linear'
      ? 'in Linear, Settings > Import/Export > Export CSV'
      : 'in Jira, a filter that matches the backlog, then Export > CSV (all fields)';
  return `${file}: the export has no issues (only a header row, or a filter that matched nothing); export the backlog again (${how}) and run again`;
}
