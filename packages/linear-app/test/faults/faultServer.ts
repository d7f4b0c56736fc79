// The real server process (`src/main.ts`) for the fault suite, on loopback, with the fault
// handlers in its in-process worker, plus the signed load and the ledger checks every case
// shares: what was acknowledged, and how often each delivery's effect was committed.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../src/storage/store';
import { TEST_WEBHOOK_SECRET } from '../server/testServer';
import { listeningPort, PACKAGE_DIR, spawnCapturing } from '../support/serverProcess';
import { signedDelivery } from '../webhooks/signedDelivery';

const handlersModule = fileURLToPath(new URL('./faultHandlers.ts', import.meta.url));

/** A running server process. */
export interface FaultServer {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Everything it printed (stdout and stderr) since it started. */
  output(): string;
  /** Resident set size of the server process, in MiB (from /proc). */
  rssMiB(): number;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** A loopback port nothing listens on: "Linear" refuses every connection. */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * Starts `src/main.ts` (API-key mode unless `env` says otherwise, Linear unreachable on loopback,
 * short leases so a killed process's jobs come back within seconds) and resolves once it listens.
 *
 * @example
 * const server = await startFaultServer({ DATA_DIR: dir });
 */
export async function startFaultServer(env: Record<string, string>): Promise<FaultServer> {
  const run = spawnCapturing(process.execPath, ['--import', 'tsx', 'src/main.ts', handlersModule], {
    cwd: PACKAGE_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: '0',
      LINEAR_API_KEY: 'lin_api_faults',
      LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      LINEAR_API_URL: `http://127.0.0.1:${await closedPort()}/graphql`,
      TRAILMAP_LEASE_MS: '1500',
      TRAILMAP_POLL_MS: '100',
      ...env,
    },
  });
  const port = await listeningPort(run);
  const { child } = run;
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: run.output,
    rssMiB: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    exited: run.exited.then(() => undefined),
  };
}

/** Stops a server (SIGTERM, or SIGKILL if it is still there after 10 s). */
export async function stopFaultServer(server: FaultServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await server.exited;
  clearTimeout(timer);
}

/** What one signed delivery got back. */
export type Answer =
  | { deliveryId: string; status: number; body: string; ms: number }
  | { deliveryId: string; error: string; ms: number };

/**
 * Posts one signed `Issue create` delivery whose `data.id` is its delivery id (the fault
 * handlers record that id). Never throws: a refused or aborted request is an answer too.
 */
export async function postDelivery(
  url: string,
  deliveryId: string,
  options: { holdMs?: number; timeoutMs?: number } = {},
): Promise<Answer> {
  const d = signedDelivery(
    TEST_WEBHOOK_SECRET,
    { data: { id: deliveryId, holdMs: options.holdMs ?? 0 } },
    { deliveryId },
  );
  const started = performance.now();
  try {
    const res = await fetch(`${url}/webhooks/linear`, {
      method: 'POST',
      body: d.body,
      headers: d.headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const body = await res.text();
    return { deliveryId, status: res.status, body, ms: performance.now() - started };
  } catch (error) {
    return { deliveryId, error: String(error), ms: performance.now() - started };
  }
}

/** True when the server acknowledged the delivery (Linear will not send it again). */
export const acknowledged = (a: Answer) => 'status' in a && a.status === 200;

/** Polls `check` every 50 ms until it holds; throws naming `what` after `ms`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The effect table the fault handlers write; create it after the server migrated the database. */
export const createEffectsTable = (store: Store) =>
  store.exec('CREATE TABLE IF NOT EXISTS fault_effects (delivery_id TEXT NOT NULL, job_id BIGINT NOT NULL)');

/** What the database says about a set of deliveries, once every job has finished. */
export interface Ledger {
  acknowledged: number;
  /** Acknowledged deliveries with no job or no committed effect. */
  lost: string[];
  /** Deliveries (acknowledged or not) whose effect was committed more than once, or with two jobs. */
  duplicated: string[];
}

/**
 * Waits until no `linear.Issue` job is left to run, then counts, per delivery, its jobs and its
 * committed effects. `acked` are the delivery ids answered 200.
 */
export async function settledLedger(store: Store, acked: readonly string[], ms = 20_000): Promise<Ledger> {
  await waitFor(
    'every job to finish',
    async () =>
      Number(
        (
          await store.get<{ n: number }>(
            "SELECT count(*) AS n FROM jobs WHERE type = 'linear.Issue' AND status NOT IN ('done', 'skipped', 'dead')",
          )
        )?.n,
      ) === 0,
    ms,
  );
  const jobs = new Map(
    (
      await store.all<{ k: string; n: number }>(
        "SELECT dedupe_key AS k, count(*) AS n FROM jobs WHERE type = 'linear.Issue' GROUP BY dedupe_key",
      )
    ).map((r) => [r.k.replace(/^delivery:/, ''), Number(r.n)]),
  );
  const effects = new Map(
    (
      await store.all<{ d: string; n: number }>(
        'SELECT delivery_id AS d, count(*) AS n FROM fault_effects GROUP BY delivery_id',
      )
    ).map((r) => [r.d, Number(r.n)]),
  );
  const lost = acked.filter((id) => jobs.get(id) !== 1 || effects.get(id) !== 1);
  const duplicated = [
    ...new Set([
      ...[...jobs].filter(([, n]) => n > 1).map(([id]) => id),
      ...[...effects].filter(([, n]) => n > 1).map(([id]) => id),
    ]),
  ];
  return { acknowledged: acked.length, lost, duplicated };
}
