import { route } from '@forge/api';
import chunk from 'lodash/chunk';
import groupBy from 'lodash/groupBy';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from './jiraClient';

/** One issue's new score. */
export interface ScoreWrite {
  issueId: string;
  value: number;
}

/**
 * Issue-field pairs per bulk request. The spec sets no maximum; 1,000 keeps a request well under
 * Jira's payload limits and still turns 10,000 writes into 10 calls.
 */
export const MAX_ISSUES_PER_FIELD_WRITE = 1000;

/**
 * Writes app-owned number field values with the bulk endpoint
 * (`POST /rest/api/3/app/field/value`). Issues sharing a value share one update entry, and each
 * issue appears once per request, as the spec requires.
 *
 * @example
 * await writeScoreField(jira, 'customfield_10050', [{ issueId: '10001', value: 42 }]); // one POST
 */
export async function writeScoreField(
  jira: JiraClient,
  fieldId: string,
  writes: readonly ScoreWrite[],
): Promise<AppResult<{ requests: number }>> {
  // Last write per issue wins, so a caller passing duplicates cannot make an invalid request.
  const latest = new Map(writes.map((w) => [w.issueId, w.value]));
  const unique = [...latest].map(([issueId, value]) => ({ issueId, value }));
  let requests = 0;
  for (const batch of chunk(unique, MAX_ISSUES_PER_FIELD_WRITE)) {
    const byValue = groupBy(batch, (w) => String(w.value));
    const updates = Object.values(byValue).map((group) => ({
      customField: fieldId,
      issueIds: group.map((w) => Number(w.issueId)),
      value: group[0]!.value,
    }));
    const r = await jira.send(
      'updateMultipleCustomFieldValues',
      {
        method: 'POST',
        route: route`/rest/api/3/app/field/value?generateChangelog=${'false'}`,
        body: { updates },
      },
      null,
    );
    if (!r.ok) return r;
    requests++;
  }
  return ok({ requests });
}

/**
 * Writes one issue's value with `PUT /rest/api/3/app/field/{fieldIdOrKey}/value` (the panel's save).
 *
 * @example
 * await writeScoreFieldValue(jira, 'customfield_10050', '10001', 42);
 */
export async function writeScoreFieldValue(
  jira: JiraClient,
  fieldId: string,
  issueId: string,
  value: number,
): Promise<AppResult<null>> {
  return jira.send(
    'updateCustomFieldValue',
    {
      method: 'PUT',
      route: route`/rest/api/3/app/field/${fieldId}/value`,
      body: { updates: [{ issueIds: [Number(issueId)], value }] },
    },
    null,
  );
}
