import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SECRET_KEY_FILE } from '../../src/config/secretKey';
import { listeningPort, PACKAGE_DIR, spawnCapturing } from '../support/serverProcess';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'trailmap-main-'));
const dataDir = join(scratch, 'data');
// Linear is a closed loopback port: these tests never leave the machine.
const OFFLINE_LINEAR = 'http://127.0.0.1:59996/graphql';

const baseEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? scratch,
  PORT: '0',
  DATA_DIR: dataDir,
  LINEAR_API_KEY: 'lin_api_test',
  LINEAR_API_URL: OFFLINE_LINEAR,
  ...extra,
});

/** Starts `src/main.ts` as `pnpm start` does and resolves once it prints its URL. */
async function start(
  env: Record<string, string> = baseEnv(),
  command: [string, string[], string] = [process.execPath, ['--import', 'tsx', 'src/main.ts'], PACKAGE_DIR],
): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const run = spawnCapturing(command[0], command[1], { cwd: command[2], env });
  const port = await listeningPort(run);
  return { child: run.child, url: `http://localhost:${port}`, out: run.output };
}

/** Runs main.ts to its exit; for start-up failures. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const run = spawnCapturing(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PACKAGE_DIR, env });
  const code = await run.exited;
  return { code, out: run.output() };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('the server process', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('starts, prints its URL and mode, serves /healthz, and exits cleanly on SIGTERM', async () => {
    const { child, url, out } = await start();
    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string; mode: string };
    child.kill('SIGTERM');
    const code = await exitOf(child);
    expect(health).toMatchObject({ status: 'ok', mode: 'api-key', linear: { reachable: false } });
    expect(out()).toContain('mode: api-key');
    expect(out()).toContain(`storage: sqlite:${join(dataDir, 'trailmap.sqlite')}`);
    expect(code).toBe(0);
  });

  it('keeps DATA_DIR and every file in it private to its owner', () => {
    expect(mode(dataDir)).toBe('700');
    for (const file of [SECRET_KEY_FILE, 'trailmap.sqlite'])
      expect([file, mode(join(dataDir, file))]).toEqual([file, '600']);
  });

  it('reuses the key it generated on the first start', async () => {
    const key = readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8');
    const { child, out } = await start();
    child.kill('SIGTERM');
    await exitOf(child);
    expect(out()).toContain('secret key: file');
    expect(readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8')).toBe(key);
  });

  it('refuses to start with a different key, in one line saying what to do', async () => {
    const { code, out } = await failedStart(baseEnv({ TRAILMAP_SECRET_KEY: 'ab'.repeat(32) }));
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(
      /^TRAILMAP_SECRET_KEY is not the key this database was created with .*restore the original key/,
    );
  });

  it.each([
    [
      { TRAILMAP_PLAN_HORIZON: '99' },
      /^Invalid configuration:\n {2}TRAILMAP_PLAN_HORIZON: must be a whole number/,
    ],
    [
      { TRAILMAP_REACH_WEIGHTS: 'notjson' },
      /^Invalid configuration:\n {2}TRAILMAP_REACH_WEIGHTS: must be a JSON object/,
    ],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/x' }, /TRAILMAP_SECRET_KEY: is required with DATABASE_URL/],
    [
      { DATABASE_URL: 'postgres://127.0.0.1:59995/x', TRAILMAP_SECRET_KEY: '11'.repeat(32) },
      /^DATABASE_URL: cannot open the database \(ECONNREFUSED/,
    ],
  ])('names the variable in its error for %j', async (extra, pattern) => {
    const { code, out } = await failedStart(baseEnv(extra));
    expect(code).toBe(1);
    expect(out).toMatch(pattern);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('names the file when DATA_DIR is a file or the key file is empty', async () => {
    const asFile = join(scratch, 'not-a-dir');
    writeFileSync(asFile, 'x');
    const a = await failedStart(baseEnv({ DATA_DIR: asFile }));
    expect([a.code, a.out.trim()]).toEqual([
      1,
      `DATA_DIR ${asFile} is a file, not a directory: point DATA_DIR at a directory`,
    ]);
    const emptyKeyDir = join(scratch, 'empty-key');
    mkdirSync(emptyKeyDir);
    writeFileSync(join(emptyKeyDir, SECRET_KEY_FILE), '');
    const b = await failedStart(baseEnv({ DATA_DIR: emptyKeyDir }));
    expect(b.code).toBe(1);
    expect(b.out.trim()).toMatch(new RegExp(`^key file ${join(emptyKeyDir, SECRET_KEY_FILE)} is empty`));
  });

  it('reports a port in use in one line, before its worker claims any job', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const fresh = join(scratch, 'port-in-use');
      const { code, out } = await failedStart(baseEnv({ PORT: String(port), DATA_DIR: fresh }));
      const db = new Database(join(fresh, 'trailmap.sqlite'), { readonly: true });
      const claimed = db.prepare('SELECT count(*) AS n FROM jobs WHERE attempts > 0').get() as { n: number };
      const queued = db.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number };
      db.close();
      expect([claimed.n, queued.n]).toEqual([0, 0]);
      expect(code).toBe(1);
      expect(out.trim()).toBe(
        `PORT: port ${port} is already in use (is another Trailmap still running?): stop it or set PORT to a free port`,
      );
    } finally {
      blocker.close();
    }
  });

  it('stops the server when `pnpm start` gets SIGTERM (no process left behind)', async () => {
    const pnpmDir = join(scratch, 'pnpm-start');
    const { child, url } = await start(baseEnv({ DATA_DIR: pnpmDir }), ['pnpm', ['start'], repoRoot]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    await exitOf(child);
    // The server itself must be gone, not just pnpm: its port stops answering.
    let answering = true;
    for (let i = 0; i < 80 && answering; i++) {
      await new Promise((r) => setTimeout(r, 100));
      answering = await fetch(`${url}/healthz`).then(
        () => true,
        () => false,
      );
    }
    expect(answering).toBe(false);
  });
});
