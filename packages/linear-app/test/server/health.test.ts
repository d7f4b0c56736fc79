import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    // A stand-in for Linear on loopback: any HTTP answer means "reachable".
    let linear: Server;
    let linearUrl: string;
    beforeAll(async () => {
      ({ db, store } = await migratedDatabase(backend));
      linear = createServer((_req, res) => res.writeHead(400).end('{}'));
      await new Promise<void>((resolve) => linear.listen(0, '127.0.0.1', resolve));
      linearUrl = `http://127.0.0.1:${(linear.address() as AddressInfo).port}/graphql`;
      server = await startTestServer(store, { LINEAR_API_KEY: 'k', LINEAR_API_URL: linearUrl });
    });
    afterAll(async () => {
      await server?.close();
      await new Promise((resolve) => linear?.close(resolve));
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
      expect(body.linear).toEqual({ reachable: true });
    });

    it('reports Linear unreachable, with the cause, without failing the instance', async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const probe = createServer();
        probe.listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const cut = await startTestServer(store, {
        LINEAR_API_KEY: 'k',
        LINEAR_API_URL: `http://127.0.0.1:${closedPort}/graphql`,
      });
      const res = await fetch(`${cut.url}/healthz`);
      await cut.close();
      const body = (await res.json()) as { status: string; linear: { reachable: boolean; error: string } };
      expect(res.status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.linear.reachable).toBe(false);
      expect(body.linear.error).toMatch(/^network error \(refused\): ECONNREFUSED/);
    });

    it('answers 503 with the reason when the store cannot write', async () => {
      const readOnly: Store = {
        ...store,
        run: async () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      };
      const full = await startTestServer(readOnly, { LINEAR_API_KEY: 'k', LINEAR_API_URL: linearUrl });
      const res = await fetch(`${full.url}/healthz`);
      await full.close();
      expect(res.status).toBe(503);
      expect(((await res.json()) as { reason: string }).reason).toBe(
        'storage: cannot write: SQLITE_FULL: database or disk is full',
      );
    });

    it('answers 503 when the database is gone', async () => {
      const broken = db.open();
      await broken.close();
      const down = await startTestServer(broken, { LINEAR_API_KEY: 'k', LINEAR_API_URL: linearUrl });
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
