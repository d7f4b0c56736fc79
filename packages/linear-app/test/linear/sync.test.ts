import { describe, expect, it } from 'vitest';
import { createLinearApi } from '../../src/linear/linearApi';
import { createSnapshotStore } from '../../src/sync/snapshotStore';
import { syncWorkspace } from '../../src/sync/syncWorkspace';
import { conn, fakeTime, issueFixture, type PageArgs, pageOf } from '../support/linearFixtures';
import { schemaMissing } from '../support/linearSchema';
import { memoryStore } from '../support/testStore';
import { startLinearMock } from '../support/useLinearMock';

const ORG = 'org-1';

/**
 * A mirror and a Linear client on a fake clock starting at `start`, and `sync`, which runs
 * `syncWorkspace` over issues for ORG with them (plus any per-run options).
 */
async function issueSync(start?: number) {
  const snapshots = createSnapshotStore(await memoryStore());
  const time = fakeTime(start);
  const api = createLinearApi({ accessToken: 't', clock: time.clock, sleep: time.sleep });
  const sync = (options: { pageSize?: number; overlapMs?: number } = {}) =>
    syncWorkspace({
      api,
      snapshots,
      organizationId: ORG,
      clock: time.clock,
      entities: ['issues'],
      ...options,
    });
  return { snapshots, sync };
}

describe.skipIf(schemaMissing)('incremental sync by updatedAt', () => {
  it('first run reads everything in pages; the second asks only for changes since the stored cursor', async () => {
    const issues = Array.from({ length: 25 }, (_, i) => issueFixture(i + 1));
    const linear = startLinearMock({
      resolvers: () => ({ Query: { issues: (_: unknown, args: PageArgs) => pageOf(issues, args) } }),
    });
    const { snapshots, sync } = await issueSync(Date.UTC(2026, 5, 1));

    const first = await sync({ pageSize: 10 });
    expect(first.ok).toBe(true);
    expect(linear.named('IssuesPage')).toHaveLength(3);
    expect(linear.named('IssuesPage')[0]?.variables.filter).toBeNull();
    expect(await snapshots.list(ORG, 'issues')).toHaveLength(25);
    const cursor = await snapshots.getCursor(ORG, 'issues');
    expect(cursor).toBe(issues[24]?.updatedAt);

    // One issue changes; the next run filters on the cursor and only fetches it.
    issues[3] = issueFixture(4, { title: 'Renamed', updatedAt: '2026-03-01T00:00:00.000Z' });
    const second = await sync({ pageSize: 10 });
    const call = linear.named('IssuesPage')[3];
    expect(call?.variables.filter).toEqual({ updatedAt: { gt: cursor } });
    expect(second.entities.issues?.rows).toBe(1);
    expect(await snapshots.get(ORG, 'issues', 'issue-4')).toMatchObject({ title: 'Renamed' });
    expect(await snapshots.getCursor(ORG, 'issues')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('keeps the cursor where it was when a page fails midway, so nothing is skipped', async () => {
    const issues = Array.from({ length: 30 }, (_, i) => issueFixture(i + 1));
    let calls = 0;
    startLinearMock({
      resolvers: () => ({
        Query: {
          issues: (_: unknown, args: PageArgs) => {
            calls++;
            if (calls === 2) throw new Error('Internal server error');
            return pageOf(issues, args);
          },
        },
      }),
    });
    const { snapshots, sync } = await issueSync();
    const report = await sync({ pageSize: 10 });
    expect(report.ok).toBe(false);
    expect(await snapshots.getCursor(ORG, 'issues')).toBeUndefined();
  });

  it('caps the cursor at the run start minus the overlap, so changes made during a long run are re-read', async () => {
    const future = issueFixture(1, { updatedAt: '2026-06-01T12:00:00.000Z' });
    startLinearMock({
      resolvers: () => ({ Query: { issues: (_: unknown, args: PageArgs) => pageOf([future], args) } }),
    });
    const { snapshots, sync } = await issueSync(Date.UTC(2026, 5, 1, 12, 0, 0));
    await sync({ overlapMs: 60_000 });
    expect(await snapshots.getCursor(ORG, 'issues')).toBe('2026-06-01T11:59:00.000Z');
  });

  it('fetches the rest of nested lists that overflow the inline slice with one follow-up query', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, name: `label-${i}` }));
    const issue = issueFixture(1, {
      labels: { nodes: many.slice(0, 10), pageInfo: { hasNextPage: true, endCursor: 'l9' } },
    });
    const linear = startLinearMock({
      resolvers: () => ({
        Query: {
          issues: (_: unknown, args: PageArgs) => pageOf([issue], args),
          issue: () => ({ ...issue, labels: conn(many) }),
        },
      }),
    });
    const { snapshots, sync } = await issueSync();
    const report = await sync();
    expect(report.overflowRequests).toBe(1);
    expect(linear.names()).toEqual(['IssuesPage', 'IssueRelationsRest']);
    const stored = (await snapshots.get(ORG, 'issues', 'issue-1')) as { labels: { nodes: unknown[] } };
    expect(stored.labels.nodes).toHaveLength(12);
  });
});
