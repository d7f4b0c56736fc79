// Webhook intake benchmark: a real server process (src/main.ts) receives
// signed Linear deliveries with unique delivery ids and bodies from autocannon over loopback.
// Afterwards every 200 must have left exactly one delivery row and one job row: nothing lost.
// Run: `pnpm bench webhooks` (SQLite), plus PostgreSQL when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../src/storage/openStore';

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECRET = 'bench-webhook-secret';
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 10_000);
const WARMUP = 1000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** A realistic Issue update payload (~1.4 KB), unique per request. */
function issueBody(n: number): string {
  const now = Date.now();
  return JSON.stringify({
    action: 'update',
    type: 'Issue',
    organizationId: 'org-bench',
    webhookId: 'wh-bench',
    createdAt: new Date(now).toISOString(),
    url: `https://linear.app/acme/issue/ENG-${n}`,
    actor: { id: 'user-1', type: 'user', name: 'Ada Lovelace', email: 'ada@example.com' },
    updatedFrom: { updatedAt: new Date(now - 60_000).toISOString(), stateId: 'state-todo' },
    data: {
      id: `issue-${n}-${randomBytes(4).toString('hex')}`,
      identifier: `ENG-${n}`,
      number: n,
      title: 'Customers ask for dark mode in the roadmap view',
      description: 'Several enterprise customers asked for a dark theme. '.repeat(8),
      priority: 2,
      priorityLabel: 'High',
      estimate: 3,
      teamId: 'team-eng',
      stateId: 'state-progress',
      state: { id: 'state-progress', name: 'In Progress', color: '#f2c94c', type: 'started' },
      labelIds: ['label-feedback'],
      labels: [{ id: 'label-feedback', name: 'Feedback', color: '#5e6ad2' }],
      createdAt: new Date(now - 86_400_000).toISOString(),
      updatedAt: new Date(now).toISOString(),
      url: `https://linear.app/acme/issue/ENG-${n}`,
    },
    webhookTimestamp: now,
  });
}

/** User+system CPU time of a process in ms, from /proc (Linux); 0 elsewhere. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server for finding hot spots.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      LINEAR_API_KEY: 'lin_api_bench',
      LINEAR_WEBHOOK_SECRET: SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, port };
}

async function run(
  label: string,
  env: Record<string, string>,
  storeOpts: { dataDir: string; databaseUrl?: string },
) {
  const { child, port } = await startServer(env);
  let n = 0;
  const sign = (body: string) => createHmac('sha256', SECRET).update(body).digest('hex');
  const base = {
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    requests: [
      {
        method: 'POST',
        path: '/webhooks/linear',
        setupRequest: (req: Record<string, unknown>) => {
          n++;
          const body = issueBody(n);
          return {
            ...req,
            body,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'linear-signature': sign(body),
              'linear-delivery': `bench-${label}-${n}-${randomBytes(6).toString('hex')}`,
              'linear-event': 'Issue',
            },
          };
        },
      },
    ],
  };
  await autocannon({ ...base, amount: WARMUP }); // warm-up: JIT, statement caches, pool
  const cpuBefore = processCpuMs(child.pid);
  const started = performance.now();
  const result = await autocannon({ ...base, amount: TOTAL });
  // autocannon's own duration is rounded to whole seconds; time the run ourselves.
  const seconds = (performance.now() - started) / 1000;
  const serverCpuMs = processCpuMs(child.pid) - cpuBefore;
  const load = os.loadavg()[0]?.toFixed(2);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const store = await openStore(storeOpts);
  const deliveries = await store.get<{ n: number }>(
    "SELECT count(*) AS n FROM webhook_deliveries WHERE delivery_id LIKE 'bench-%'",
  );
  const jobs = await store.get<{ n: number }>("SELECT count(*) AS n FROM jobs WHERE type = 'linear.Issue'");
  await store.close();
  const accepted = result['2xx'] + WARMUP;
  const lost = Math.max(accepted - Number(deliveries?.n), accepted - Number(jobs?.n));
  const rate = result.requests.total / seconds;
  process.stdout.write(
    [
      `${label}: ${result.requests.total} requests, ${CONNECTIONS} connections, ${seconds.toFixed(2)} s`,
      `  throughput ${Math.round(rate)} verified deliveries/s (autocannon mean ${Math.round(result.requests.average)}/s)`,
      `  latency ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
      `  2xx ${accepted}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
      `  rows after: ${deliveries?.n} deliveries, ${jobs?.n} jobs (incl. ${WARMUP} warm-up) — lost ${lost}`,
      `  server CPU ${((serverCpuMs * 1000) / result.requests.total).toFixed(0)} µs per delivery; 1-min load average at end: ${load}`,
      '',
    ].join('\n'),
  );
  // Losing or refusing a delivery is a bug and fails the run; speed depends on the machine and
  // its other load, so the goal is reported, not enforced.
  const correct = lost === 0 && result.non2xx === 0 && result.errors === 0 && result.timeouts === 0;
  const fast = rate >= 1000 && result.latency.p99 < 20;
  const verdict = correct ? (fast ? 'met' : 'speed missed') : 'DELIVERIES LOST OR REFUSED';
  process.stdout.write(`  goal (>= 1000/s, p99 < 20 ms, nothing lost): ${verdict}\n`);
  return correct;
}

process.stdout.write(
  `webhook intake — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model} — Node ${process.version}\n`,
);
let allOk = true;
const dir = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-'));
try {
  allOk =
    (await run('sqlite, intake only', { DATA_DIR: dir, TRAILMAP_WORKER: 'off' }, { dataDir: dir })) && allOk;
  rmSync(dir, { recursive: true, force: true });
  allOk = (await run('sqlite, in-process worker', { DATA_DIR: dir }, { dataDir: dir })) && allOk;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `trailmap_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const pgDir = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-pg-'));
  try {
    allOk =
      (await run(
        'postgres, intake only',
        { DATABASE_URL: url.toString(), DATA_DIR: pgDir, TRAILMAP_WORKER: 'off' },
        { dataDir: pgDir, databaseUrl: url.toString() },
      )) && allOk;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(pgDir, { recursive: true, force: true });
  }
} else {
  process.stdout.write('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)\n');
}
process.exitCode = allOk ? 0 : 1;
