import { z } from 'zod';

const ActorSchema = z
  .object({ id: z.string(), type: z.string().optional(), name: z.string().optional() })
  .passthrough();

/** The parts of Linear's `IssueWebhookPayload` the jobs use; everything else passes through. */
export const IssueWebhookDataSchema = z
  .object({
    id: z.string(),
    identifier: z.string(),
    title: z.string(),
    description: z.string().nullish(),
    teamId: z.string(),
    team: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullish(),
    state: z.object({ id: z.string(), name: z.string(), type: z.string() }),
    labelIds: z.array(z.string()),
    labels: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
    botActor: z.unknown().optional(),
  })
  .passthrough();

/** A Linear `Issue` webhook envelope (`action`, `data`, `updatedFrom`, `actor`). */
export const IssueWebhookSchema = z
  .object({
    type: z.literal('Issue'),
    action: z.enum(['create', 'update', 'remove']),
    organizationId: z.string(),
    webhookTimestamp: z.number(),
    actor: ActorSchema.nullish(),
    data: IssueWebhookDataSchema,
    updatedFrom: z.record(z.string(), z.unknown()).nullish(),
  })
  .passthrough();
export type IssueWebhook = z.infer<typeof IssueWebhookSchema>;

/** The issue as the labelling jobs see it. */
export interface WebhookIssue {
  id: string;
  identifier: string;
  title: string;
  description: string;
  teamId: string;
  teamKey: string | undefined;
  stateType: string;
  labelIds: string[];
  labelNames: string[];
}

/** What an Issue webhook means for Trailmap. */
export type IssueEvent =
  | { kind: 'created'; organizationId: string; actorId: string | undefined; issue: WebhookIssue }
  | {
      kind: 'labels_changed';
      organizationId: string;
      actorId: string | undefined;
      issue: WebhookIssue;
      addedLabelIds: string[];
      removedLabelIds: string[];
    }
  | { kind: 'removed'; organizationId: string; actorId: string | undefined; issueId: string }
  | { kind: 'ignored'; reason: string };

/**
 * Maps an Issue webhook body to the event the jobs act on. Label changes are detected from
 * `updatedFrom.labelIds` (Linear sends the previous value only for changed fields).
 *
 * @example
 * mapIssueWebhook(body).kind; // => 'created'
 */
export function mapIssueWebhook(body: unknown): IssueEvent {
  const parsed = IssueWebhookSchema.safeParse(body);
  if (!parsed.success)
    return { kind: 'ignored', reason: `not an Issue webhook: ${parsed.error.issues[0]?.message}` };
  const hook = parsed.data;
  const issue = mapWebhookIssue(hook);
  const actorId = hook.actor?.id;
  if (hook.action === 'create')
    return { kind: 'created', organizationId: hook.organizationId, actorId, issue };
  if (hook.action === 'remove')
    return { kind: 'removed', organizationId: hook.organizationId, actorId, issueId: issue.id };
  const previous = mapPreviousLabelIds(hook.updatedFrom);
  if (!previous) return { kind: 'ignored', reason: 'labels unchanged' };
  const before = new Set(previous);
  const after = new Set(issue.labelIds);
  const addedLabelIds = issue.labelIds.filter((id) => !before.has(id));
  const removedLabelIds = previous.filter((id) => !after.has(id));
  if (addedLabelIds.length === 0 && removedLabelIds.length === 0)
    return { kind: 'ignored', reason: 'labels unchanged' };
  return {
    kind: 'labels_changed',
    organizationId: hook.organizationId,
    actorId,
    issue,
    addedLabelIds,
    removedLabelIds,
  };
}

/**
 * The label ids before an update, or undefined when the update did not touch labels.
 *
 * @example
 * mapPreviousLabelIds({ labelIds: ['a'] }); // => ['a']
 */
export function mapPreviousLabelIds(
  updatedFrom: Record<string, unknown> | null | undefined,
): string[] | undefined {
  const parsed = z.array(z.string()).safeParse(updatedFrom?.labelIds);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The issue fields of a webhook body.
 *
 * @example
 * mapWebhookIssue(hook).stateType; // => 'triage'
 */
export function mapWebhookIssue(hook: IssueWebhook): WebhookIssue {
  const d = hook.data;
  return {
    id: d.id,
    identifier: d.identifier,
    title: d.title,
    description: d.description ?? '',
    teamId: d.teamId,
    teamKey: d.team?.key ?? d.identifier.split('-')[0],
    stateType: d.state.type,
    labelIds: d.labelIds,
    labelNames: d.labels.map((l) => l.name),
  };
}
