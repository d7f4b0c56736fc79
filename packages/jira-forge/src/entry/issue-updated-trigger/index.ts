import { z } from 'zod';
import { createJiraClient, type JiraClient } from '../../jira/jiraClient';
import { learnFromCorrection } from '../../services/feedbackLearning';
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
 * The parts of `avi:jira:updated:issue` the learner reads: the issue and the changelog.
 *
 * @example
 * IssueUpdatedEventSchema.parse({ issue: { id: '1', key: 'SUP-1', fields: { project: { key: 'SUP' }, issuetype: { name: 'Feedback' } } }, changelog: { id: '5', items: [] } });
 */
export const IssueUpdatedEventSchema = z.object({
  issue: TriggerIssueSchema,
  changelog: z
    .object({
      id: z.string().optional(),
      items: z.array(
        z.object({
          field: z.string(),
          fromString: z.string().nullable().optional(),
          toString: z.string().nullable().optional(),
        }),
      ),
    })
    .optional(),
});

/** What the learner did. */
export type UpdatedOutcome =
  | { action: 'ignored'; reason: 'invalid_event' | 'not_feedback' | 'no_relevant_change' }
  | { action: 'duplicate' }
  | {
      action: 'learned';
      added: string[];
      removed: string[];
      modelUpdated: boolean;
      duplicates?: DuplicateOutcome;
    }
  | { action: 'rechecked'; duplicates: DuplicateOutcome }
  | { action: 'failed'; message: string };

const words = (s: string | null | undefined) => new Set((s ?? '').split(/\s+/).filter(Boolean));

// An edit to these may make the issue a duplicate it was not at creation.
const TEXT_FIELDS = new Set(['summary', 'description']);

/**
 * Learns from a human label change on a feedback issue, and re-checks it for duplicates when its
 * summary or description changed (see `checkDuplicates`: it only ever adds a link). `ignoreSelf` in the manifest keeps the
 * app's own label edits out, so every change seen here is a person's correction; core's
 * `applyCorrection` folds it into the model at once.
 *
 * @example
 * await handleIssueUpdated(event, createJiraClient(), () => new Date());
 */
export async function handleIssueUpdated(
  event: unknown,
  jira: JiraClient,
  now: () => Date,
): Promise<UpdatedOutcome> {
  const parsed = IssueUpdatedEventSchema.safeParse(event);
  if (!parsed.success) return { action: 'ignored', reason: 'invalid_event' };
  const { issue, changelog } = parsed.data;
  const settings = (await loadSettings()).feedback;
  if (!isFeedbackIssue(issue, settings)) return { action: 'ignored', reason: 'not_feedback' };
  const items = changelog?.items ?? [];
  const labelItems = items.filter((i) => i.field === 'labels');
  const textChanged = items.some((i) => TEXT_FIELDS.has(i.field));
  if (labelItems.length === 0 && !textChanged) return { action: 'ignored', reason: 'no_relevant_change' };
  const eventId = `updated:${issue.id}:${changelog?.id ?? items.map((i) => `${i.field}=${i.toString ?? ''}`).join('|')}`;
  if (!(await claimEvent(eventId, now()))) return { action: 'duplicate' };
  let duplicates: DuplicateOutcome | undefined;
  if (textChanged) {
    const d = await checkDuplicates(jira, duplicateTarget(issue), { comment: settings.comment, now: now() });
    if (!d.ok) return releaseFailed(eventId, d.error);
    duplicates = d.value;
    if (labelItems.length === 0) return { action: 'rechecked', duplicates };
  }
  const added: string[] = [];
  const removed: string[] = [];
  for (const item of labelItems) {
    const before = words(item.fromString);
    const after = words(item.toString);
    added.push(...[...after].filter((l) => !before.has(l)));
    removed.push(...[...before].filter((l) => !after.has(l)));
  }
  const r = await learnFromCorrection(jira, issue.fields.project.key, issue.key, removed);
  if (!r.ok) return releaseFailed(eventId, r.error);
  return {
    action: 'learned',
    added,
    removed,
    modelUpdated: r.value.learned,
    ...(duplicates ? { duplicates } : {}),
  };
}

/**
 * `trigger` handler for `avi:jira:updated:issue`.
 *
 * @example
 * await onIssueUpdated(event);
 */
export async function onIssueUpdated(event: unknown): Promise<void> {
  await handleIssueUpdated(event, createJiraClient({ actor: 'app' }), () => new Date());
}
