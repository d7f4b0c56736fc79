import type { JiraIssue } from '../../src/jira/jiraSchemas';
import { type IssueOverrides, jiraIssue } from './jiraIssue';

/**
 * `n` PM issues with RICE inputs in the `trailmap.score` property (score = reach × 2 × 0.8 ÷ 2)
 * and, optionally, a stale value in the score field.
 *
 * @example
 * scoredIssues(3, { stale: true }); // three issues whose field needs a rewrite
 */
export function scoredIssues(
  n: number,
  o: { stale?: boolean; startId?: number; points?: boolean } = {},
): JiraIssue[] {
  return Array.from({ length: n }, (_, i) => {
    const id = (o.startId ?? 30000) + i;
    const reach = 100 + (i % 50) * 10;
    return scoredIssue({
      id: String(id),
      key: `PM-${id}`,
      summary: `Idea ${i}`,
      extraFields: {
        ...(o.stale ? { customfield_10050: 1 } : {}),
        ...(o.points ? { customfield_10016: { value: 1 + (i % 5) } } : {}),
      },
      inputs: { reach, impact: 2, confidence: '80%', effort: 2 },
    });
  });
}

/**
 * One issue whose `trailmap.score` property holds `inputs` for `framework` (RICE unless said),
 * beside any other `properties`.
 *
 * @example
 * scoredIssue({ key: 'PM-2', summary: 'SSO', inputs: { reach: 900, impact: 2, confidence: '80%', effort: 2 } });
 */
export function scoredIssue(
  o: IssueOverrides & { inputs: Record<string, unknown>; framework?: string },
): JiraIssue {
  const { inputs, framework = 'rice', properties, ...issue } = o;
  return jiraIssue({ ...issue, properties: { 'trailmap.score': { framework, inputs }, ...properties } });
}

/**
 * PM-<n> (id 1000<n>) scored with RICE `inputs`; `scoreField` is the value already in the score
 * field (customfield_10050), if any.
 *
 * @example
 * pmIdea(2, 'SSO', { reach: 900, impact: 2, confidence: '80%', effort: 2 }, { scoreField: 900 });
 */
export const pmIdea = (
  n: number,
  summary: string,
  inputs: Record<string, unknown>,
  o: { scoreField?: number; properties?: Record<string, unknown> } = {},
): JiraIssue =>
  scoredIssue({
    id: `1000${n}`,
    key: `PM-${n}`,
    summary,
    inputs,
    properties: o.properties,
    ...(o.scoreField === undefined ? {} : { extraFields: { customfield_10050: o.scoreField } }),
  });

/** PM-1 "Bulk edit", the issue the issue-panel suites open. */
export const BULK_EDIT = { id: '10001', key: 'PM-1', summary: 'Bulk edit' } as const;
