import type { JiraIssue } from '../../src/jira/jiraSchemas';
import { jiraIssue } from './jiraIssue';

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
    return jiraIssue({
      id: String(id),
      key: `PM-${id}`,
      summary: `Idea ${i}`,
      extraFields: {
        ...(o.stale ? { customfield_10050: 1 } : {}),
        ...(o.points ? { customfield_10016: { value: 1 + (i % 5) } } : {}),
      },
      properties: {
        'trailmap.score': { framework: 'rice', inputs: { reach, impact: 2, confidence: '80%', effort: 2 } },
      },
    });
  });
}
