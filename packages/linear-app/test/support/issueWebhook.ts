/** Overrides of an Issue webhook body. */
export interface IssueWebhookOverrides {
  action?: 'create' | 'update' | 'remove';
  organizationId?: string;
  actorId?: string;
  data?: Record<string, unknown>;
  updatedFrom?: Record<string, unknown>;
}

/**
 * A Linear `Issue` webhook body (the `EntityWebhookPayload` shape, with every required field of
 * `IssueWebhookPayload`), as the intake stores it in a job.
 *
 * @example
 * issueWebhook({ action: 'create', data: { title: 'Crash on save' } });
 */
export function issueWebhook(o: IssueWebhookOverrides = {}): Record<string, unknown> {
  const data = {
    id: 'issue-new',
    identifier: 'FB-100',
    number: 100,
    title: 'New issue',
    description: '',
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-02-20T09:00:00.000Z',
    url: 'https://linear.app/acme/issue/FB-100',
    teamId: 'team-fb',
    team: { id: 'team-fb', key: 'FB', name: 'Feedback' },
    stateId: 'state-triage',
    state: { id: 'state-triage', name: 'Triage', color: '#fc7840', type: 'triage' },
    labelIds: [],
    labels: [],
    priority: 0,
    priorityLabel: 'No priority',
    prioritySortOrder: 0,
    sortOrder: 1,
    previousIdentifiers: [],
    reactionData: [],
    releases: [],
    subscriberIds: [],
    ...o.data,
  };
  return {
    action: o.action ?? 'create',
    type: 'Issue',
    createdAt: '2026-02-20T09:00:00.000Z',
    organizationId: o.organizationId ?? 'org-label',
    webhookId: 'wh-1',
    webhookTimestamp: Date.UTC(2026, 1, 20, 9),
    url: data.url,
    actor: { id: o.actorId ?? 'user-human', type: 'user', name: 'Maya' },
    data,
    ...(o.updatedFrom ? { updatedFrom: o.updatedFrom } : {}),
  };
}
