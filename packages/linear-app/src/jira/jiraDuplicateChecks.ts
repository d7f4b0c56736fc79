import type { JiraRestIssue } from '@trailmap/trackers';
import type { Store } from '../storage/store';
import { jiraIssueVersion } from './jiraMirror';

/**
 * The mirrored Jira issues a workspace has not yet matched against its Linear issues at their
 * current version: new issues and issues changed since their last check (tables
 * `jira_duplicate_baselines`, `jira_duplicate_checks`: migration 150). The first call for a
 * workspace takes a baseline instead: every issue already mirrored counts as checked, so
 * connecting Jira links only what is new from then on, as the Linear side only matches new
 * issues. Kept per workspace because one Jira site may serve several.
 *
 * @example
 * const fresh = await uncheckedJiraIssues(store, organizationId, mirror.name, issues, now);
 */
export async function uncheckedJiraIssues(
  db: Store,
  organizationId: string,
  mirror: string,
  issues: readonly JiraRestIssue[],
  now: number,
): Promise<JiraRestIssue[]> {
  return db.transaction(async (tx) => {
    const baseline = await tx.run(
      'INSERT INTO jira_duplicate_baselines (organization_id, mirror, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [organizationId, mirror, now],
    );
    if (baseline.changes === 1) {
      for (const issue of issues) await upsertCheck(tx, organizationId, mirror, issue);
      return [];
    }
    const rows = await tx.all<{ issue_key: string; version: string }>(
      'SELECT issue_key, version FROM jira_duplicate_checks WHERE organization_id = ? AND mirror = ?',
      [organizationId, mirror],
    );
    const checked = new Map(rows.map((r) => [r.issue_key, r.version]));
    return issues.filter((i) => checked.get(i.key) !== jiraIssueVersion(i));
  });
}

/**
 * Records that `issue` was matched at its current version; until it changes again it is not
 * matched again.
 *
 * @example
 * await markJiraIssueChecked(store, organizationId, mirror.name, issue);
 */
export async function markJiraIssueChecked(
  db: Store,
  organizationId: string,
  mirror: string,
  issue: JiraRestIssue,
): Promise<void> {
  await upsertCheck(db, organizationId, mirror, issue);
}

function upsertCheck(db: Pick<Store, 'run'>, organizationId: string, mirror: string, issue: JiraRestIssue) {
  return db.run(
    `INSERT INTO jira_duplicate_checks (organization_id, mirror, issue_key, version) VALUES (?, ?, ?, ?)
     ON CONFLICT (organization_id, mirror, issue_key) DO UPDATE SET version = excluded.version`,
    [organizationId, mirror, issue.key, jiraIssueVersion(issue)],
  );
}
