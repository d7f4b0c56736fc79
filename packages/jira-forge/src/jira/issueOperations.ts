import { route } from '@forge/api';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from './jiraClient';
import {
  EntityPropertySchema,
  type JiraIssue,
  JiraIssueSchema,
  type JiraProject,
  JiraProjectSchema,
} from './jiraSchemas';

/**
 * Reads one issue with only the named fields (and optional properties / changelog).
 *
 * @example
 * await getIssue(jira, 'PM-1', { fields: ['summary', 'labels'] });
 */
export async function getIssue(
  jira: JiraClient,
  issueIdOrKey: string,
  options: { fields: string[]; properties?: string[]; expandChangelog?: boolean },
): Promise<AppResult<JiraIssue>> {
  const query = new URLSearchParams({ fields: options.fields.join(',') });
  if (options.properties?.length) query.set('properties', options.properties.join(','));
  if (options.expandChangelog) query.set('expand', 'changelog');
  return jira.send(
    'getIssue',
    { method: 'GET', route: route`/rest/api/3/issue/${issueIdOrKey}?${query}` },
    JiraIssueSchema,
  );
}

/**
 * Adds labels with `update.labels[].add`: never `set`, so labels people put there stay.
 * Sends nothing when `labels` is empty.
 *
 * @example
 * await addLabels(jira, 'PM-1', ['feedback:bug']); // PUT /rest/api/3/issue/PM-1 {"update":{"labels":[{"add":"feedback:bug"}]}}
 */
export async function addLabels(
  jira: JiraClient,
  issueIdOrKey: string,
  labels: readonly string[],
): Promise<AppResult<{ written: boolean }>> {
  if (labels.length === 0) return ok({ written: false });
  const r = await jira.send(
    'editIssue',
    {
      method: 'PUT',
      // Label edits by an automation should not e-mail every watcher.
      route: route`/rest/api/3/issue/${issueIdOrKey}?notifyUsers=${'false'}`,
      body: { update: { labels: labels.map((add) => ({ add })) } },
    },
    null,
  );
  return r.ok ? ok({ written: true }) : r;
}

/**
 * Adds a plain-text comment (wrapped in the Atlassian Document Format Jira v3 requires).
 *
 * @example
 * await addComment(jira, 'PM-1', 'Trailmap labelled this as bug (confidence 0.91).');
 */
export async function addComment(
  jira: JiraClient,
  issueIdOrKey: string,
  text: string,
): Promise<AppResult<null>> {
  const body = {
    body: {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    },
  };
  return jira.send(
    'addComment',
    { method: 'POST', route: route`/rest/api/3/issue/${issueIdOrKey}/comment`, body },
    null,
  );
}

/**
 * Stores a JSON value in an issue entity property (`PUT /rest/api/3/issue/{key}/properties/{prop}`).
 *
 * @example
 * await setIssueProperty(jira, 'PM-1', 'trailmap.score', { framework: 'rice', inputs: {}, score: 12 });
 */
export async function setIssueProperty(
  jira: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
  value: unknown,
): Promise<AppResult<null>> {
  return jira.send(
    'setIssueProperty',
    { method: 'PUT', route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, body: value },
    null,
  );
}

/**
 * Reads an issue entity property; a missing property is `undefined`, not an error.
 *
 * @example
 * await getIssueProperty(jira, 'PM-1', 'trailmap.score'); // => { ok: true, value: undefined }
 */
export async function getIssueProperty(
  jira: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
): Promise<AppResult<unknown>> {
  const r = await jira.send(
    'getIssueProperty',
    { method: 'GET', route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}` },
    EntityPropertySchema,
  );
  if (!r.ok) return r.error.kind === 'jira_http' && r.error.status === 404 ? ok(undefined) : r;
  return ok(r.value.value);
}

/**
 * Reads a project's id and key (`GET /rest/api/3/project/{key}`).
 *
 * @example
 * await getProject(jira, 'PM'); // => { ok: true, value: { id: '10000', key: 'PM', ... } }
 */
export async function getProject(jira: JiraClient, projectIdOrKey: string): Promise<AppResult<JiraProject>> {
  return jira.send(
    'getProject',
    { method: 'GET', route: route`/rest/api/3/project/${projectIdOrKey}` },
    JiraProjectSchema,
  );
}
