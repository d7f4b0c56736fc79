import { type WorkItem, WorkItemSchema } from '@trailmap/core';
import { InputProblems, readJiraIssue, unwrapNumber } from '@trailmap/trackers';
import type { FieldMap } from '../jira/fieldDiscovery';
import type { JiraIssue } from '../jira/jiraSchemas';
import { readScoreProperty, SCORE_PROPERTY_KEY } from '../scoring/scoreProperty';

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
 * Maps a Jira issue to core's `WorkItem` through the one Jira REST mapping in
 * `@trailmap/trackers`. Scoring inputs come from the `trailmap.score` issue property (they win
 * over same-named tracker fields); story points from whichever discovered story-point field the
 * issue has. `project` is the project key here: the app scopes JQL and settings by it.
 *
 * @example
 * workItemFromJiraIssue(issue, fieldMap).fields.reach; // => 400
 */
export function workItemFromJiraIssue(issue: JiraIssue, fields: FieldMap): WorkItem {
  // A tracker field whose value Trailmap cannot read (a "Reach" field holding "lots") is left out
  // of the item rather than failing the resolver: scoring then names the input as missing, which
  // the panel shows as a problem the user can fix. The problems themselves are not needed here.
  const { draft } = readJiraIssue(
    issue,
    0,
    {
      storyPointFieldIds: fields.storyPointFieldIds,
      startDateFieldId: fields.startDateFieldId,
      targetDateFieldId: fields.targetDateFieldId,
      names: Object.fromEntries([...fields.idByName].map(([name, id]) => [id, name])),
    },
    { mapping: {} },
    new InputProblems(`Jira issue ${issue.key}`),
  );
  const stored = readScoreProperty(issue.properties?.[SCORE_PROPERTY_KEY]);
  const projectKey = (issue.fields.project as { key?: string } | undefined)?.key;
  const item = draft.item;
  return WorkItemSchema.parse({
    ...item,
    title: item.title || issue.key,
    ...(projectKey ? { project: projectKey } : {}),
    fields: { ...item.fields, ...(stored?.inputs ?? {}) },
  });
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
