// The setup every fault case shares: start the real server process (once, or again after a kill),
// open the store its ledger is read from with the effects table in place, post batches of signed
// deliveries, and tear it all down in the one safe order after the suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/storage/sqliteStore';
import type { Store } from '../../src/storage/store';
import {
  type Answer,
  createEffectsTable,
  type FaultServer,
  postDelivery,
  startFaultServer,
  stopFaultServer,
} from './faultServer';

/** What a case does before its servers stop (e.g. unfreeze the database) and after (e.g. unmount). */
export interface FaultTeardown {
  beforeStop?: () => void;
  afterStop?: () => Promise<void> | void;
}

/** A suite's servers and ledger store, stopped and closed by one `afterAll`. */
export interface FaultCase {
  /** Starts `src/main.ts` with `env` (see `startFaultServer`); stopped after the suite. */
  start(env: Record<string, string>): Promise<FaultServer>;
  /** Opens the ledger store, creating the effects table (call once the server has migrated). */
  ledger(open: () => Store): Promise<Store>;
}

/**
 * Registers the suite's teardown and returns its starters. Call it inside `describe`.
 *
 * @example
 * const data = tempDataDir('trailmap-kill-');
 * const fault = faultCase({ afterStop: data.remove });
 * const server = await fault.start({ DATA_DIR: data.dir });
 * const store = await fault.ledger(() => sqliteIn(data.dir));
 */
export function faultCase(teardown: FaultTeardown = {}): FaultCase {
  const servers: FaultServer[] = [];
  let store: Store | undefined;
  afterAll(async () => {
    teardown.beforeStop?.();
    for (const s of servers) await stopFaultServer(s);
    await store?.close();
    await teardown.afterStop?.();
  });
  return {
    async start(env) {
      const server = await startFaultServer(env);
      servers.push(server);
      return server;
    },
    async ledger(open) {
      store = open();
      await createEffectsTable(store);
      return store;
    },
  };
}

/** A fresh DATA_DIR for a case; `remove` deletes it (pass it to `afterStop`). */
export function tempDataDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The SQLite store a server with this DATA_DIR writes (open it once the server has migrated it). */
export const sqliteIn = (dataDir: string): Store => openSqliteStore(join(dataDir, 'trailmap.sqlite'));

/** Posts `count` signed deliveries `<prefix>-0…` at once and resolves with every answer. */
export const postBatch = (
  url: string,
  prefix: string,
  count: number,
  options?: { holdMs?: number; timeoutMs?: number },
): Promise<Answer[]> =>
  Promise.all(Array.from({ length: count }, (_, i) => postDelivery(url, `${prefix}-${i}`, options)));
