import { type AppliedLabel, type LabelScore, mergeLabels, predictLabels } from '@trailmap/core';
import { type AppResult, ok } from '../errors/appError';
import { addComment, addLabels, getIssue } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import {
  FEEDBACK_FIELDS,
  feedbackTicketFromJiraIssue,
  isFeedback,
  toJiraLabel,
} from '../mapping/fromJiraFeedback';
import { loadLabeller } from '../storage/labellerStore';
import type { FeedbackSettings } from '../storage/settings';

/** What happened to one new issue. */
export type LabelOutcome =
  | { action: 'skipped'; reason: 'not_feedback' | 'no_model' }
  | { action: 'abstained'; suggestions: LabelScore[]; commented: boolean }
  | {
      action: 'suggested' | 'labelled';
      applied: AppliedLabel[];
      added: string[];
      suggestions: LabelScore[];
      commented: boolean;
    };

const pct = (c: number) => `${Math.round(c * 100)} %`;

/**
 * Classifies a newly created feedback issue. The trigger payload has no description or labels, so
 * the issue is re-fetched. Core's `mergeLabels` decides what may be added (never a label a human
 * set or removed, nothing in suggest mode); Jira gets only `update.labels[].add`, so even a race
 * with a person editing the issue cannot remove their labels.
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
  const model = await loadLabeller(ticket.projectKey);
  if (!model) return ok({ action: 'skipped', reason: 'no_model' });
  const prediction = predictLabels(model, { title: ticket.title, body: ticket.body });

  const allowed = new Set(settings.labels.map(toJiraLabel));
  const permitted = (label: string) => allowed.size === 0 || allowed.has(toJiraLabel(label));
  const confident = prediction.labels.filter((l) => l.confidence >= settings.threshold && permitted(l.label));
  const suggestions = prediction.ranked.filter((l) => permitted(l.label)).slice(0, 3);
  if (confident.length === 0) return ok({ action: 'abstained', suggestions, commented: false });

  // Apply only when the admin chose apply mode and the model is trained well enough to apply.
  const mode = settings.mode === 'apply' && prediction.mode === 'apply' ? 'apply' : 'suggest';
  const merged = mergeLabels(
    ticket.labels,
    confident.map((l) => ({
      label: toJiraLabel(l.label),
      confidence: l.confidence,
      modelVersion: prediction.modelVersion,
      source: 'model' as const,
    })),
    { mode },
  );
  const added = merged.applied.map((a) => a.label);
  if (added.length > 0) {
    const r = await addLabels(jira, ticket.key, added);
    if (!r.ok) return r;
  }
  let commented = false;
  if (settings.comment) {
    const list = confident.map((l) => `${toJiraLabel(l.label)} (${pct(l.confidence)})`).join(', ');
    const text =
      mode === 'apply'
        ? `Trailmap added ${added.join(', ') || 'no new labels'}: ${list}. Model ${prediction.modelVersion}.`
        : `Trailmap suggests: ${list}. Model ${prediction.modelVersion}.`;
    const c = await addComment(jira, ticket.key, text);
    if (!c.ok) return c;
    commented = true;
  }
  return ok({
    action: mode === 'apply' ? 'labelled' : 'suggested',
    applied: merged.applied,
    added,
    suggestions,
    commented,
  });
}
