import { route } from '@forge/api';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from './jiraClient';
import { type JiraVersion, JiraVersionSchema, VersionPageSchema } from './jiraSchemas';

/**
 * All unarchived versions of a project, paging `GET /rest/api/3/project/{key}/version`.
 *
 * @example
 * await listVersions(jira, 'PM'); // => { ok: true, value: [{ id: '10000', name: 'v1.4', ... }] }
 */
export async function listVersions(jira: JiraClient, projectKey: string): Promise<AppResult<JiraVersion[]>> {
  const out: JiraVersion[] = [];
  for (let startAt = 0; ; ) {
    const query = new URLSearchParams({ startAt: String(startAt), maxResults: '50', orderBy: 'sequence' });
    const r = await jira.send(
      'getProjectVersionsPaginated',
      { method: 'GET', route: route`/rest/api/3/project/${projectKey}/version?${query}` },
      VersionPageSchema,
    );
    if (!r.ok) return r;
    out.push(...r.value.values.filter((v) => !v.archived));
    if (r.value.isLast !== false || r.value.values.length === 0) return ok(out);
    startAt += r.value.values.length;
  }
}

/** What a plan wants a version to be. */
export interface VersionDraft {
  name: string;
  releaseDate?: string;
  startDate?: string;
  description?: string;
}

/**
 * Creates a version (`POST /rest/api/3/version`, needs `manage:jira-project`).
 *
 * @example
 * await createVersion(jira, 10000, { name: 'v1.5', releaseDate: '2026-03-01' });
 */
export async function createVersion(
  jira: JiraClient,
  projectId: number,
  draft: VersionDraft,
): Promise<AppResult<JiraVersion>> {
  return jira.send(
    'createVersion',
    { method: 'POST', route: route`/rest/api/3/version`, body: { ...draft, projectId } },
    JiraVersionSchema,
  );
}

/**
 * Updates a version's dates or description (`PUT /rest/api/3/version/{id}`).
 *
 * @example
 * await updateVersion(jira, '10000', { name: 'v1.4', releaseDate: '2026-02-01' });
 */
export async function updateVersion(
  jira: JiraClient,
  versionId: string,
  draft: VersionDraft,
): Promise<AppResult<JiraVersion>> {
  return jira.send(
    'updateVersion',
    { method: 'PUT', route: route`/rest/api/3/version/${versionId}`, body: draft },
    JiraVersionSchema,
  );
}

/**
 * Adds one fix version to an issue with `update.fixVersions[].add`, leaving its other versions alone.
 *
 * @example
 * await addFixVersion(jira, 'PM-1', '10000');
 */
export async function addFixVersion(
  jira: JiraClient,
  issueIdOrKey: string,
  versionId: string,
): Promise<AppResult<null>> {
  return jira.send(
    'editIssue',
    {
      method: 'PUT',
      route: route`/rest/api/3/issue/${issueIdOrKey}?notifyUsers=${'false'}`,
      body: { update: { fixVersions: [{ add: { id: versionId } }] } },
    },
    null,
  );
}

/**
 * Moves an issue into a planned version: `add` the target and `remove` only the named versions
 * (other versions of the same plan), in one edit.
 *
 * @example
 * await setPlannedVersion(jira, 'PM-1', '10001', ['10000']);
 */
export async function setPlannedVersion(
  jira: JiraClient,
  issueIdOrKey: string,
  addId: string,
  removeIds: readonly string[],
): Promise<AppResult<null>> {
  const ops = [{ add: { id: addId } }, ...removeIds.map((id) => ({ remove: { id } }))];
  return jira.send(
    'editIssue',
    {
      method: 'PUT',
      route: route`/rest/api/3/issue/${issueIdOrKey}?notifyUsers=${'false'}`,
      body: { update: { fixVersions: ops } },
    },
    null,
  );
}
