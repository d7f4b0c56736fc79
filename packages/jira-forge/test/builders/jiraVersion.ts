import type { JiraVersion } from '../../src/jira/jiraSchemas';

/**
 * A Jira `Version` as the REST API returns it.
 *
 * @example
 * jiraVersion({ id: '10100', name: 'v1.4' });
 */
export function jiraVersion(o: Partial<JiraVersion> & { id: string; name: string }): JiraVersion {
  return { released: false, archived: false, projectId: 10000, ...o };
}
