import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobs, completeJob, enqueueJob, failJob, pruneFinished } from '../../src/jobs/queue';
import type { Store } from '../../src/storage/store';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from '../storage/backends';
import { type RunningServer, startTestServer, TEST_ADMIN_TOKEN } from './testServer';

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(
    `dead-letter admin and retention — ${backendTitle(backend)}`,
    () => {
      let db: TestDatabase;
      let store: Store;
      let server: RunningServer;
      let deadId: number;
      beforeAll(async () => {
        ({ db, store } = await migratedDatabase(backend));
        server = await startTestServer(store, {
          LINEAR_API_KEY: 'k',
          TRAILMAP_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
        });
        deadId = (await enqueueJob(
          store,
          { type: 'linear.Issue', payload: { secret: 'customer text' }, maxAttempts: 1 },
          1000,
        ))!;
        const [job] = await claimJobs(store, { limit: 1, leaseMs: 1000, now: 1000 });
        await failJob(store, job!, 'Linear said no', 2000, 1100);
      });
      afterAll(async () => {
        await server?.close();
        await store?.close();
        await db?.dispose();
      });
      const admin = (path: string, init: RequestInit = {}) =>
        fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });

      it('requires the admin token', async () => {
        expect((await fetch(`${server.url}/admin/jobs`)).status).toBe(401);
      });

      it('lists dead jobs with their last error but without payloads', async () => {
        const res = await admin('/admin/jobs?status=dead');
        const body = (await res.json()) as { jobs: Record<string, unknown>[] };
        expect(body.jobs).toEqual([
          expect.objectContaining({
            id: deadId,
            type: 'linear.Issue',
            status: 'dead',
            attempts: 1,
            lastError: 'Linear said no',
          }),
        ]);
        expect(JSON.stringify(body)).not.toContain('customer text');
      });

      it('refuses an unknown status', async () => {
        expect((await admin('/admin/jobs?status=bogus')).status).toBe(400);
      });

      it('refuses a limit or job id that is not a whole number, naming the parameter', async () => {
        for (const [path, init, code] of [
          ['/admin/jobs?status=dead&limit=abc', {}, 'invalid_limit'],
          ['/admin/jobs?status=dead&limit=0', {}, 'invalid_limit'],
          ['/admin/jobs/1e3/retry', { method: 'POST' }, 'invalid_id'],
          ['/admin/jobs/-1/retry', { method: 'POST' }, 'invalid_id'],
        ] as const) {
          const res = await admin(path, init);
          expect([path, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
            path,
            400,
            code,
          ]);
        }
      });

      it('puts a dead job back in the queue with a fresh attempt budget, once', async () => {
        const res = await admin(`/admin/jobs/${deadId}/retry`, { method: 'POST' });
        expect(await res.json()).toEqual({ id: deadId, status: 'ready' });
        const row = await store.get<{ status: string; attempts: number }>(
          'SELECT status, attempts FROM jobs WHERE id = ?',
          [deadId],
        );
        expect(row).toEqual({ status: 'ready', attempts: 0 });
        expect((await admin(`/admin/jobs/${deadId}/retry`, { method: 'POST' })).status).toBe(404);
      });

      it('prunes finished jobs and old deliveries but keeps pending work', async () => {
        const doneId = (await enqueueJob(store, { type: 't', payload: {} }, 1000))!;
        const claimed = await claimJobs(store, { limit: 10, leaseMs: 1000, now: 5000 });
        const done = claimed.find((j) => j.id === doneId)!;
        await completeJob(store, done, 5000);
        await store.run(
          `INSERT INTO webhook_deliveries (delivery_id, body_sha256, event_type, action, webhook_timestamp, received_at, outcome)
         VALUES ('old', 'h-old', 'Issue', 'create', 1, 1, 'queued'), ('new', 'h-new', 'Issue', 'create', 1, 99999, 'queued')`,
        );
        await pruneFinished(store, { jobsBefore: 6000, deliveriesBefore: 50_000 });
        const jobs = await store.all<{ id: number }>('SELECT id FROM jobs ORDER BY id');
        const deliveries = await store.all<{ delivery_id: string }>(
          'SELECT delivery_id FROM webhook_deliveries',
        );
        expect(jobs.map((j) => Number(j.id))).not.toContain(doneId);
        expect(jobs.map((j) => Number(j.id))).toContain(deadId);
        expect(deliveries.map((d) => d.delivery_id)).toEqual(['new']);
      });
    },
  );
}
