import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueHandler } from '../../src/jobs/handlers/issueHandler';
import { RENEW_BEFORE_MS, renewLinks } from '../../src/jobs/handlers/renewLinks';
import { addRoadmapLink, attachScorePage } from '../../src/jobs/handlers/sidebarLinks';
import { readFeatureSettings } from '../../src/routes/featureSettings';
import { deriveKeys } from '../../src/security/keys';
import { createPageSigner } from '../../src/security/pageSigner';
import type { Store } from '../../src/storage/store';
import { createSnapshotStore } from '../../src/sync/snapshotStore';
import { issueWebhook } from '../support/issueWebhook';
import { LABEL_ORG, runJob, testApi } from '../support/labellerWorld';
import { conn, issueFixture } from '../support/linearFixtures';
import { schemaMissing } from '../support/linearSchema';
import { memoryStore } from '../support/testStore';
import { startLinearMock } from '../support/useLinearMock';

const NOW = Date.UTC(2026, 1, 20, 9);
const signer = createPageSigner(deriveKeys(Buffer.alloc(32, 9)).signing);
const TTL = 90 * 86_400;
const target = (now: number) => ({
  pageSigner: signer,
  publicUrl: 'https://tm.example.com',
  ttlSeconds: TTL,
  now,
});
let store: Store;
beforeEach(async () => {
  store = await memoryStore();
});
afterEach(() => store.close());

describe.skipIf(schemaMissing)('renewing links placed in Linear', () => {
  it('re-signs links that expire within 30 days: updates project links, replaces issue attachments', async () => {
    const linear = startLinearMock({
      resolvers: () => ({
        Query: { project: (_: unknown, a: { id: string }) => ({ id: a.id, externalLinks: conn([]) }) },
        Mutation: {
          entityExternalLinkCreate: (_: unknown, a: { input: { url: string; label: string } }) => ({
            success: true,
            entityExternalLink: { id: 'link-1', ...a.input },
          }),
          attachmentCreate: (_: unknown, a: { input: { url: string } }) => ({
            success: true,
            attachment: { id: `att-${linear.named('CreateAttachment').length}`, url: a.input.url },
          }),
        },
      }),
    });
    await addRoadmapLink(testApi(), store, { organizationId: 'o', entity: 'project', id: 'p1' }, target(NOW));
    await attachScorePage(
      testApi(),
      store,
      { organizationId: 'o', issueId: 'i1', identifier: 'ENG-1' },
      target(NOW),
    );

    const early = await renewLinks(testApi(), store, 'o', target(NOW + 30 * 86_400_000));
    expect(early).toEqual({ ok: true, renewed: 0 });

    const late = NOW + TTL * 1000 - RENEW_BEFORE_MS + 86_400_000;
    expect(await renewLinks(testApi(), store, 'o', target(late))).toEqual({ ok: true, renewed: 2 });
    const update = linear.named('UpdateExternalLink')[0]?.variables as { id: string; input: { url: string } };
    expect(update.id).toBe('link-1');
    const exp = Number(new URL(update.input.url).searchParams.get('exp'));
    expect(exp * 1000).toBeGreaterThan(late + RENEW_BEFORE_MS);
    expect(linear.named('CreateAttachment')).toHaveLength(2);
    expect(linear.named('DeleteAttachment')[0]?.variables).toEqual({ id: 'att-1' });
    // Renewed links are fresh: nothing more to do.
    expect(await renewLinks(testApi(), store, 'o', target(late + 1000))).toEqual({ ok: true, renewed: 0 });
  });
});

describe.skipIf(schemaMissing)('issue deleted in Linear', () => {
  it('leaves the mirror (and so every roadmap, score and plan) without calling Linear', async () => {
    const snapshots = createSnapshotStore(store);
    const issue = issueFixture(5, { id: 'issue-gone' });
    await snapshots.upsert(LABEL_ORG, 'issues', [{ id: issue.id, updatedAt: issue.updatedAt, data: issue }]);
    const linear = startLinearMock();
    const settings = readFeatureSettings({});
    if (!settings.ok) throw new Error('settings');
    const handler = issueHandler({ settings: settings.value, api: testApi });
    await runJob(handler, store, issueWebhook({ action: 'remove', data: { id: 'issue-gone' } }), NOW);
    expect(await snapshots.get(LABEL_ORG, 'issues', 'issue-gone')).toBeUndefined();
    expect(linear.operations).toHaveLength(0);
  });
});
