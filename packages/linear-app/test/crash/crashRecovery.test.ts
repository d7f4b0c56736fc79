import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/queue';
import type { Store } from '../../src/storage/store';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from '../storage/backends';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const handlersModule = fileURLToPath(new URL('./crashHandlers.ts', import.meta.url));
const JOBS = 6;

function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/jobs/workerMain.ts', handlersModule], {
    cwd: packageDir,
    env: {
      PATH: process.env.PATH ?? '',
      TRAILMAP_SECRET_KEY: '22'.repeat(32),
      TRAILMAP_LEASE_MS: '1500',
      TRAILMAP_POLL_MS: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[worker ${child.pid}] ${d}`));
  return child;
}

async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(
    `crash recovery (kill -9 mid-job) — ${backendTitle(backend)}`,
    () => {
      let db: TestDatabase;
      let store: Store;
      const children: ChildProcess[] = [];
      beforeAll(async () => {
        ({ db, store } = await migratedDatabase(backend));
        await store.exec('CREATE TABLE crash_effects (job_id BIGINT NOT NULL, pid INTEGER NOT NULL)');
      });
      afterAll(async () => {
        for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
        await store?.close();
        await db?.dispose();
      });

      it('completes every job exactly once after the worker holding them is killed', async () => {
        const markerDir = mkdtempSync(join(tmpdir(), 'trailmap-crash-'));
        for (let i = 0; i < JOBS; i++)
          await enqueueJob(store, { type: 'test.crash', payload: { markerDir } }, Date.now());

        const doomed = startWorker({ ...db.env, TRAILMAP_TEST_HOLD_MS: '60000' });
        children.push(doomed);
        await waitFor('the first worker to start jobs', () => readdirSync(markerDir).length > 0);
        doomed.kill('SIGKILL');
        await exited(doomed);
        expect(doomed.signalCode).toBe('SIGKILL');
        const midway = await store.get<{ n: number }>('SELECT count(*) AS n FROM crash_effects');
        expect(Number(midway?.n)).toBe(0);
        const held = await store.get<{ n: number }>(
          "SELECT count(*) AS n FROM jobs WHERE status = 'running'",
        );
        expect(Number(held?.n)).toBeGreaterThan(0);

        const survivor = startWorker({ ...db.env, TRAILMAP_TEST_HOLD_MS: '0' });
        children.push(survivor);
        await waitFor('all jobs done', async () => {
          const row = await store.get<{ n: number }>("SELECT count(*) AS n FROM jobs WHERE status = 'done'");
          return Number(row?.n) === JOBS;
        });
        survivor.kill('SIGTERM');
        await exited(survivor);

        const effects = await store.all<{ job_id: number; n: number; pid: number }>(
          'SELECT job_id, count(*) AS n, max(pid) AS pid FROM crash_effects GROUP BY job_id',
        );
        expect(effects).toHaveLength(JOBS);
        expect(effects.every((e) => Number(e.n) === 1 && e.pid === survivor.pid)).toBe(true);
        const reclaimed = await store.get<{ n: number }>('SELECT count(*) AS n FROM jobs WHERE attempts = 2');
        expect(Number(reclaimed?.n)).toBe(Number(held?.n));
      });
    },
  );
}
