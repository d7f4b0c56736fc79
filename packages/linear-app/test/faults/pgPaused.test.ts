// Fault injection: PostgreSQL stops answering (a loopback proxy in front of it freezes all
// traffic, as SIGSTOP on the postmaster would) while the real server process runs on it.
// /healthz must say 503 with the reason within its 2 s limit, webhooks must get an error well
// inside Linear's 5 s, and once PostgreSQL answers again the server recovers by itself:
// nothing acknowledged is lost, nothing runs twice.
import { describe, expect, it } from 'vitest';
import { BACKENDS, type TestDatabase } from '../storage/backends';
import { faultCase, postBatch } from './faultCase';
import { type Answer, acknowledged, postDelivery, settledLedger, waitFor } from './faultServer';
import { type PausableProxy, pausableProxy } from './pausableProxy';

const postgres = BACKENDS.find((b) => b.name === 'postgres')!;
/** Linear gives up on a delivery after 5 s; a hung database must not make the server slower. */
const LINEAR_LIMIT_MS = 5_000;

describe.skipIf(postgres.skipReason !== undefined)(
  `PostgreSQL paused${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`,
  () => {
    let db: TestDatabase | undefined;
    let proxy: PausableProxy | undefined;
    // The proxy unfreezes before the server stops, so its shutdown is not held by a hung query.
    const fault = faultCase({
      beforeStop: () => proxy?.resume(),
      afterStop: async () => {
        await proxy?.close();
        await db?.dispose();
      },
    });

    it('answers 503 fast while paused, recovers by itself, loses and repeats nothing', async () => {
      db = await postgres.create();
      const direct = new URL(db.env.DATABASE_URL!);
      proxy = await pausableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const viaProxy = new URL(direct);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      const server = await fault.start({
        DATA_DIR: db.env.DATA_DIR!,
        DATABASE_URL: viaProxy.toString(),
        TRAILMAP_SECRET_KEY: '33'.repeat(32),
      });
      const { url } = server;
      const store = await fault.ledger(() => db!.open());

      const before = await postBatch(url, 'pg-before', 10);
      expect(before.every(acknowledged)).toBe(true);

      proxy.pause();
      const healthStarted = performance.now();
      const [health, during] = await Promise.all([
        fetch(`${url}/healthz`, { signal: AbortSignal.timeout(LINEAR_LIMIT_MS) }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { status: string; reason?: string },
          ms: performance.now() - healthStarted,
        })),
        postBatch(url, 'pg-during', 6, { timeoutMs: LINEAR_LIMIT_MS }),
      ]);
      const pausedLog = server.output();
      proxy.resume();

      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        status: 'unavailable',
        reason: 'storage: no answer from the database within 2000 ms',
      });
      // Every delivery got an answer before Linear's deadline, and it was a refusal, not a 200.
      expect(during.map((a) => ('status' in a ? a.status : a.error))).toEqual(during.map(() => 503));
      expect(during.map((a) => ('body' in a ? JSON.parse(a.body).error.code : ''))).toEqual(
        during.map(() => 'storage_unavailable'),
      );
      expect(pausedLog).not.toMatch(/\n\s+at /);

      // Recovery without a restart.
      await waitFor('/healthz to say ok again', async () => (await fetch(`${url}/healthz`)).status === 200);
      // Linear sends every refused delivery again; a write that landed after the deadline is a
      // duplicate by then, answered 200 all the same.
      const retried: Answer[] = await Promise.all(during.map((a) => postDelivery(url, a.deliveryId)));
      expect(retried.every(acknowledged)).toBe(true);
      const after = await postBatch(url, 'pg-after', 10);
      expect(after.every(acknowledged)).toBe(true);

      const acked = [...before, ...retried, ...after].map((a) => a.deliveryId);
      expect(await settledLedger(store, acked)).toEqual({ acknowledged: 26, lost: [], duplicated: [] });
    }, 90_000);
  },
);
