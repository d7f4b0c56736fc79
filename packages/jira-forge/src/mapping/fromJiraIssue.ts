import { type WorkItem, WorkItemSchema } from '@trailmap/core';
import { mapJiraStatusCategory } from '@trailmap/trackers';
import type { FieldMap } from '../jira/fieldDiscovery';
import type { JiraIssue } from '../jira/jiraSchemas';
import { readScoreProperty, SCORE_PROPERTY_KEY } from '../scoring/scoreProperty';
import { adfToText, nameOf, unwrapNumber } from './jiraValues';

/** The Jira fields the mapping reads; request exactly these (plus discovered ids) to keep payloads small. */
export const WORK_ITEM_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'labels',
  'project',
  'fixVersions',
  'priority',
  'updated',
  'created',
];

/**
 * Fields to request for a work item on this site: the standard ones plus discovered story-point
 * and score fields.
 *
 * @example
 * workItemFields(fieldMap); // => ['summary', …, 'customfield_10016', 'customfield_10050']
 */
export function workItemFields(fields: FieldMap): string[] {
  return [
    ...WORK_ITEM_FIELDS,
    ...fields.storyPointFieldIds,
    ...(fields.scoreFieldId ? [fields.scoreFieldId] : []),
  ];
}

/**
 * Maps a Jira issue to core's `WorkItem`. Scoring inputs come from the `trailmap.score` issue
 * property; story points from whichever discovered story-point field the issue has.
 *
 * @example
 * workItemFromJiraIssue(issue, fieldMap).fields.reach; // => 400
 */
export function workItemFromJiraIssue(issue: JiraIssue, fields: FieldMap): WorkItem {
  const f = issue.fields;
  const points = fields.storyPointFieldIds.map((id) => unwrapNumber(f[id])).find((n) => n !== undefined);
  const stored = readScoreProperty(issue.properties?.[SCORE_PROPERTY_KEY]);
  const status = f.status as { name?: string; statusCategory?: { key?: string } } | undefined;
  const versions = Array.isArray(f.fixVersions) ? (f.fixVersions as Array<{ name?: string }>) : [];
  const labels = Array.isArray(f.labels) ? f.labels.filter((l): l is string => typeof l === 'string') : [];
  return WorkItemSchema.parse({
    id: issue.id,
    key: issue.key,
    title: typeof f.summary === 'string' ? f.summary : issue.key,
    description: adfToText(f.description).trim(),
    type: nameOf(f.issuetype) ?? 'Task',
    status: status?.name ?? '',
    statusCategory: mapJiraStatusCategory({ category: status?.statusCategory?.key, status: status?.name }),
    labels,
    ...(points !== undefined && points >= 0 ? { estimate: { value: points, unit: 'points' } } : {}),
    project: (f.project as { key?: string } | undefined)?.key,
    ...(versions[0]?.name ? { release: versions[0].name } : {}),
    ...(nameOf(f.priority) ? { priority: nameOf(f.priority) } : {}),
    blockedBy: blockedByKeys(f.issuelinks),
    fields: { ...(stored?.inputs ?? {}) },
  });
}

/**
 * Keys of the issues blocking this one. From an issue's own point of view a "Blocks" link with
 * an `inwardIssue` reads "this is blocked by inwardIssue" (Jira's issue-linking model).
 *
 * @example
 * blockedByKeys([{ type: { name: 'Blocks' }, inwardIssue: { key: 'PM-2' } }]); // => ['PM-2']
 */
export function blockedByKeys(links: unknown): string[] {
  if (!Array.isArray(links)) return [];
  return links.flatMap((l: { type?: { name?: string }; inwardIssue?: { key?: string } }) =>
    l?.type?.name === 'Blocks' && typeof l.inwardIssue?.key === 'string' ? [l.inwardIssue.key] : [],
  );
}

/**
 * The score currently in the app's "Priority score" field, unwrapped.
 *
 * @example
 * currentScore(issue, fieldMap); // => 42
 */
export function currentScore(issue: JiraIssue, fields: FieldMap): number | undefined {
  return fields.scoreFieldId ? unwrapNumber(issue.fields[fields.scoreFieldId]) : undefined;
}
