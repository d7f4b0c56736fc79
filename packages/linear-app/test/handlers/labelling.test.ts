import { predictLabels } from '@trailmap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAreaModel } from '../../src/jobs/handlers/areaModelStore';
import { issueHandler } from '../../src/jobs/handlers/issueHandler';
import { loadLabelModel } from '../../src/jobs/handlers/labelModelStore';
import type { JobHandler } from '../../src/jobs/worker';
import type { Store } from '../../src/storage/store';
import { issueWebhook } from '../support/issueWebhook';
import {
  APP_USER,
  LABEL_ORG,
  type LinearWorld,
  labelledStore,
  labellerSettings,
  LABEL_NOW as NOW,
  runJob,
  seedAreaHistory,
  testApi,
  worldResolvers,
} from '../support/labellerWorld';
import { schemaMissing } from '../support/linearSchema';
import { startLinearMock } from '../support/useLinearMock';

let store: Store;
let world: LinearWorld;
let handler: JobHandler;

beforeEach(async () => {
  store = await labelledStore();
  world = {
    labels: [
      { id: 'lbl-ux', name: 'ux', team: { id: 'team-fb' } },
      { id: 'lbl-feature', name: 'Feature', team: null },
    ],
    issueLabels: new Map([['issue-new', ['lbl-ux']]]),
    comments: [],
    relations: [],
  };
  handler = issueHandler({ settings: labellerSettings, api: testApi });
});
afterEach(() => store.close());

const crash = {
  id: 'issue-new',
  title: 'App crashes with an error when saving a draft',
  description: 'It throws an exception.',
};
const created = (issue = crash) =>
  issueWebhook({
    data: {
      id: issue.id,
      title: issue.title,
      description: issue.description,
      labelIds: ['lbl-ux'],
      labels: [{ id: 'lbl-ux', name: 'ux', color: '#000' }],
    },
  });

describe.skipIf(schemaMissing)('classify-and-label job', () => {
  it('adds the predicted label without removing the human one, creating the missing label once', async () => {
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    const outcome = await runJob(handler, store, created(), NOW);
    expect(outcome.kind).toBe('done');
    const bug = world.labels.find((l) => l.name === 'Bug');
    expect(bug).toBeDefined();
    expect(world.issueLabels.get('issue-new')).toEqual(['lbl-ux', bug?.id]);
    expect(linear.named('CreateLabel')).toHaveLength(1);
    // Labels are only ever added, never set: no issueUpdate(labelIds) that could drop one.
    expect(linear.names()).not.toContain('MoveIssue');
    expect(linear.operations.every((o) => !o.query.includes('labelIds'))).toBe(true);
    expect(world.comments[0]?.body).toMatch(/Labelled by Trailmap: Bug \(\d+ %\)/);
  });

  it('is idempotent: running the job again creates no label, comment or label change', async () => {
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    await runJob(handler, store, created(), NOW);
    const labelsAfterFirst = [...(world.issueLabels.get('issue-new') ?? [])];
    const job = created();
    await runJob(handler, store, job, NOW);
    expect(linear.named('CreateLabel')).toHaveLength(1);
    expect(world.labels.filter((l) => l.name === 'Bug')).toHaveLength(1);
    expect(world.issueLabels.get('issue-new')).toEqual(labelsAfterFirst);
    expect(world.comments).toHaveLength(1);
  });

  it('uses an existing workspace label of a known spelling instead of creating one', async () => {
    const feature = {
      id: 'issue-new',
      title: 'Please add support for a new calendar integration',
      description: 'Allow users to sync.',
    };
    const linear = startLinearMock({ resolvers: worldResolvers(world, feature) });
    await runJob(handler, store, created(feature), NOW);
    expect(world.issueLabels.get('issue-new')).toContain('lbl-feature');
    expect(linear.named('CreateLabel')).toHaveLength(0);
  });

  it('links a likely duplicate (≥ 0.92) with a duplicate relation', async () => {
    const dup = {
      id: 'issue-new',
      title: 'Invoice PDF download returns a blank page in Safari',
      description: 'Clicking download invoice PDF in Safari opens a blank page instead of the file.',
    };
    startLinearMock({ resolvers: worldResolvers(world, dup) });
    await runJob(handler, store, created(dup), NOW);
    expect(world.relations).toEqual([
      expect.objectContaining({ issueId: 'issue-new', relatedIssueId: 'hist-dup', type: 'duplicate' }),
    ]);
    expect(world.comments[0]?.body).toContain('Likely duplicate of FB-90');
  });

  it('ignores issues outside feedback teams and triage', async () => {
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    const other = issueWebhook({
      data: {
        team: { id: 't2', key: 'ENG', name: 'Eng' },
        teamId: 't2',
        identifier: 'ENG-1',
        state: { id: 's', name: 'Todo', color: '#000', type: 'unstarted' },
      },
    });
    expect((await runJob(handler, store, other, NOW)).kind).toBe('done');
    expect(linear.operations).toHaveLength(0);
  });

  it('ignores events caused by the app itself', async () => {
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    await runJob(handler, store, issueWebhook({ actorId: APP_USER, data: { title: crash.title } }), NOW);
    expect(linear.operations).toHaveLength(0);
  });
});

describe.skipIf(schemaMissing)("the team's own area labels", () => {
  const invoice = {
    id: 'issue-new',
    title: 'Invoice shows the wrong total after the discount',
    description: 'The billing invoice charged the full plan price.',
  };
  const billingLabel = { id: 'lbl-billing', name: 'billing', team: { id: 'team-fb' } };

  it("learns the team's area labels from its history and applies one, keeping the human label", async () => {
    await seedAreaHistory(store);
    world.labels.push(billingLabel);
    const linear = startLinearMock({ resolvers: worldResolvers(world, invoice) });
    expect((await runJob(handler, store, created(invoice), NOW)).kind).toBe('done');
    expect(world.issueLabels.get('issue-new')).toEqual(expect.arrayContaining(['lbl-ux', 'lbl-billing']));
    // The team's existing label is used; no second "billing" is created.
    expect(linear.named('CreateLabel').every((o) => !JSON.stringify(o.variables).includes('billing'))).toBe(
      true,
    );
    expect(world.comments[0]?.body).toMatch(/Labelled by Trailmap: .*billing \(\d+ %\)/);
  });

  it('trains the area model once and reuses the stored one', async () => {
    await seedAreaHistory(store);
    world.labels.push(billingLabel);
    startLinearMock({ resolvers: worldResolvers(world, invoice) });
    await runJob(handler, store, created(invoice), NOW);
    const first = await loadAreaModel(store, { organizationId: LABEL_ORG, teamKey: 'FB' });
    expect(first?.revision).toBe(1);
    await runJob(handler, store, created(invoice), NOW);
    const second = await loadAreaModel(store, { organizationId: LABEL_ORG, teamKey: 'FB' });
    expect(second?.model.version).toBe(first?.model.version);
  });

  it('only suggests area labels while the history is thin', async () => {
    await seedAreaHistory(store, ['']);
    world.labels.push(billingLabel);
    startLinearMock({ resolvers: worldResolvers(world, invoice) });
    await runJob(handler, store, created(invoice), NOW);
    expect(world.issueLabels.get('issue-new')).not.toContain('lbl-billing');
    expect(world.comments[0]?.body).toMatch(/Suggested labels \(still learning\): .*billing/);
  });

  it('keeps labelling kinds when the team has no area labels yet', async () => {
    startLinearMock({ resolvers: worldResolvers(world, crash) });
    expect((await runJob(handler, store, created(), NOW)).kind).toBe('done');
    expect(await loadAreaModel(store, { organizationId: LABEL_ORG, teamKey: 'FB' })).toBeUndefined();
    expect(world.comments[0]?.body).toMatch(/Labelled by Trailmap: Bug/);
  });
});

describe.skipIf(schemaMissing)('learning from a human label change', () => {
  const text = { title: 'Dashboard charts render slowly with many tickets', body: '' };
  const change = (from: string[], to: { id: string; name: string }[], actorId?: string) =>
    issueWebhook({
      action: 'update',
      ...(actorId ? { actorId } : {}),
      data: {
        id: 'issue-7',
        title: text.title,
        labelIds: to.map((l) => l.id),
        labels: to.map((l) => ({ ...l, color: '#000' })),
      },
      updatedFrom: { labelIds: from, updatedAt: '2026-02-20T08:00:00.000Z' },
    });

  it('applies the correction to the stored model (revision + 1) and moves the prediction toward it', async () => {
    world.labels.push(
      { id: 'lbl-bug', name: 'Bug', team: null },
      { id: 'lbl-impr', name: 'Improvement', team: null },
    );
    startLinearMock({ resolvers: worldResolvers(world, crash) });
    // Cold start happens on first use; the human then corrects Bug → Improvement.
    await runJob(handler, store, change(['lbl-bug'], [{ id: 'lbl-impr', name: 'Improvement' }]), NOW);
    const stored = await loadLabelModel(store, LABEL_ORG);
    expect(stored?.revision).toBe(2);
    const p = predictLabels(stored!.model, text);
    const improvement = p.ranked.find((l) => l.label === 'improvement')?.confidence ?? 0;
    for (let i = 0; i < 3; i++) {
      await runJob(handler, store, change(['lbl-bug'], [{ id: 'lbl-impr', name: 'Improvement' }]), NOW);
    }
    const after = await loadLabelModel(store, LABEL_ORG);
    expect(after?.revision).toBe(5);
    const q = predictLabels(after!.model, text);
    expect(q.ranked.find((l) => l.label === 'improvement')?.confidence ?? 0).toBeGreaterThan(improvement);
  });

  it("teaches the team's area model when a human moves an issue from one area to another", async () => {
    await seedAreaHistory(store);
    world.labels.push({ id: 'lbl-billing', name: 'billing', team: { id: 'team-fb' } });
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    // The first classification trains and stores the team's area model.
    await runJob(handler, store, created(), NOW);
    const key = { organizationId: LABEL_ORG, teamKey: 'FB' };
    const before = await loadAreaModel(store, key);
    expect(before?.revision).toBe(1);
    world.labels.push({ id: 'lbl-auth', name: 'auth', team: { id: 'team-fb' } });
    const moved = issueWebhook({
      action: 'update',
      data: {
        id: 'issue-7',
        title: 'Checkout page logs me out before I can pay',
        labelIds: ['lbl-auth'],
        labels: [{ id: 'lbl-auth', name: 'auth', color: '#000' }],
      },
      updatedFrom: { labelIds: ['lbl-billing'], updatedAt: '2026-02-20T08:00:00.000Z' },
    });
    expect((await runJob(handler, store, moved, NOW)).kind).toBe('done');
    expect(linear.named('LabelsByIds')).toHaveLength(1);
    const after = await loadAreaModel(store, key);
    expect(after?.revision).toBe(2);
    const ticket = { title: 'Checkout page logs me out before I can pay', body: '' };
    const auth = (m: typeof before) => predictLabels(m!.model, ticket).ranked.find((l) => l.label === 'auth');
    expect(auth(after)?.confidence ?? 0).toBeGreaterThan(auth(before)?.confidence ?? 0);
  });

  it('does not learn from label changes made by the app', async () => {
    startLinearMock({ resolvers: worldResolvers(world, crash) });
    await runJob(handler, store, change([], [{ id: 'lbl-bug', name: 'Bug' }], APP_USER), NOW);
    expect(await loadLabelModel(store, LABEL_ORG)).toBeUndefined();
  });

  it('ignores updates that did not touch labels', async () => {
    const linear = startLinearMock({ resolvers: worldResolvers(world, crash) });
    const titleOnly = issueWebhook({ action: 'update', data: { title: 'x' }, updatedFrom: { title: 'y' } });
    await runJob(handler, store, titleOnly, NOW);
    expect(linear.operations).toHaveLength(0);
    expect(await loadLabelModel(store, LABEL_ORG)).toBeUndefined();
  });
});
