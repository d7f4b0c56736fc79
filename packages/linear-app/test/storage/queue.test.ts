import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  claimJobs,
  completeJob,
  DEFAULT_MAX_ATTEMPTS,
  enqueueJob,
  extendLease,
  failJob,
  queueDepth,
} from '../../src/jobs/queue';
import type { Store } from '../../src/storage/store';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from './backends';

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`job queue — ${backendTitle(backend)}`, () => {
    let db: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      ({ db, store } = await migratedDatabase(backend));
      await store.exec('CREATE TABLE test_effects (job_id BIGINT NOT NULL, note TEXT NOT NULL)');
    });
    afterAll(async () => {
      await store?.close();
      await db?.dispose();
    });
    beforeEach(async () => {
      await store.run('DELETE FROM jobs');
      await store.run('DELETE FROM test_effects');
    });

    it('ignores a second enqueue with the same dedupe key', async () => {
      const a = await enqueueJob(store, { type: 't', payload: { n: 1 }, dedupeKey: 'k1' }, 1000);
      const b = await enqueueJob(store, { type: 't', payload: { n: 2 }, dedupeKey: 'k1' }, 1000);
      expect(typeof a).toBe('number');
      expect(b).toBeUndefined();
      expect((await queueDepth(store)).ready).toBe(1);
    });

    it('claims due jobs only, with a lease, and counts the attempt', async () => {
      await enqueueJob(store, { type: 'due', payload: { x: 1 } }, 1000);
      await enqueueJob(store, { type: 'later', payload: {}, runAt: 5000 }, 1000);
      const jobs = await claimJobs(store, { limit: 10, leaseMs: 100, now: 2000 });
      expect(jobs.map((j) => [j.type, j.attempts, j.leaseUntil, j.payload])).toEqual([
        ['due', 1, 2100, { x: 1 }],
      ]);
      expect(await claimJobs(store, { limit: 10, leaseMs: 100, now: 2050 })).toEqual([]);
    });

    it('hands a job whose lease expired to the next claimer, and refuses the old owner', async () => {
      await enqueueJob(store, { type: 't', payload: {} }, 1000);
      const [first] = await claimJobs(store, { limit: 1, leaseMs: 100, now: 1000 });
      const [second] = await claimJobs(store, { limit: 1, leaseMs: 100, now: 1200 });
      expect(second?.id).toBe(first?.id);
      expect(second?.attempts).toBe(2);
      const stale = await completeJob(store, first!, 1300, async (tx) => {
        await tx.run('INSERT INTO test_effects (job_id, note) VALUES (?, ?)', [first!.id, 'stale']);
      });
      const fresh = await completeJob(store, second!, 1300, async (tx) => {
        await tx.run('INSERT INTO test_effects (job_id, note) VALUES (?, ?)', [second!.id, 'fresh']);
      });
      expect([stale, fresh]).toEqual([false, true]);
      expect(await store.all('SELECT note FROM test_effects')).toEqual([{ note: 'fresh' }]);
    });

    it('rolls back the completion when the commit callback throws', async () => {
      await enqueueJob(store, { type: 't', payload: {} }, 1000);
      const [job] = await claimJobs(store, { limit: 1, leaseMs: 1000, now: 1000 });
      await expect(
        completeJob(store, job!, 1100, async (tx) => {
          await tx.run('INSERT INTO test_effects (job_id, note) VALUES (?, ?)', [job!.id, 'half']);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.all('SELECT note FROM test_effects')).toEqual([]);
      expect((await queueDepth(store)).running).toBe(1);
    });

    it('schedules a retry, then dead-letters after the last attempt', async () => {
      await enqueueJob(store, { type: 't', payload: {}, maxAttempts: 2 }, 1000);
      const [a] = await claimJobs(store, { limit: 1, leaseMs: 100, now: 1000 });
      expect(await failJob(store, a!, 'first', 5000, 1010)).toBe('ready');
      expect(await claimJobs(store, { limit: 1, leaseMs: 100, now: 4999 })).toEqual([]);
      const [b] = await claimJobs(store, { limit: 1, leaseMs: 100, now: 5000 });
      expect(await failJob(store, b!, 'second', 9000, 5010)).toBe('dead');
      const row = await store.get<{ status: string; last_error: string }>(
        'SELECT status, last_error FROM jobs',
      );
      expect(row).toEqual({ status: 'dead', last_error: 'second' });
      expect(DEFAULT_MAX_ATTEMPTS).toBeGreaterThan(2);
    });

    it('extends the lease of its own claim only', async () => {
      await enqueueJob(store, { type: 't', payload: {} }, 1000);
      const [job] = await claimJobs(store, { limit: 1, leaseMs: 100, now: 1000 });
      expect(await extendLease(store, job!, 500, 1050)).toBe(true);
      expect(await claimJobs(store, { limit: 1, leaseMs: 100, now: 1200 })).toEqual([]);
      expect(await extendLease(store, { ...job!, leaseToken: 'other' }, 500, 1060)).toBe(false);
    });

    it('lets two workers with separate connections claim disjoint jobs concurrently', async () => {
      for (let i = 0; i < 200; i++) await enqueueJob(store, { type: 't', payload: { i } }, 1000);
      const other = db.open();
      const drain = async (s: Store) => {
        const ids: number[] = [];
        for (;;) {
          const batch = await claimJobs(s, { limit: 7, leaseMs: 60_000, now: 2000 });
          if (batch.length === 0) return ids;
          ids.push(...batch.map((j) => j.id));
        }
      };
      const [a, b] = await Promise.all([drain(store), drain(other)]);
      await other.close();
      const all = [...a, ...b];
      expect(new Set(all).size).toBe(200);
      expect(all.length).toBe(200);
      if (backend.name === 'postgres') expect(Math.min(a.length, b.length)).toBeGreaterThan(0);
    });
  });
}

describe('claim query plan (SQLite)', () => {
  it('finds due and expired jobs through indexes, not a table scan, whatever the table size', async () => {
    const { db, store } = await migratedDatabase(BACKENDS[0]!);
    const plans: string[] = [];
    for (const q of [
      `SELECT id FROM jobs WHERE status = 'ready' AND run_at <= 1 ORDER BY run_at, id LIMIT 4`,
      `SELECT id FROM jobs WHERE status = 'running' AND lease_until <= 1 ORDER BY lease_until, id LIMIT 4`,
    ]) {
      const rows = await store.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${q}`);
      plans.push(rows.map((r) => r.detail).join('; '));
    }
    await store.close();
    await db.dispose();
    expect(plans.every((p) => /USING (COVERING )?INDEX/.test(p) && !/SCAN jobs/.test(p))).toBe(true);
  });
});
