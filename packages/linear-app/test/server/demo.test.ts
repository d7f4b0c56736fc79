import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace, DEMO_SAMPLE_FILE } from '../../src/demo/demoWorkspace';
import type { Store } from '../../src/storage/store';
import { BACKENDS, migratedDatabase, type TestDatabase } from '../storage/backends';
import { type RunningServer, startTestServer } from './testServer';

const sample = existsSync(DEMO_SAMPLE_FILE);

describe.skipIf(!sample)(`demo mode${sample ? '' : ` (skipped: ${DEMO_SAMPLE_FILE} is absent)`}`, () => {
  let db: TestDatabase;
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, store } = await migratedDatabase(BACKENDS[0]!));
    server = await startTestServer(store, {}, { demo: createDemoWorkspace() });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await db?.dispose();
  });

  it('runs in demo mode without Linear variables and sends / to a demo roadmap', async () => {
    expect(server.deps.config.mode).toBe('demo');
    const res = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(['/roadmap/demo', '/demo']).toContain(res.headers.get('location'));
  });

  it('serves the sample backlog on the fallback page, labelled as demo data', async () => {
    const loaded = await createDemoWorkspace().load();
    if (!loaded.ok) throw new Error(loaded.problems[0].message);
    const { backlog } = loaded.value;
    const res = await fetch(`${server.url}/demo`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Demo data');
    expect(html).toContain(`${backlog.items.length} work items`);
    expect(html).toContain(backlog.items[0]!.key);
  });

  it('does not offer OAuth or webhooks in demo mode', async () => {
    expect((await fetch(`${server.url}/oauth/install`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${server.url}/webhooks/linear`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
