import type { CsvTable } from '../csv/readCsv';

/**
 * Jira REST search results (`/rest/api/3/search/jql`, or v2, saved by a script or `curl`) as
 * the equivalent CSV table, so one mapping (`fromJiraCsv`) reads both. Custom fields are named
 * through the response's `names` (request it with `expand=names`); without it they keep their
 * ids (`customfield_10016`) and only the built-in fields are read.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Whether parsed JSON is a Jira search response: `{ issues: [{ key, fields }] }`.
 *
 * @example
 * isJiraSearchResponse({ issues: [{ key: 'PM-1', fields: { summary: 'x' } }] }); // => true
 */
export function isJiraSearchResponse(json: unknown): json is { issues: JsonObject[]; names?: JsonObject } {
  if (!isObject(json) || !Array.isArray(json.issues) || json.issues.length === 0) return false;
  return json.issues.every((i) => isObject(i) && typeof i.key === 'string' && isObject(i.fields));
}

// REST field id → the CSV header Jira's exporter writes for it.
const BUILT_IN: Readonly<Record<string, string>> = {
  summary: 'Summary',
  issuetype: 'Issue Type',
  status: 'Status',
  resolution: 'Resolution',
  priority: 'Priority',
  assignee: 'Assignee',
  created: 'Created',
  updated: 'Updated',
  resolutiondate: 'Resolved',
  duedate: 'Due date',
  labels: 'Labels',
  fixVersions: 'Fix versions',
  description: 'Description',
  project: 'Project name',
  votes: 'Votes',
};

/**
 * Converts a Jira search response to a CSV table with Jira's export headers. Row numbers are
 * the 1-based position of each issue in `issues`, plus one (as if the header were row 1).
 *
 * @example
 * jiraSearchToTable({ issues: [{ id: '1', key: 'PM-1', fields: { summary: 'x' } }] }, 'a.json').header;
 * // => ['Issue key', 'Issue id', 'Summary']
 */
export function jiraSearchToTable(
  response: { issues: JsonObject[]; names?: JsonObject },
  file: string,
): CsvTable {
  const names = isObject(response.names) ? response.names : {};
  const records = response.issues.map((issue) => issueCells(issue, names));
  // Each header appears as often as the most values any issue has for it, like the CSV export.
  const widths = new Map<string, number>();
  for (const r of records)
    for (const [h, values] of r) widths.set(h, Math.max(widths.get(h) ?? 0, values.length));
  const header: string[] = [];
  for (const [h, w] of widths) for (let i = 0; i < w; i++) header.push(h);
  const rows = records.map((r, index) => {
    const cells: string[] = [];
    for (const [h, w] of widths) {
      const values = r.get(h) ?? [];
      for (let i = 0; i < w; i++) cells.push(values[i] ?? '');
    }
    return { row: index + 2, cells };
  });
  return { file, header, rows };
}

function issueCells(issue: JsonObject, names: JsonObject): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const put = (header: string, values: string[]) => {
    const kept = values.filter((v) => v !== '');
    if (kept.length) cells.set(header, [...(cells.get(header) ?? []), ...kept]);
  };
  put('Issue key', [String(issue.key)]);
  put('Issue id', [scalar(issue.id)]);
  const fields = isObject(issue.fields) ? issue.fields : {};
  for (const [id, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (id === 'status' && isObject(value) && isObject(value.statusCategory)) {
      put('Status Category', [scalar(value.statusCategory.key)]);
    }
    if (id === 'parent' && isObject(value)) {
      put('Parent key', [scalar(value.key)]);
      continue;
    }
    if (id === 'issuelinks' && Array.isArray(value)) {
      for (const link of value) putLink(link, put);
      continue;
    }
    if (id === 'description') {
      put('Description', [typeof value === 'string' ? value : adfText(value).trim()]);
      continue;
    }
    const header = BUILT_IN[id] ?? customHeader(id, names);
    if (header) put(header, values(value));
  }
  return cells;
}

function putLink(link: Json, put: (header: string, values: string[]) => void): void {
  if (!isObject(link) || !isObject(link.type)) return;
  const type = scalar(link.type.name);
  if (isObject(link.outwardIssue)) put(`Outward issue link (${type})`, [scalar(link.outwardIssue.key)]);
  if (isObject(link.inwardIssue)) put(`Inward issue link (${type})`, [scalar(link.inwardIssue.key)]);
}

function customHeader(id: string, names: JsonObject): string | undefined {
  if (!id.startsWith('customfield_')) return undefined;
  const name = names[id];
  return `Custom field (${typeof name === 'string' ? name : id})`;
}

// Option, user, version and project objects all reduce to the text Jira's CSV would show.
function values(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(values);
  if (isObject(value)) {
    for (const k of ['value', 'displayName', 'name', 'key']) {
      if (typeof value[k] === 'string' || typeof value[k] === 'number') return [scalar(value[k])];
    }
    if (value.type === 'doc') return [adfText(value).trim()];
    if (typeof value.votes === 'number') return [String(value.votes)];
    return [];
  }
  return [scalar(value)];
}

function scalar(value: Json | undefined): string {
  return value === null || value === undefined || typeof value === 'object' ? '' : String(value);
}

// Atlassian Document Format to plain text: text nodes, hard breaks, one line per block.
function adfText(node: Json): string {
  if (!isObject(node)) return '';
  if (node.type === 'text') return scalar(node.text);
  if (node.type === 'hardBreak') return '\n';
  const inner = Array.isArray(node.content) ? node.content.map(adfText).join('') : '';
  const block = ['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'rule'].includes(
    scalar(node.type),
  );
  return block ? `${inner}\n` : inner;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
