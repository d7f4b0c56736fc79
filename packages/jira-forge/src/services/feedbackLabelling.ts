import { type AppResult, ok } from '../errors/appError.ts';
import { labellerPort } from '../feedback/labellerPort.ts';
import { addComment, addLabels, getIssue } from '../jira/issueOperations.ts';
import type { JiraClient } from '../jira/jiraClient.ts';
import { FEEDBACK_FIELDS, feedbackTicketFromJiraIssue, isFeedback, toJiraLabel } from '../mapping/fromJiraFeedback.ts';
import { loadModelText } from '../storage/labellerModel.ts';
import type { FeedbackSettings } from '../storage/settings.ts';

/** What happened to one new issue. */
export type LabelOutcome =
  | { action: 'skipped'; reason: 'not_feedback' | 'no_model' }
  | { action: 'abstained'; suggestions: Array<{ label: string; confidence: number }>; commented: boolean }
  | { action: 'suggested' | 'labelled'; labels: Array<{ label: string; confidence: number }>; added: string[]; commented: boolean };

/**
 * Classifies a newly created feedback issue. The trigger payload has no description or labels, so
 * the issue is re-fetched. Labels are only ever added (`update.labels[].add`), only those the
 * admin allowed, only above the confidence threshold, and only in apply mode; a human's labels
 * are never touched.
 *
 * @example
 * await labelNewIssue(jira, 'SUP-12', settings.feedback);
 */
export async function labelNewIssue(
  jira: JiraClient,
  issueKey: string,
  settings: FeedbackSettings,
): Promise<AppResult<LabelOutcome>> {
  const issue = await getIssue(jira, issueKey, { fields: FEEDBACK_FIELDS });
  if (!issue.ok) return issue;
  const ticket = feedbackTicketFromJiraIssue(issue.value);
  if (!isFeedback(ticket, settings)) return ok({ action: 'skipped', reason: 'not_feedback' });
  const port = labellerPort();
  if (!port.ok) return port;
  const text = await loadModelText(ticket.projectKey);
  if (text === undefined) return ok({ action: 'skipped', reason: 'no_model' });
  const model = port.value.deserialiseModel(text);
  if (!model.ok) return ok({ action: 'skipped', reason: 'no_model' });
  const prediction = port.value.predictLabels(model.value, { title: ticket.title, body: ticket.body });

  const allowed = (label: string) =>
    settings.labels.length === 0 || settings.labels.map(toJiraLabel).includes(toJiraLabel(label));
  const confident = prediction.labels.filter((l) => l.confidence >= settings.threshold && allowed(l.label));
  const pct = (c: number) => `${Math.round(c * 100)} %`;

  if (confident.length === 0) {
    const suggestions = prediction.ranked.filter((l) => allowed(l.label)).slice(0, 3);
    return ok({ action: 'abstained', suggestions, commented: false });
  }
  // Apply only when both the admin and the model agree; a model trained on too little data only suggests.
  const apply = settings.mode === 'apply' && prediction.mode === 'apply';
  const existing = new Set(ticket.labels.map((l) => l.toLowerCase()));
  const toAdd = apply ? confident.map((l) => toJiraLabel(l.label)).filter((l) => !existing.has(l)) : [];
  if (toAdd.length > 0) {
    const added = await addLabels(jira, ticket.key, toAdd);
    if (!added.ok) return added;
  }
  let commented = false;
  if (settings.comment) {
    const list = confident.map((l) => `${toJiraLabel(l.label)} (${pct(l.confidence)})`).join(', ');
    const verb = apply ? 'labelled this issue' : 'suggests the labels';
    const c = await addComment(jira, ticket.key, `Trailmap ${verb}: ${list}. Model ${prediction.modelVersion}.`);
    if (!c.ok) return c;
    commented = true;
  }
  return ok({ action: apply ? 'labelled' : 'suggested', labels: confident, added: toAdd, commented });
}
