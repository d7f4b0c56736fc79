import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJiraMirror } from '../../src/jira/jiraMirror';
import { createJiraRest } from '../../src/jira/jiraRest';
import type { Store } from '../../src/storage/store';
import { JIRA_BASE, JiraSite, SUP_CONNECTION } from '../support/jiraSite';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from './backends';

const NOW = Date.UTC(2026, 1, 20, 9);
const connection = SUP_CONNECTION;
const site = new JiraSite();
const server = setupServer(...site.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const issue = (n: number, summary: string) => ({
  id: String(10_000 + n),
  key: `SUP-${n}`,
  fields: { summary, updated: '2026-02-19T10:00:00.000+0000', issuelinks: [] },
});
// A new mirror object over the same database, as after a restart or in a second worker.
const mirror = () =>
  createJiraMirror(createJiraRest(connection), { site: JIRA_BASE, projects: connection.projects });
const jqls = () =>
  site.calls.filter((c) => c.path.endsWith('/search/jql')).map((c) => (c.body as { jql: string }).jql);
const summaries = async (store: Store) => {
  const synced = await mirror().sync(store, NOW);
  if (!synced.ok) throw new Error(synced.error.message);
  return synced.value.map((i) => `${i.key} ${String(i.fields.summary)}`);
};

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(
    `Jira mirror in storage — ${backendTitle(backend)}`,
    () => {
      let db: TestDatabase | undefined;
      afterEach(async () => {
        await db?.dispose();
        db = undefined;
        site.issues = [];
        site.calls = [];
        expect(site.violations).toEqual([]);
      });

      it('survives a restart: a new process continues incrementally from the stored mirror', async () => {
        site.issues.push(issue(1, 'Calendar sync drops events'), issue(2, 'Dark mode'));
        const opened = await migratedDatabase(backend);
        db = opened.db;
        const first = await mirror().sync(opened.store, NOW);
        expect(first.ok && first.value.map((i) => i.key)).toEqual(['SUP-1', 'SUP-2']);
        await opened.store.close();

        // Jira now answers nothing for the incremental read: what comes back is what was stored.
        site.issues = [];
        const reopened = db.open();
        const later = mirror();
        const second = await later.sync(reopened, NOW + 5 * 60_000);
        expect(later.lastRead).toBe('incremental');
        expect(second.ok && second.value.map((i) => i.key)).toEqual(['SUP-1', 'SUP-2']);
        expect(jqls()).toEqual([
          'project in ("SUP") ORDER BY updated DESC',
          'project in ("SUP") AND updated >= -6m ORDER BY updated DESC',
        ]);
        await reopened.close();
      });

      it('updates a changed issue in place, reads the same page twice without a second row, and drops deleted issues at the full re-read', async () => {
        site.issues.push(issue(1, 'Calendar sync drops events'), issue(2, 'Dark mode'));
        const opened = await migratedDatabase(backend);
        db = opened.db;
        const { store } = opened;
        const m = mirror();
        await m.sync(store, NOW);
        site.issues[0] = issue(1, 'Calendar sync drops recurring events');
        await m.sync(store, NOW + 60_000);
        await m.sync(store, NOW + 120_000);
        expect(m.lastRead).toBe('incremental');
        const rows = await store.get<{ n: number }>('SELECT count(*) AS n FROM jira_mirror_issues');
        expect(Number(rows?.n)).toBe(2);
        expect((await mirror().sync(store, NOW + 180_000)).ok).toBe(true);
        expect(await summaries(store)).toEqual([
          'SUP-1 Calendar sync drops recurring events',
          'SUP-2 Dark mode',
        ]);

        // Deleted in Jira: an incremental read cannot see it go, the full re-read (15 min) does.
        site.issues = [site.issues[0]!];
        const full = mirror();
        const after = await full.sync(store, NOW + 16 * 60_000);
        expect(full.lastRead).toBe('full');
        expect(after.ok && after.value.map((i) => i.key)).toEqual(['SUP-1']);
        await store.close();
      });

      it('keeps the mirror as it was when Jira fails mid-read', async () => {
        site.issues.push(issue(1, 'Calendar sync drops events'));
        const opened = await migratedDatabase(backend);
        db = opened.db;
        const { store } = opened;
        await mirror().sync(store, NOW);
        site.fail('/rest/api/3/search/jql', 503);
        const failed = await mirror().sync(store, NOW + 16 * 60_000);
        expect(failed.ok).toBe(false);
        const state = await store.get<{ full_at: number }>('SELECT full_at FROM jira_mirrors');
        expect(state?.full_at).toBe(NOW);
        expect(await summaries(store)).toEqual(['SUP-1 Calendar sync drops events']);
        await store.close();
      });
    },
  );
}
