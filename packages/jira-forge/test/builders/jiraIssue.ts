import type { JiraIssue } from '../../src/jira/jiraSchemas';

let seq = 10000;

/** Fields a spec-shaped `IssueBean` carries in these tests; override any of them. */
export interface IssueOverrides {
  id?: string;
  key?: string;
  project?: string;
  projectId?: string;
  summary?: string;
  description?: string;
  issuetype?: string;
  labels?: string[];
  status?: string;
  statusCategory?: 'new' | 'indeterminate' | 'done';
  fixVersions?: Array<{ id: string; name: string }>;
  updated?: string;
  created?: string;
  extraFields?: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

/**
 * A Jira `IssueBean` as `GET /rest/api/3/issue/{key}` returns it (description in ADF).
 *
 * @example
 * jiraIssue({ key: 'PM-7', labels: ['customer'] });
 */
export function jiraIssue(o: IssueOverrides = {}): JiraIssue {
  const id = o.id ?? String(++seq);
  const project = o.project ?? 'PM';
  const key = o.key ?? `${project}-${id}`;
  return {
    id,
    key,
    fields: {
      summary: o.summary ?? `Issue ${key}`,
      description:
        o.description === undefined
          ? null
          : {
              type: 'doc',
              version: 1,
              content: [{ type: 'paragraph', content: [{ type: 'text', text: o.description }] }],
            },
      issuetype: { id: '10001', name: o.issuetype ?? 'Story', subtask: false },
      project: { id: o.projectId ?? '10000', key: project, name: `Project ${project}` },
      labels: o.labels ?? [],
      status: {
        name: o.status ?? 'To Do',
        statusCategory: { key: o.statusCategory ?? 'new', name: 'To Do' },
      },
      fixVersions: o.fixVersions ?? [],
      created: o.created ?? '2026-01-05T10:00:00.000+0000',
      updated: o.updated ?? '2026-01-06T10:00:00.000+0000',
      ...o.extraFields,
    },
    ...(o.properties ? { properties: o.properties } : {}),
  };
}
