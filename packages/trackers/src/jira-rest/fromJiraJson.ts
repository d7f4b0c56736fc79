import type { ReleaseInput } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import type { DraftBacklog, DraftItem } from '../draft/draft';
import { InputProblems, type InputResult } from '../errors/inputProblem';
import { nameOfCustomFieldType } from '../jira/fields';
import { mapRanks } from '../jira-csv/jiraValues';
import { type JiraRestIssue, type JiraRestSprint, readJiraIssue } from './fromJiraIssue';

/** A Jira search response: `{ issues: [{ key, fields }], names?, schema? }`. */
export interface JiraSearchResponse {
  issues: JiraRestIssue[];
  /** Field id → display name (`expand=names`). */
  names?: Record<string, string>;
  /** Field id → its type, `{ type, custom? }` (`expand=schema`). */
  schema?: Record<string, { type?: string; custom?: string }>;
}

// v2 and v3 `/search` answer with startAt/maxResults/total; v3 `/search/jql` with isLast/nextPageToken.
const SEARCH_PAGING_FIELDS = ['isLast', 'nextPageToken', 'total', 'startAt', 'maxResults'] as const;

/**
 * Whether parsed JSON is a Jira search response: `{ issues: [{ key, fields }] }`.
 *
 * @example
 * isJiraSearchResponse({ issues: [{ key: 'PM-1', fields: { summary: 'x' } }] }); // => true
 */
export function isJiraSearchResponse(json: unknown): json is JiraSearchResponse {
  if (!isObject(json) || !Array.isArray(json.issues)) return false;
  // A search that matched nothing is still a search response (a JQL filter on an empty project):
  // it reads as no issues, recognised by the paging fields every search answer carries.
  if (json.issues.length === 0) return SEARCH_PAGING_FIELDS.some((field) => field in json);
  return json.issues.every((i) => isObject(i) && typeof i.key === 'string' && isObject(i.fields));
}

/**
 * Whether parsed JSON is a bare list of Jira issues (`[{ key, fields }]`): the `issues` of a
 * search response, saved on their own by a script.
 *
 * @example
 * isJiraIssueList([{ key: 'PM-1', fields: { summary: 'x' } }]); // => true
 * isJiraIssueList([{ id: '1', key: 'PM-1', title: 'x', statusCategory: 'todo', fields: {} }]); // => false
 */
export function isJiraIssueList(json: unknown): json is JiraRestIssue[] {
  // Trailmap's own bare item list also has `key` and `fields`, but its items carry `title` at the
  // top level, where a Jira issue has it under `fields.summary`.
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    isJiraSearchResponse({ issues: json }) &&
    json.every((i) => !('title' in i) && !('statusCategory' in i))
  );
}

/**
 * Maps a saved Jira REST search response (`/rest/api/3/search/jql`, or v2; `expand=names` lets
 * custom fields be read by name) to a draft backlog, issue by issue through `mapJiraIssue`'s reader.
 * Sprints become releases with their dates, closed sprints released. Row numbers are the
 * 1-based position of each issue plus one, as if a header were row 1.
 *
 * @example
 * fromJiraSearch({ issues: [{ id: '1', key: 'PM-1', fields: { summary: 'x' } }] }, 'a.json', defaultConfig()); // => { ok: true, value: { items: [1 item], … } }
 */
export function fromJiraSearch(
  response: JiraSearchResponse,
  file: string,
  config: TrailmapConfig,
): InputResult<DraftBacklog> {
  const problems = new InputProblems(file);
  const names = fieldNames(response);
  const seen = new Set<string>();
  const items: DraftItem[] = [];
  const versions = new Map<string, ReleaseInput>();
  const sprints = new Map<string, JiraRestSprint>();
  let noEstimate = 0;
  response.issues.forEach((issue, index) => {
    if (seen.has(issue.key)) {
      problems.add({}, 'duplicate_id', `issue "${issue.key}" appears twice (issues[${index}])`, {
        received: issue.key,
      });
      return;
    }
    seen.add(issue.key);
    // The type says string | number, but the file is untrusted JSON: an object id would crash String().
    if (issue.id !== undefined && typeof issue.id !== 'string' && typeof issue.id !== 'number') {
      const received =
        issue.id === null
          ? 'null'
          : Array.isArray(issue.id)
            ? 'a list'
            : typeof issue.id === 'object'
              ? 'an object'
              : `a ${typeof issue.id}`;
      problems.add(
        {},
        'invalid',
        `issues[${index}].id is ${received}; expected the issue id as a string or number (save the response of /rest/api/3/search/jql unchanged)`,
        { expected: 'a string or number', received },
      );
      return;
    }
    const mapped = readJiraIssue(issue, index + 2, { names }, config, problems);
    for (const v of mapped.versions) versions.set(v.name, { ...versions.get(v.name), ...v });
    for (const s of mapped.sprints) sprints.set(s.name, { ...sprints.get(s.name), ...s });
    const d = mapped.draft;
    if (!d.item.estimate && (d.item.type ?? '').toLowerCase() !== 'epic') noEstimate++;
    items.push(d);
  });
  mapRanks(
    items.flatMap((d) => (d.rankText ? [{ draft: d, cell: { value: d.rankText, column: 'Rank' } }] : [])),
  );
  const releases: ReleaseInput[] = [
    ...[...versions.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })),
    ...[...sprints.values()].filter((s) => !versions.has(s.name)).map(sprintRelease),
  ];
  const warnings =
    noEstimate > 0
      ? [`${noEstimate} issue(s) other than epics have no story points or original estimate`]
      : [];
  const partial = partialPage(response);
  if (partial) warnings.unshift(partial);
  const unnamed = unnamedFieldsWarning(response, names, config);
  if (unnamed) warnings.push(unnamed);
  return problems.result({ source: 'jira', items, releases, warnings });
}

// A saved search page that is not the last holds only some of the matching issues; planning on
// it silently would leave the rest out. v3 /search/jql says so with isLast/nextPageToken, the
// older /search with startAt + issues < total.
function partialPage(response: JiraSearchResponse): string | undefined {
  const r = response as unknown as Record<string, unknown>;
  const n = response.issues.length;
  const more =
    r.isLast === false || (typeof r.nextPageToken === 'string' && r.isLast !== true)
      ? 'isLast is false'
      : typeof r.total === 'number' && (typeof r.startAt === 'number' ? r.startAt : 0) + n < r.total
        ? `total is ${r.total}`
        : undefined;
  if (!more) return undefined;
  return `this is one page of a longer Jira search (${more}): only its ${n} issue(s) are read; save every page (follow nextPageToken, or startAt) into one "issues" list, or export the issues as CSV`;
}

// Custom fields by display name: `names` (expand=names) first; for the rest, Jira's own field
// types in `schema` (expand=schema) name story points, sprint, epic link, rank, team and dates.
function fieldNames(response: JiraSearchResponse): Record<string, string> {
  const names = isObject(response.names) ? stringRecord(response.names) : {};
  if (!isObject(response.schema)) return names;
  for (const [id, type] of Object.entries(response.schema)) {
    if (names[id] !== undefined || !isObject(type) || typeof type.custom !== 'string') continue;
    const name = nameOfCustomFieldType(type.custom);
    if (name) names[id] = name;
  }
  return names;
}

// Without `expand=names` a custom field is known only by its id, so story points, sprints and
// scoring fields such as Reach go unread: the user should hear it once, with the fix.
function unnamedFieldsWarning(
  response: JiraSearchResponse,
  names: Readonly<Record<string, string>>,
  config: TrailmapConfig,
): string | undefined {
  if (isObject(response.names)) return undefined;
  const mapped = new Set(
    Object.values(config.mapping)
      .flat()
      .map((a) => /customfield_\d+/i.exec(a)?.[0].toLowerCase()),
  );
  const unnamed = new Set<string>();
  for (const issue of response.issues) {
    for (const [id, value] of Object.entries(issue.fields)) {
      if (!/^customfield_\d+$/i.test(id) || value === null || value === undefined) continue;
      if (names[id] === undefined && !mapped.has(id.toLowerCase())) unnamed.add(id);
    }
  }
  if (unnamed.size === 0) return undefined;
  const shown = [...unnamed].slice(0, 3).join(', ');
  const list = unnamed.size > 3 ? `${shown}, …` : shown;
  return `${unnamed.size} custom field(s) with values were not read (${list}): the search was saved without expand=names, so only their ids are known; save it again with expand=names (e.g. /rest/api/3/search/jql?jql=…&fields=*all&expand=names), or map the ids in trailmap.config.json ("mapping": { "reach": ["Custom field (customfield_10050)"] })`;
}

function sprintRelease(s: JiraRestSprint): ReleaseInput {
  const release: ReleaseInput = { id: s.name, name: s.name };
  const start = s.startDate?.slice(0, 10);
  const end = (s.endDate ?? s.completeDate)?.slice(0, 10);
  if (start && /^\d{4}-\d{2}-\d{2}$/.test(start)) release.start = start;
  if (end && /^\d{4}-\d{2}-\d{2}$/.test(end)) release.end = end;
  if (s.state) release.released = s.state.toLowerCase() === 'closed';
  return release;
}

function stringRecord(o: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string') out[k] = v;
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
