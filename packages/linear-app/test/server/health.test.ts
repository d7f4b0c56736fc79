import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/queue';
import type { Store } from '../../src/storage/store';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from '../storage/backends';
import { type RunningServer, startTestServer } from './testServer';

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`GET /healthz — ${backendTitle(backend)}`, () => {
    let db: TestDatabase;
    let store: Store;
    let server: RunningServer;
    beforeAll(async () => {
      ({ db, store } = await migratedDatabase(backend));
      server = await startTestServer(store, { LINEAR_API_KEY: 'k' });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
      await db?.dispose();
    });

    it('reports the storage backend, schema version and queue depth', async () => {
      await enqueueJob(store, { type: 'a', payload: {} }, Date.now());
      await enqueueJob(store, { type: 'b', payload: {} }, Date.now());
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, { [k: string]: unknown }>;
      expect(body.status).toBe('ok');
      expect(body.storage).toMatchObject({ dialect: backend.name, ok: true });
      expect(body.storage?.schemaVersion).toBeGreaterThanOrEqual(3);
      expect(body.queue).toMatchObject({ depth: 2, ready: 2, dead: 0 });
    });

    it('answers 503 when the database is gone', async () => {
      const broken = db.open();
      await broken.close();
      const down = await startTestServer(broken, { LINEAR_API_KEY: 'k' });
      const res = await fetch(`${down.url}/healthz`);
      await down.close();
      expect(res.status).toBe(503);
      expect(((await res.json()) as { storage: { ok: boolean } }).storage.ok).toBe(false);
    });

    it('maps unknown routes to the JSON error shape', async () => {
      const res = await fetch(`${server.url}/nope`);
      expect([res.status, await res.json()]).toEqual([
        404,
        { error: { code: 'not_found', message: 'no route for GET /nope' } },
      ]);
    });
  });
}
