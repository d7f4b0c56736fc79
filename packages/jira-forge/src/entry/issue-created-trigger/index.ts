import { z } from 'zod';
import { toUserMessage } from '../../errors/toUserMessage';
import { createJiraClient, type JiraClient } from '../../jira/jiraClient';
import { isFeedback } from '../../mapping/fromJiraFeedback';
import { type LabelOutcome, labelNewIssue } from '../../services/feedbackLabelling';
import { checkDuplicates, type DuplicateOutcome } from '../../services/triggerDuplicates';
import { claimEvent, releaseEvent } from '../../storage/eventDedupe';
import { loadSettings } from '../../storage/settings';

/**
 * The parts of the `avi:jira:created:issue` payload the app reads (no description or labels:
 * those are re-fetched).
 *
 * @example
 * IssueCreatedEventSchema.parse({ issue: { id: '10001', key: 'SUP-1', fields: { project: { key: 'SUP' }, issuetype: { name: 'Feedback' } } } });
 */
export const IssueCreatedEventSchema = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string(),
    fields: z.object({
      project: z.object({ key: z.string() }),
      issuetype: z.object({ name: z.string() }),
    }),
  }),
});

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
  const cheap = { projectKey: issue.fields.project.key, issueType: issue.fields.issuetype.name };
  if (!isFeedback(cheap, settings)) return { action: 'skipped', reason: 'not_feedback' };
  const eventId = `created:${issue.id}`;
  if (!(await claimEvent(eventId, now()))) return { action: 'duplicate' };
  const r = await labelNewIssue(jira, issue.key, settings);
  if (!r.ok) {
    await releaseEvent(eventId);
    const message = toUserMessage(r.error);
    console.error(`feedback labelling of ${issue.key} failed: ${message}`);
    return { action: 'failed', message };
  }
  const d = await checkDuplicates(
    jira,
    { issueId: issue.id, issueKey: issue.key, projectKey: issue.fields.project.key },
    { comment: settings.comment, now: now() },
  );
  if (!d.ok) {
    // Redelivery repeats both steps; each only adds what is missing.
    await releaseEvent(eventId);
    const message = toUserMessage(d.error);
    console.error(`duplicate check of ${issue.key} failed: ${message}`);
    return { action: 'failed', message };
  }
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
