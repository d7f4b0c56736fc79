// Fault-injection figures: `pnpm bench faults`. The same faults as test/faults (which assert the
// behaviour), run bigger and measured: deliveries, lost and duplicated counts, recovery times,
// and the server's RSS around an unauthenticated flood. PostgreSQL paused runs when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set; the full disk when a tmpfs can be mounted.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../src/storage/postgresStore';
import { openSqliteStore } from '../src/storage/sqliteStore';
import type { Store } from '../src/storage/store';
import {
  type Answer,
  acknowledged,
  createEffectsTable,
  type FaultServer,
  type Ledger,
  postDelivery,
  settledLedger,
  startFaultServer,
  stopFaultServer,
  waitFor,
} from '../test/faults/faultServer';
import { pausableProxy } from '../test/faults/pausableProxy';
import { rawRequest, stalledConnection } from '../test/faults/rawRequest';

const MiB = 1024 * 1024;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const out = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ms = (x: number) => `${Math.round(x)} ms`;
const ledgerLine = (l: Ledger) =>
  `acknowledged ${l.acknowledged}, lost ${l.lost.length}, duplicated ${l.duplicated.length}`;
const p = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
let failures = 0;
const check = (ok: boolean, what: string) => {
  if (!ok) {
    failures++;
    out(`  FAILED: ${what}`);
  }
};

/** Signed load from `connections` clients until `stop()` says so. */
function signedLoad(url: string, prefix: string, connections: number, holdMs = 0) {
  const answers: Answer[] = [];
  let running = true;
  let n = 0;
  const clients = Array.from({ length: connections }, async () => {
    while (running) answers.push(await postDelivery(url, `${prefix}-${n++}`, { holdMs, timeoutMs: 5_000 }));
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

async function killUnderLoad() {
  const dir = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-kill-'));
  const servers: FaultServer[] = [];
  const store = await (async () => {
    const first = await startFaultServer({ DATA_DIR: dir });
    servers.push(first);
    const s = openSqliteStore(join(dir, 'trailmap.sqlite'));
    await createEffectsTable(s);
    const loadRun = signedLoad(first.url, 'kill', CONNECTIONS, 20);
    const started = performance.now();
    await new Promise((r) => setTimeout(r, 3_000));
    first.child.kill('SIGKILL');
    await first.exited;
    const seconds = (performance.now() - started) / 1000;
    await loadRun.stop();
    const acked = loadRun.answers.filter(acknowledged).map((a) => a.deliveryId);
    const pending = await s.get<{ n: number }>(
      "SELECT count(*) AS n FROM jobs WHERE type = 'linear.Issue' AND status IN ('ready', 'running')",
    );
    const restartAt = performance.now();
    const second = await startFaultServer({ DATA_DIR: dir });
    servers.push(second);
    const upMs = performance.now() - restartAt;
    const ledger = await settledLedger(s, acked, 120_000);
    const settledMs = performance.now() - restartAt;
    out(
      `kill -9 under load (SQLite, ${CONNECTIONS} connections, jobs hold 20 ms, lease 1.5 s) — load ${load()}`,
    );
    out(
      `  ${acked.length} acknowledged in ${seconds.toFixed(1)} s (${Math.round(acked.length / seconds)}/s), ${loadRun.answers.length - acked.length} cut off by the kill; ${pending?.n} jobs unfinished at the kill`,
    );
    out(`  restart listening after ${ms(upMs)}; every job settled ${ms(settledMs)} after the restart`);
    out(`  ${ledgerLine(ledger)}`);
    check(
      ledger.lost.length === 0 && ledger.duplicated.length === 0,
      'kill -9: lost or duplicated deliveries',
    );
    return s;
  })();
  for (const s of servers) await stopFaultServer(s);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function flood() {
  const dir = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-flood-'));
  const server = await startFaultServer({
    DATA_DIR: dir,
    LINEAR_CLIENT_ID: 'client-bench',
    LINEAR_CLIENT_SECRET: 'client-secret-bench',
    PUBLIC_URL: 'http://127.0.0.1:9',
  });
  const store = openSqliteStore(join(dir, 'trailmap.sqlite'));
  await createEffectsTable(store);
  const port = Number(new URL(server.url).port);
  await Promise.all(Array.from({ length: 50 }, (_, i) => postDelivery(server.url, `warm-${i}`)));
  await settledLedger(store, []);
  await new Promise((r) => setTimeout(r, 1_000));
  const baseline = server.rssMiB();
  let peak = baseline;
  let flooding = true;
  const sampler = (async () => {
    while (flooding) {
      peak = Math.max(peak, server.rssMiB());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const signed = signedLoad(server.url, 'flood-signed', 2);
  const started = performance.now();
  const stalled = await Promise.all(Array.from({ length: 200 }, () => stalledConnection(port)));
  const head = (bytes: number, signature?: string) =>
    `POST /webhooks/linear HTTP/1.1\r\nHost: 127.0.0.1\r\n${signature ? `Linear-Signature: ${signature}\r\nLinear-Delivery: forged\r\n` : ''}Content-Length: ${bytes}\r\n\r\n`;
  const statuses = new Map<number, number>();
  const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  for (let round = 0; round < 3; round++)
    for (const s of await Promise.all(
      Array.from({ length: 64 }, () => rawRequest(port, head(5 * MiB), 5 * MiB)),
    ))
      count(s);
  for (let round = 0; round < 2; round++)
    for (const s of await Promise.all(
      Array.from({ length: 64 }, () => rawRequest(port, head(4 * MiB, 'ab'.repeat(32)), 4 * MiB)),
    ))
      count(s);
  let installs = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      for (let i = 0; i < 250; i++) {
        await (await fetch(`${server.url}/oauth/install`, { redirect: 'manual' })).text();
        installs++;
      }
    }),
  );
  const floodSeconds = (performance.now() - started) / 1000;
  flooding = false;
  await sampler;
  await signed.stop();
  for (const s of stalled) s.destroy();
  const endAt = performance.now();
  let after = server.rssMiB();
  while (after > baseline + 32 && performance.now() - endAt < 30_000) {
    await fetch(`${server.url}/healthz`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 250));
    after = server.rssMiB();
  }
  const backMs = performance.now() - endAt;
  const ledger = await settledLedger(
    store,
    signed.answers.filter(acknowledged).map((a) => a.deliveryId),
  );
  const latencies = signed.answers.map((a) => a.ms);
  // Tables the signed deliveries fill are left out; any other row is an unauthenticated write.
  const rows = await store.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const writes: string[] = [];
  for (const { name } of rows) {
    if (
      ['jobs', 'webhook_deliveries', 'fault_effects', 'schema_migrations', 'instance_settings'].includes(name)
    )
      continue;
    const n = Number((await store.get<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`))?.n);
    if (n > 0) writes.push(`${name}=${n}`);
  }
  out(`unauthenticated flood (SQLite, OAuth mode) — load ${load()}`);
  out(
    `  ${ms(floodSeconds * 1000)}: 200 stalled connections, 192 × 5 MiB unsigned, 128 × 4 MiB forged-signature, ${installs} GET /oauth/install`,
  );
  out(`  answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`);
  out(
    `  signed deliveries during the flood: ${signed.answers.length}, ${ledgerLine(ledger)}; latency p50 ${ms(p(latencies, 0.5))}, p99 ${ms(p(latencies, 0.99))}, max ${ms(Math.max(...latencies))}`,
  );
  out(
    `  server RSS: baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, after ${after.toFixed(0)} MiB (${ms(backMs)} after the flood)`,
  );
  out(`  rows written by unauthenticated requests: ${writes.length === 0 ? 'none' : writes.join(', ')}`);
  check(
    ledger.lost.length === 0 && ledger.duplicated.length === 0 && writes.length === 0,
    'flood: lost, duplicated or written',
  );
  await stopFaultServer(server);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function pgPaused(adminUrl: string) {
  const name = `trailmap_bench_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const direct = new URL(adminUrl);
  direct.pathname = `/${name}`;
  const proxy = await pausableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(direct);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const dir = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-pg-'));
  const server = await startFaultServer({
    DATA_DIR: dir,
    DATABASE_URL: viaProxy.toString(),
    TRAILMAP_SECRET_KEY: '44'.repeat(32),
  });
  const store: Store = openPostgresStore(direct.toString());
  await createEffectsTable(store);
  const loadRun = signedLoad(server.url, 'pg', 4);
  await new Promise((r) => setTimeout(r, 1_500));
  proxy.pause();
  const pausedAt = performance.now();
  const healthStart = performance.now();
  const health = await fetch(`${server.url}/healthz`);
  const healthMs = performance.now() - healthStart;
  await new Promise((r) => setTimeout(r, Math.max(0, 5_000 - (performance.now() - pausedAt))));
  proxy.resume();
  const resumedAt = performance.now();
  await waitFor('healthz ok', async () => (await fetch(`${server.url}/healthz`)).status === 200, 60_000);
  const recoveredMs = performance.now() - resumedAt;
  await new Promise((r) => setTimeout(r, 1_000));
  await loadRun.stop();
  const refused = loadRun.answers.filter((a) => !acknowledged(a));
  const duringMs = loadRun.answers.filter((a) => !acknowledged(a)).map((a) => a.ms);
  const retried = await Promise.all(refused.map((a) => postDelivery(server.url, a.deliveryId)));
  const acked = [...loadRun.answers.filter(acknowledged), ...retried.filter(acknowledged)].map(
    (a) => a.deliveryId,
  );
  const ledger = await settledLedger(store, acked, 60_000);
  out(`PostgreSQL paused for 5 s under load (4 connections, proxy freezes all traffic) — load ${load()}`);
  out(`  /healthz during the pause: ${health.status} after ${ms(healthMs)}`);
  out(
    `  ${loadRun.answers.length} deliveries sent, ${refused.length} refused (${[...new Set(refused.map((a) => ('status' in a ? a.status : 'error')))].join(', ')}), slowest refusal ${ms(Math.max(0, ...duringMs))}; retried: ${retried.filter(acknowledged).length} acknowledged`,
  );
  out(`  healthz ok ${ms(recoveredMs)} after PostgreSQL answered again; ${ledgerLine(ledger)}`);
  check(
    ledger.lost.length === 0 && ledger.duplicated.length === 0 && health.status === 503,
    'pg paused: lost, duplicated or healthy while paused',
  );
  await stopFaultServer(server);
  await store.close();
  await proxy.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}

async function fullDisk() {
  const mountPoint = mkdtempSync(join(os.tmpdir(), 'trailmap-bench-disk-'));
  const mounted =
    process.getuid?.() === 0 &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', mountPoint]).status === 0;
  if (!mounted) {
    out('full disk: skipped (needs root to mount a tmpfs)');
    rmdirSync(mountPoint);
    return;
  }
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  const server = await startFaultServer({ DATA_DIR: dataDir });
  const store = openSqliteStore(join(dataDir, 'trailmap.sqlite'));
  await createEffectsTable(store);
  const loadRun = signedLoad(server.url, 'disk', 4);
  await new Promise((r) => setTimeout(r, 1_000));
  const logFrom = server.output().length;
  const fd = openSync(filler, 'w');
  for (const size of [MiB, 4096, 1])
    try {
      for (;;) writeSync(fd, Buffer.alloc(size));
    } catch {}
  closeSync(fd);
  await new Promise((r) => setTimeout(r, 5_000));
  const health = await fetch(`${server.url}/healthz`);
  const log = server.output().slice(logFrom);
  rmSync(filler);
  const freedAt = performance.now();
  await waitFor('healthz ok', async () => (await fetch(`${server.url}/healthz`)).status === 200, 60_000);
  const recoveredMs = performance.now() - freedAt;
  await new Promise((r) => setTimeout(r, 1_000));
  await loadRun.stop();
  const statuses = new Map<string, number>();
  for (const a of loadRun.answers) {
    const k = 'status' in a ? String(a.status) : 'error';
    statuses.set(k, (statuses.get(k) ?? 0) + 1);
  }
  const refused = loadRun.answers.filter((a) => !acknowledged(a));
  const retried = await Promise.all(refused.map((a) => postDelivery(server.url, a.deliveryId)));
  const acked = [...loadRun.answers.filter(acknowledged), ...retried.filter(acknowledged)].map(
    (a) => a.deliveryId,
  );
  const ledger = await settledLedger(store, acked, 60_000);
  out(`full disk for 5 s under load (SQLite on a 32 MiB tmpfs, 4 connections) — load ${load()}`);
  out(
    `  answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; /healthz while full: ${health.status}`,
  );
  out(
    `  log while full: ${log.split('\n').filter(Boolean).length} lines, ${log.length} bytes, stack traces: ${/\n\s+at /.test(log) ? 'yes' : 'none'}`,
  );
  out(`  healthz ok ${ms(recoveredMs)} after the space was freed; ${ledgerLine(ledger)}`);
  check(
    ledger.lost.length === 0 && ledger.duplicated.length === 0 && !statuses.has('500'),
    'full disk: lost, duplicated or 500',
  );
  await stopFaultServer(server);
  await store.close();
  spawnSync('umount', [mountPoint]);
  rmdirSync(mountPoint);
}

out(
  `fault injection — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model} — Node ${process.version}`,
);
await killUnderLoad();
await flood();
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) await pgPaused(pgUrl);
else out('PostgreSQL paused: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
await fullDisk();
process.exitCode = failures ? 1 : 0;
