import { z } from 'zod';
import type { AppError } from '../errors/appError';
import { toUserMessage } from '../errors/toUserMessage';
import { isFeedback } from '../mapping/fromJiraFeedback';
import { releaseEvent } from '../storage/eventDedupe';
import type { FeedbackSettings } from '../storage/settings';

/**
 * The issue as the created and updated triggers' payloads carry it: enough to filter on project
 * and issue type before any REST call (description and labels are re-fetched).
 *
 * @example
 * TriggerIssueSchema.parse({ id: '10001', key: 'SUP-1', fields: { project: { key: 'SUP' }, issuetype: { name: 'Feedback' } } });
 */
export const TriggerIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({ project: z.object({ key: z.string() }), issuetype: z.object({ name: z.string() }) }),
});

/** The issue of a trigger event. */
export type TriggerIssue = z.infer<typeof TriggerIssueSchema>;

/** Whether the event's issue is feedback by the payload alone (project and issue type). */
export function isFeedbackIssue(issue: TriggerIssue, settings: FeedbackSettings): boolean {
  return isFeedback(
    { projectKey: issue.fields.project.key, issueType: issue.fields.issuetype.name },
    settings,
  );
}

/** The event's issue as `checkDuplicates` names its target. */
export function duplicateTarget(issue: TriggerIssue): {
  issueId: string;
  issueKey: string;
  projectKey: string;
} {
  return { issueId: issue.id, issueKey: issue.key, projectKey: issue.fields.project.key };
}

/**
 * A claimed event's step failed: gives the claim back, so Jira's redelivery repeats the work
 * (each step only adds what is missing), and says why in the user's words.
 */
export async function releaseFailed(
  eventId: string,
  error: AppError,
): Promise<{ action: 'failed'; message: string }> {
  await releaseEvent(eventId);
  return { action: 'failed', message: toUserMessage(error) };
}
