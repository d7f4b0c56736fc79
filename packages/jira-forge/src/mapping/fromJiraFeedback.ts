import { adfToText, nameOf } from '@trailmap/trackers';
import type { JiraIssue } from '../jira/jiraSchemas';
import type { FeedbackSettings } from '../storage/settings';

/** Fields a feedback issue is classified from. */
export const FEEDBACK_FIELDS = ['summary', 'description', 'labels', 'issuetype', 'project'];

/** A Jira issue reduced to what the labeller reads. */
export interface FeedbackTicket {
  id: string;
  key: string;
  projectKey: string;
  issueType: string;
  title: string;
  body: string;
  labels: string[];
}

/**
 * Maps a Jira issue (v3: description in ADF) to the labeller's ticket.
 *
 * @example
 * feedbackTicketFromJiraIssue(issue).body; // => 'It crashes when…'
 */
export function feedbackTicketFromJiraIssue(issue: JiraIssue): FeedbackTicket {
  const f = issue.fields;
  return {
    id: issue.id,
    key: issue.key,
    projectKey: String((f.project as { key?: string } | undefined)?.key ?? ''),
    issueType: nameOf(f.issuetype) ?? '',
    title: typeof f.summary === 'string' ? f.summary : '',
    body: adfToText(f.description).trim(),
    labels: Array.isArray(f.labels) ? f.labels.filter((l): l is string => typeof l === 'string') : [],
  };
}

/**
 * Whether the settings count this issue as feedback (project and issue type both listed).
 *
 * @example
 * isFeedback(ticket, settings.feedback); // => true
 */
export function isFeedback(
  ticket: Pick<FeedbackTicket, 'projectKey' | 'issueType'>,
  settings: FeedbackSettings,
): boolean {
  return (
    settings.enabled &&
    settings.projectKeys.includes(ticket.projectKey) &&
    settings.issueTypes.some((t) => t.toLowerCase() === ticket.issueType.toLowerCase())
  );
}

/**
 * A model label as a Jira label: Jira labels cannot hold spaces.
 *
 * @example
 * toJiraLabel('feature request'); // => 'feature-request'
 */
export function toJiraLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, '-');
}
