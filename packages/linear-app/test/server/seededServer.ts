// The route suites' setup: per test, a fresh in-memory store holding the seeded workspace, served
// over real HTTP at a fixed "now", and both closed afterwards.
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/storage/store';
import type { SnapshotStore } from '../../src/sync/snapshotStore';
import { memoryStore } from '../support/testStore';
import { seedWorkspace } from '../support/workspaceSeed';
import { type RunningServer, startTestServer } from './testServer';

/** The current test's store, its snapshots and the server on it (set by `beforeEach`). */
export interface SeededServer {
  store: Store;
  snapshots: SnapshotStore;
  server: RunningServer;
}

/**
 * Registers the per-test setup and teardown; read the fields inside tests (they change per test).
 *
 * @example
 * const seeded = seededServerPerTest({ LINEAR_API_KEY: 'lin_api_test' }, NOW);
 * it('serves', async () => expect((await fetch(`${seeded.server.url}/healthz`)).status).toBe(200));
 */
export function seededServerPerTest(env: Record<string, string>, now: number): SeededServer {
  const live = {} as SeededServer;
  beforeEach(async () => {
    live.store = await memoryStore();
    live.snapshots = await seedWorkspace(live.store);
    live.server = await startTestServer(live.store, env, { now: () => now });
  });
  afterEach(async () => {
    await live.server.close();
    await live.store.close();
  });
  return live;
}
