import { applyCorrection } from '@trailmap/core';
import { type AppResult, ok } from '../errors/appError';
import { getIssue } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import { FEEDBACK_FIELDS, feedbackTicketFromJiraIssue, toJiraLabel } from '../mapping/fromJiraFeedback';
import { loadLabeller, storeLabeller } from '../storage/labellerStore';

/**
 * Folds one human label change into the project's model with core's incremental
 * `applyCorrection` (no retrain). The issue is re-fetched for its text.
 *
 * @example
 * await learnFromCorrection(jira, 'SUP', 'SUP-3', ['question']);
 */
export async function learnFromCorrection(
  jira: JiraClient,
  projectKey: string,
  issueKey: string,
  removed: readonly string[],
): Promise<AppResult<{ learned: boolean; modelVersion?: string }>> {
  const model = await loadLabeller(projectKey);
  if (!model) return ok({ learned: false });
  const issue = await getIssue(jira, issueKey, { fields: FEEDBACK_FIELDS });
  if (!issue.ok) return issue;
  const t = feedbackTicketFromJiraIssue(issue.value);
  // Learn only in the model's label space: other labels (team tags, 'customer-x') are not classes.
  const has = (list: readonly string[], label: string) =>
    list.some((x) => x.toLowerCase() === toJiraLabel(label));
  const labels = model.labels.filter((l) => has(t.labels, l));
  const gone = model.labels.filter((l) => has(removed, l));
  if (labels.length === 0 && gone.length === 0) return ok({ learned: false });
  const updated = applyCorrection(model, { title: t.title, body: t.body, labels, removed: gone });
  if (!updated.ok) return ok({ learned: false });
  await storeLabeller(projectKey, updated.value);
  return ok({ learned: true, modelVersion: updated.value.version });
}
