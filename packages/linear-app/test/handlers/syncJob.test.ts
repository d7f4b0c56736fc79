import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  JIRA_DUPLICATES_JOB,
  SYNC_INTERVAL_MS,
  SYNC_JOB,
  scheduleSync,
  syncHandler,
} from '../../src/jobs/handlers/syncHandler';
import { deriveKeys } from '../../src/security/keys';
import { createPageSigner } from '../../src/security/pageSigner';
import type { Store } from '../../src/storage/store';
import { createSnapshotStore } from '../../src/sync/snapshotStore';
import { runJob, testApi } from '../support/labellerWorld';
import { conn, issueFixture, type PageArgs, pageOf } from '../support/linearFixtures';
import { schemaMissing } from '../support/linearSchema';
import { memoryStore } from '../support/testStore';
import { startLinearMock } from '../support/useLinearMock';

const NOW = Date.UTC(2026, 1, 20, 9);
let store: Store;
beforeEach(async () => {
  store = await memoryStore();
});
afterEach(() => store.close());

describe.skipIf(schemaMissing)('workspace sync job', () => {
  it('mirrors the workspace, links every project once, and schedules the next sync', async () => {
    const issues = Array.from({ length: 7 }, (_, i) => issueFixture(i + 1));
    const projects = [
      {
        id: 'p1',
        updatedAt: '2026-01-02T00:00:00.000Z',
        archivedAt: null,
        teams: conn([]),
        projectMilestones: conn([]),
        initiatives: conn([]),
      },
    ];
    const links: string[] = [];
    const linear = startLinearMock({
      resolvers: () => ({
        Query: {
          issues: (_: unknown, a: PageArgs) => pageOf(issues, a),
          projects: (_: unknown, a: PageArgs) => pageOf(projects, a),
          initiatives: () => conn([]),
          cycles: () => conn([]),
          customerNeeds: () => conn([]),
          teams: () => conn([]),
          project: (_: unknown, a: { id: string }) => ({ id: a.id, externalLinks: conn([]) }),
        },
        Mutation: {
          entityExternalLinkCreate: (_: unknown, a: { input: { url: string; label: string } }) => {
            links.push(a.input.url);
            return { success: true, entityExternalLink: { id: 'l1', ...a.input } };
          },
        },
      }),
    });
    const signer = createPageSigner(deriveKeys(Buffer.alloc(32, 3)).signing);
    const handler = syncHandler({
      api: testApi,
      links: (now) => ({ pageSigner: signer, publicUrl: 'https://tm.example.com', ttlSeconds: 3600, now }),
    });
    const job = { organizationId: 'org-label' };
    expect((await runJob(handler, store, job, NOW)).kind).toBe('done');
    expect(await createSnapshotStore(store).list('org-label', 'issues')).toHaveLength(7);
    expect(links).toHaveLength(1);
    await runJob(handler, store, job, NOW + 1000);
    expect(links).toHaveLength(1);
    expect(linear.named('IssuesPage')[1]?.variables.filter).toEqual({
      updatedAt: { gt: issues[6]?.updatedAt },
    });
    const next = await store.all<{ run_at: number }>('SELECT run_at FROM jobs WHERE type = ?', [SYNC_JOB]);
    expect(next.map((j) => Number(j.run_at))).toContain(NOW + SYNC_INTERVAL_MS);
  });

  it('queues the Jira duplicate match after a sync only when the workspace has a Jira site, once per window', async () => {
    startLinearMock({
      resolvers: () => ({
        Query: {
          issues: () => conn([]),
          projects: () => conn([]),
          initiatives: () => conn([]),
          cycles: () => conn([]),
          customerNeeds: () => conn([]),
          teams: () => conn([]),
        },
      }),
    });
    const queued = async () =>
      (
        await store.all<{ payload: string }>('SELECT payload FROM jobs WHERE type = ?', [JIRA_DUPLICATES_JOB])
      ).map((j) => JSON.parse(j.payload) as unknown);
    await runJob(syncHandler({ api: testApi }), store, { organizationId: 'org-label' }, NOW);
    expect(await queued()).toEqual([]);
    const withJira = syncHandler({ api: testApi, jira: (org) => (org === 'org-label' ? {} : undefined) });
    await runJob(withJira, store, { organizationId: 'org-label' }, NOW + 1000);
    await runJob(withJira, store, { organizationId: 'org-label' }, NOW + 2000);
    expect(await queued()).toEqual([{ organizationId: 'org-label' }]);
  });

  it('a burst of events schedules one sync per window', async () => {
    for (let i = 0; i < 5; i++) await scheduleSync(store, 'org-1', NOW + i * 1000);
    const rows = await store.all<{ n: number }>('SELECT count(*) AS n FROM jobs WHERE type = ?', [SYNC_JOB]);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
