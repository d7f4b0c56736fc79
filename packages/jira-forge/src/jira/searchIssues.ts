import { route } from '@forge/api';
import type { AppResult } from '../errors/appError';
import { fail, ok } from '../errors/appError';
import type { JiraClient } from './jiraClient';
import { ApproximateCountSchema, type JiraIssue, SearchResultsSchema } from './jiraSchemas';

/** What to search for and which fields to bring back (never `*all`: payload size drives the rate-limit points). */
export interface SearchQuery {
  jql: string;
  fields: string[];
  properties?: string[];
  /** Issues per page; Jira may return fewer when many fields are requested. */
  pageSize?: number;
}

/** One page of a JQL search plus the token for the next one (absent on the last page). */
export interface SearchPage {
  issues: JiraIssue[];
  nextPageToken: string | undefined;
}

/** Default page size: Jira's per-page cap for searches that return fields. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * Fetches one page of `POST /rest/api/3/search/jql` (the old `/search` is retired).
 *
 * @example
 * const page = await searchPage(jira, { jql: 'project = PM AND updated >= -1d', fields: ['summary'] }, undefined);
 */
export async function searchPage(
  jira: JiraClient,
  query: SearchQuery,
  nextPageToken: string | undefined,
): Promise<AppResult<SearchPage>> {
  const body = {
    jql: query.jql,
    fields: query.fields,
    maxResults: query.pageSize ?? DEFAULT_PAGE_SIZE,
    ...(query.properties && query.properties.length > 0 ? { properties: query.properties } : {}),
    ...(nextPageToken ? { nextPageToken } : {}),
  };
  const r = await jira.send(
    'searchAndReconsileIssuesUsingJqlPost',
    { method: 'POST', route: route`/rest/api/3/search/jql`, body },
    SearchResultsSchema,
  );
  if (!r.ok) return r;
  const token = r.value.isLast === true ? undefined : (r.value.nextPageToken ?? undefined);
  return ok({ issues: r.value.issues, nextPageToken: token });
}

/**
 * Walks every page of a search, calling `onPage` for each; stops early when `onPage` returns `false`
 * or after `maxPages` (bounded work within one invocation).
 *
 * @example
 * await forEachSearchPage(jira, query, async (page) => { console.log(page.issues.length); });
 */
export async function forEachSearchPage(
  jira: JiraClient,
  query: SearchQuery,
  onPage: (page: SearchPage) => Promise<boolean | undefined> | boolean | undefined,
  options: { startToken?: string; maxPages?: number } = {},
): Promise<AppResult<{ pages: number; nextPageToken: string | undefined }>> {
  let token = options.startToken;
  let pages = 0;
  do {
    if (options.maxPages !== undefined && pages >= options.maxPages) break;
    const page = await searchPage(jira, query, token);
    if (!page.ok) return page;
    pages++;
    token = page.value.nextPageToken;
    if ((await onPage(page.value)) === false) break;
  } while (token !== undefined);
  return ok({ pages, nextPageToken: token });
}

/**
 * Collects all issues of a bounded search (use only where the result is known to be small).
 *
 * @example
 * const all = await searchAll(jira, { jql: 'project = PM AND fixVersion = 10000', fields: ['fixVersions'] });
 */
export async function searchAll(jira: JiraClient, query: SearchQuery): Promise<AppResult<JiraIssue[]>> {
  const issues: JiraIssue[] = [];
  const r = await forEachSearchPage(jira, query, (page) => {
    issues.push(...page.issues);
    return true;
  });
  return r.ok ? ok(issues) : fail(r.error);
}

/**
 * Estimated number of issues matching bounded JQL (`POST /rest/api/3/search/approximate-count`).
 *
 * @example
 * await approximateCount(jira, 'project = PM AND cf[10050] > 12'); // => { ok: true, value: 4 }
 */
export async function approximateCount(jira: JiraClient, jql: string): Promise<AppResult<number>> {
  const r = await jira.send(
    'countIssues',
    { method: 'POST', route: route`/rest/api/3/search/approximate-count`, body: { jql } },
    ApproximateCountSchema,
  );
  return r.ok ? ok(r.value.count) : r;
}
