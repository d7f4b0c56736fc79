import { z } from 'zod';
import type { AppError } from '../../errors/appError';
import { createJiraClient, type JiraClient } from '../../jira/jiraClient';
import { type LabelOutcome, labelNewIssue } from '../../services/feedbackLabelling';
import {
  duplicateTarget,
  isFeedbackIssue,
  releaseFailed,
  TriggerIssueSchema,
} from '../../services/issueTrigger';
import { checkDuplicates, type DuplicateOutcome } from '../../services/triggerDuplicates';
import { claimEvent } from '../../storage/eventDedupe';
import { loadSettings } from '../../storage/settings';

/**
 * The parts of the `avi:jira:created:issue` payload the app reads (no description or labels:
 * those are re-fetched).
 *
 * @example
 * IssueCreatedEventSchema.parse({ issue: { id: '10001', key: 'SUP-1', fields: { project: { key: 'SUP' }, issuetype: { name: 'Feedback' } } } });
 */
export const IssueCreatedEventSchema = z.object({ issue: TriggerIssueSchema });

/** What the trigger did, for logs and tests. */
export type CreatedOutcome =
  | (LabelOutcome & { duplicates?: DuplicateOutcome })
  | { action: 'duplicate' }
  | { action: 'invalid_event' }
  | { action: 'failed'; message: string };

/**
 * Handles one created-issue event: dedupes it, filters on the payload's project and issue type
 * before any REST call, labels the issue, then checks it for duplicates in its project (core's
 * duplicate index, thresholds learnt from the project's own duplicates; see `checkDuplicates`).
 *
 * @example
 * await handleIssueCreated(event, createJiraClient(), () => new Date());
 */
export async function handleIssueCreated(
  event: unknown,
  jira: JiraClient,
  now: () => Date,
): Promise<CreatedOutcome> {
  const parsed = IssueCreatedEventSchema.safeParse(event);
  if (!parsed.success) return { action: 'invalid_event' };
  const { issue } = parsed.data;
  const settings = (await loadSettings()).feedback;
  if (!isFeedbackIssue(issue, settings)) return { action: 'skipped', reason: 'not_feedback' };
  const eventId = `created:${issue.id}`;
  if (!(await claimEvent(eventId, now()))) return { action: 'duplicate' };
  // Redelivery repeats both steps; each only adds what is missing.
  const failed = async (step: string, error: AppError) => {
    const outcome = await releaseFailed(eventId, error);
    console.error(`${step} of ${issue.key} failed: ${outcome.message}`);
    return outcome;
  };
  const r = await labelNewIssue(jira, issue.key, settings);
  if (!r.ok) return failed('feedback labelling', r.error);
  const d = await checkDuplicates(jira, duplicateTarget(issue), { comment: settings.comment, now: now() });
  if (!d.ok) return failed('duplicate check', d.error);
  return { ...r.value, duplicates: d.value };
}

/**
 * `trigger` handler for `avi:jira:created:issue`.
 *
 * @example
 * await onIssueCreated(event);
 */
export async function onIssueCreated(event: unknown): Promise<void> {
  await handleIssueCreated(event, createJiraClient({ actor: 'app' }), () => new Date());
}
