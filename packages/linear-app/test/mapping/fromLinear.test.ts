import { BacklogSchema, WorkItemSchema } from '@trailmap/core';
import { computeDemand, DEFAULT_DEMAND_WEIGHTS } from '@trailmap/core/scoring';
import { REVENUE_SIZE_TIER_WEIGHTS } from '@trailmap/test-support';
import {
  completedScope,
  linearPriorityName,
  mapCustomer,
  mapCustomerNeed,
  mapEstimate,
  mapIssue,
  mapProjectStatus,
  mapRelations,
  mapStateType,
} from '@trailmap/trackers';
import { describe, expect, it } from 'vitest';
import type { IssueNode } from '../../src/linear/documents/issuesPage';
import { mapIssueWebhook } from '../../src/mapping/fromLinearWebhook';
import { issueWebhook } from '../support/issueWebhook';
import { conn, issueFixture } from '../support/linearFixtures';

const ref = (n: number) => ({ id: `issue-${n}`, identifier: `ENG-${n}` });

describe('fromLinearIssue', () => {
  it('maps Linear priorities to the names Linear shows, unknown values to none', () => {
    expect([0, 1, 2, 3, 4, 7].map(linearPriorityName)).toEqual([
      'No priority',
      'Urgent',
      'High',
      'Medium',
      'Low',
      'No priority',
    ]);
  });

  it('maps state types: triage/backlog/unstarted to todo, canceled to done+canceled', () => {
    expect(mapStateType('triage')).toEqual({ statusCategory: 'todo', canceled: false });
    expect(mapStateType('started')).toEqual({ statusCategory: 'in_progress', canceled: false });
    expect(mapStateType('completed')).toEqual({ statusCategory: 'done', canceled: false });
    expect(mapStateType('canceled')).toEqual({ statusCategory: 'done', canceled: true });
  });

  it('treats a missing or negative estimate as no estimate', () => {
    expect(mapEstimate(null)).toBeUndefined();
    expect(mapEstimate(-1)).toBeUndefined();
    expect(mapEstimate(0)).toEqual({ value: 0, unit: 'points' });
  });

  it('reads blocks from relations and blocked-by from inverse relations, ignoring duplicates/related', () => {
    const out = mapRelations(
      'ENG-2',
      [
        { id: 'a', type: 'blocks', issue: ref(2), relatedIssue: ref(3) },
        { id: 'b', type: 'duplicate', issue: ref(2), relatedIssue: ref(9) },
      ],
      [{ id: 'c', type: 'blocks', issue: ref(1), relatedIssue: ref(2) }],
    );
    expect(out).toEqual({ blocks: ['ENG-3'], blockedBy: ['ENG-1'] });
  });

  it('produces a valid core work item with cycle as release and customers from requests', () => {
    const node = issueFixture(5, {
      cycle: { id: 'cyc-1', number: 1, name: null },
      parent: ref(1),
      needs: conn([
        {
          id: 'n1',
          priority: 0,
          body: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: { id: 'c1', name: 'A', revenue: null, size: null, tier: null },
        },
        {
          id: 'n2',
          priority: 1,
          body: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: { id: 'c1', name: 'A', revenue: null, size: null, tier: null },
        },
      ]),
    }) as unknown as IssueNode;
    const item = WorkItemSchema.parse(mapIssue(node));
    expect(item).toMatchObject({
      key: 'ENG-5',
      release: 'cyc-1',
      parentKey: 'ENG-1',
      customerIds: ['c1'],
      feedbackIds: ['n1', 'n2'],
    });
  });
});

describe('fromLinearProject', () => {
  it('maps project statuses; paused counts as in progress', () => {
    expect(mapProjectStatus('paused').statusCategory).toBe('in_progress');
    expect(mapProjectStatus('backlog').statusCategory).toBe('todo');
  });

  it('reads velocity only from finished cycles', () => {
    const base = { completedAt: null, isPast: false, completedScopeHistory: [0, 4, 9] };
    expect(completedScope({ ...base } as never)).toBeUndefined();
    expect(completedScope({ ...base, isPast: true } as never)).toBe(9);
  });
});

describe('fromLinearWebhook', () => {
  it('detects a human label change from updatedFrom.labelIds', () => {
    const event = mapIssueWebhook(
      issueWebhook({
        action: 'update',
        data: { labelIds: ['b', 'c'] },
        updatedFrom: { labelIds: ['a', 'b'] },
      }),
    );
    expect(event).toMatchObject({ kind: 'labels_changed', addedLabelIds: ['c'], removedLabelIds: ['a'] });
  });

  it('ignores updates of other fields and non-Issue payloads', () => {
    expect(mapIssueWebhook(issueWebhook({ action: 'update', updatedFrom: { title: 'old' } })).kind).toBe(
      'ignored',
    );
    expect(mapIssueWebhook({ type: 'Comment' }).kind).toBe('ignored');
  });
});

describe('Reach from customer requests', () => {
  const customers = [
    mapCustomer({
      id: 'big',
      name: 'Big',
      revenue: 500_000,
      size: 2000,
      tier: { id: 't1', name: 'Enterprise', displayName: 'Enterprise' },
    }),
    mapCustomer({
      id: 'small',
      name: 'Small',
      revenue: 10_000,
      size: 5,
      tier: { id: 't2', name: 'Free', displayName: 'Free' },
    }),
  ];
  const need = (id: string, customerId: string | null, priority = 0) =>
    mapCustomerNeed(
      {
        id,
        priority,
        body: '',
        createdAt: '2026-01-01T00:00:00.000Z',
        customer: customerId
          ? { id: customerId, name: customerId, revenue: null, size: null, tier: null }
          : null,
      },
      ['ENG-1'],
    );
  const backlog = BacklogSchema.parse({
    items: [{ id: '1', key: 'ENG-1', title: 'x', statusCategory: 'todo' }],
    customers,
    feedback: [need('n1', 'big', 1), need('n2', 'big'), need('n3', 'small'), need('n4', null)],
  });
  const item = backlog.items[0]!;

  it('counts each customer once, weights important requests, and counts anonymous ones', () => {
    const d = computeDemand(item, backlog, DEFAULT_DEMAND_WEIGHTS);
    expect(d.customers.map((c) => [c.customerId, c.requests, c.weight])).toEqual([
      ['big', 2, 1.5],
      ['small', 1, 1],
    ]);
    expect(d.reach).toBe(3.5);
  });

  it('combines revenue, size and tier weights as configured', () => {
    const d = computeDemand(item, backlog, { ...DEFAULT_DEMAND_WEIGHTS, ...REVENUE_SIZE_TIER_WEIGHTS });
    // big: (5 + 2) × 2 = 14; small: (0.1 + 0.005) × 1 = 0.105 → 0.11 (rounded to cents)
    expect(d.customers.map((c) => c.weight)).toEqual([14, 0.11]);
    expect(d.reach).toBe(14.11);
  });
});
