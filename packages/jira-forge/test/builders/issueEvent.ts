import type { JiraIssue } from '../../src/jira/jiraSchemas';

/**
 * An `avi:jira:created:issue` event as Forge delivers it: no description, no labels.
 *
 * @example
 * createdEvent(jiraIssue({ key: 'SUP-1' }));
 */
export function createdEvent(issue: JiraIssue) {
  const f = issue.fields as Record<string, unknown>;
  return {
    eventType: 'avi:jira:created:issue',
    atlassianId: '5b10ac8d82e05b22cc7d4ef5',
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: f.summary,
        issuetype: f.issuetype,
        project: f.project,
        status: f.status,
        created: f.created,
        updated: f.updated,
        creator: { accountId: '5b10ac8d82e05b22cc7d4ef5' },
        reporter: { accountId: '5b10ac8d82e05b22cc7d4ef5' },
        assignee: null,
      },
    },
  };
}

/**
 * An `avi:jira:updated:issue` event with a changelog of label edits.
 *
 * @example
 * updatedEvent(issue, '10400', [{ field: 'labels', fromString: 'bug', toString: 'feature' }]);
 */
export function updatedEvent(
  issue: JiraIssue,
  changelogId: string,
  items: Array<{ field: string; fromString: string | null; toString: string | null }>,
) {
  return {
    ...createdEvent(issue),
    eventType: 'avi:jira:updated:issue',
    changelog: { id: changelogId, items },
  };
}
