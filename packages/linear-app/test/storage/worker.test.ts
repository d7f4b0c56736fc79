import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/queue';
import { type JobHandlers, retryDelayMs, startWorker } from '../../src/jobs/worker';
import type { LinearAuthProvider } from '../../src/oauth/linearAuth';
import type { Store } from '../../src/storage/store';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from './backends';

const noAuth: LinearAuthProvider = {
  getLinearAuth: async () => ({
    ok: false,
    problems: [{ field: 'organizationId', code: 'not_installed', message: 'none' }],
  }),
};

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('retryDelayMs', () => {
  it('doubles per attempt, caps at the maximum and keeps jitter within [half, full]', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, 5000, () => 1))).toEqual([1000, 2000, 4000, 5000]);
    expect(retryDelayMs(3, 1000, 60_000, () => 0)).toBe(2000);
  });
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`in-process worker — ${backendTitle(backend)}`, () => {
    let db: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      ({ db, store } = await migratedDatabase(backend));
    });
    afterAll(async () => {
      await store?.close();
      await db?.dispose();
    });
    beforeEach(async () => {
      await store.run('DELETE FROM jobs');
      await store.run('DELETE FROM job_effects');
    });
    const status = async (id: number) =>
      store.get<{ status: string; attempts: number; last_error: string | null }>(
        'SELECT status, attempts, last_error FROM jobs WHERE id = ?',
        [id],
      );

    it('retries a throwing handler with backoff and completes it when it recovers', async () => {
      let calls = 0;
      const handlers: JobHandlers = {
        flaky: async () => {
          calls++;
          if (calls < 3) throw new Error(`transient ${calls}`);
          return { kind: 'done' };
        },
      };
      const id = (await enqueueJob(store, { type: 'flaky', payload: {} }, Date.now()))!;
      const worker = startWorker({ store, linearAuth: noAuth, now: Date.now }, handlers, {
        pollMs: 10,
        retryBaseMs: 20,
        log: () => {},
      });
      await until(async () => (await status(id))?.status === 'done');
      await worker.stop();
      // The last failure stays on the row as history for operators.
      expect(await status(id)).toMatchObject({
        status: 'done',
        attempts: 3,
        last_error: expect.stringContaining('transient 2'),
      });
    });

    it('dead-letters after max attempts and at once on a permanent failure', async () => {
      const handlers: JobHandlers = {
        always: async () => ({ kind: 'retry', error: 'still down', delayMs: 1 }),
        broken: async () => ({ kind: 'dead', error: 'payload invalid' }),
      };
      const a = (await enqueueJob(store, { type: 'always', payload: {}, maxAttempts: 3 }, Date.now()))!;
      const b = (await enqueueJob(store, { type: 'broken', payload: {} }, Date.now()))!;
      const worker = startWorker({ store, linearAuth: noAuth, now: Date.now }, handlers, {
        pollMs: 10,
        log: () => {},
      });
      await until(async () => (await status(a))?.status === 'dead' && (await status(b))?.status === 'dead');
      await worker.stop();
      expect(await status(a)).toEqual({ status: 'dead', attempts: 3, last_error: 'still down' });
      expect(await status(b)).toEqual({ status: 'dead', attempts: 1, last_error: 'payload invalid' });
    });

    it('marks jobs without a handler as skipped', async () => {
      const id = (await enqueueJob(store, { type: 'linear.Nothing', payload: {} }, Date.now()))!;
      const worker = startWorker({ store, linearAuth: noAuth, now: Date.now }, {}, { pollMs: 10 });
      await until(async () => (await status(id))?.status === 'skipped');
      await worker.stop();
    });

    it('runs an effect guarded by effectOnce only once across retries', async () => {
      let sent = 0;
      let runs = 0;
      const handlers: JobHandlers = {
        send: async (_job, ctx) => {
          runs++;
          await ctx.effectOnce('mail:1', async () => {
            sent++;
          });
          if (runs === 1) throw new Error('crash after the effect');
          return { kind: 'done' };
        },
      };
      const id = (await enqueueJob(store, { type: 'send', payload: {} }, Date.now()))!;
      const worker = startWorker({ store, linearAuth: noAuth, now: Date.now }, handlers, {
        pollMs: 10,
        retryBaseMs: 10,
        log: () => {},
      });
      await until(async () => (await status(id))?.status === 'done');
      await worker.stop();
      expect([runs, sent]).toEqual([2, 1]);
    });

    // Two connections to one SQLite file inside one process could block each other's event loop on
    // the file lock; SQLite scale-out is one extra worker *process* (see the crash test).
    it.skipIf(backend.name === 'sqlite')(
      'runs two workers on separate connections without processing any job twice',
      async () => {
        await store.exec(
          'CREATE TABLE IF NOT EXISTS two_worker_effects (job_id BIGINT NOT NULL, worker TEXT NOT NULL)',
        );
        const other = db.open();
        const handlersFor = (name: string): JobHandlers => ({
          pair: async (job) => {
            await new Promise((r) => setTimeout(r, 2));
            return {
              kind: 'done',
              commit: async (tx) => {
                await tx.run('INSERT INTO two_worker_effects (job_id, worker) VALUES (?, ?)', [job.id, name]);
              },
            };
          },
        });
        for (let i = 0; i < 60; i++) await enqueueJob(store, { type: 'pair', payload: { i } }, Date.now());
        const a = startWorker({ store, linearAuth: noAuth, now: Date.now }, handlersFor('a'), { pollMs: 5 });
        const b = startWorker({ store: other, linearAuth: noAuth, now: Date.now }, handlersFor('b'), {
          pollMs: 5,
        });
        await until(
          async () =>
            Number(
              (await store.get<{ n: number }>("SELECT count(*) AS n FROM jobs WHERE status = 'done'"))?.n,
            ) === 60,
        );
        await Promise.all([a.stop(), b.stop()]);
        await other.close();
        const rows = await store.all<{ job_id: number; worker: string }>(
          'SELECT job_id, worker FROM two_worker_effects',
        );
        expect(rows).toHaveLength(60);
        expect(new Set(rows.map((r) => Number(r.job_id))).size).toBe(60);
        expect(new Set(rows.map((r) => r.worker))).toEqual(new Set(['a', 'b']));
      },
    );

    it('processes a burst concurrently and stops cleanly with nothing left running', async () => {
      let active = 0;
      let peak = 0;
      const handlers: JobHandlers = {
        slow: async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 20));
          active--;
          return { kind: 'done' };
        },
      };
      for (let i = 0; i < 20; i++) await enqueueJob(store, { type: 'slow', payload: { i } }, Date.now());
      const worker = startWorker({ store, linearAuth: noAuth, now: Date.now }, handlers, {
        pollMs: 10,
        concurrency: 4,
      });
      await until(
        async () =>
          Number(
            (await store.get<{ n: number }>("SELECT count(*) AS n FROM jobs WHERE status = 'done'"))?.n,
          ) === 20,
      );
      await worker.stop();
      expect(peak).toBeGreaterThan(1);
      expect(peak).toBeLessThanOrEqual(4);
      expect(worker.inFlight).toBe(0);
    });
  });
}
