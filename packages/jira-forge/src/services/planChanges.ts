import type { JiraIssue, JiraVersion } from '../jira/jiraSchemas';
import { releaseKey } from '../mapping/toPlanningModel';
import type { PlanPreview } from '../storage/planPreviews';

/** One issue edit a plan needs: add its planned version, drop other versions of this plan. */
export interface PlanChange {
  issueKey: string;
  /** Target version; `id` is absent while the version does not exist yet (preview of a new release). */
  add: { id: string | undefined; name: string };
  /** Versions of the same plan the issue currently has (it moved between planned releases). */
  remove: Array<{ id: string; name: string }>;
}

/**
 * The issue edits that make Jira match a plan, computed against the issues' current fix versions.
 * Versions outside the plan are never touched, and issues already in their target version need
 * no edit, which is what makes a second apply write nothing.
 *
 * @example
 * computeChanges(preview, issuesByKey, versions); // => [{ issueKey: 'PM-1', add: { id: '10000', name: 'v1' }, remove: [] }]
 */
export function computeChanges(
  preview: Pick<PlanPreview, 'releases' | 'assignment'>,
  issues: ReadonlyMap<string, JiraIssue>,
  versions: readonly JiraVersion[],
): PlanChange[] {
  const target = new Map(
    preview.releases.map((r) => {
      const v = r.versionId
        ? versions.find((x) => x.id === r.versionId)
        : versions.find((x) => x.name === r.name);
      return [releaseKey(r), { id: v?.id ?? r.versionId, name: v?.name ?? r.name }] as const;
    }),
  );
  const planned = new Set([...target.values()].flatMap((t) => (t.id ? [t.id] : [])));
  const changes: PlanChange[] = [];
  for (const [issueKey, releaseId] of Object.entries(preview.assignment).sort(([a], [b]) =>
    a.localeCompare(b, 'en', { numeric: true }),
  )) {
    if (releaseId === null) continue;
    const add = target.get(releaseId);
    const issue = issues.get(issueKey);
    if (!add || !issue) continue;
    const current = Array.isArray(issue.fields.fixVersions)
      ? (issue.fields.fixVersions as Array<{ id?: string; name?: string }>)
      : [];
    if (add.id && current.some((v) => v.id === add.id)) continue;
    const remove = current
      .filter(
        (v): v is { id: string; name: string } =>
          typeof v.id === 'string' && planned.has(v.id) && v.id !== add.id,
      )
      .map((v) => ({ id: v.id, name: v.name ?? v.id }));
    changes.push({ issueKey, add, remove });
  }
  return changes;
}
