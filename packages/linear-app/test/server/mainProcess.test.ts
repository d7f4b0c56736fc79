import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SECRET_KEY_FILE } from '../../src/config/secretKey';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-main-'));

/** Starts `src/main.ts` as `pnpm start` does and resolves once it prints its URL. */
async function start(): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir, LINEAR_API_KEY: 'lin_api_test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
  return { child, url, out: () => out };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('the server process', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, prints its URL and mode, serves /healthz, and exits cleanly on SIGTERM', async () => {
    const { child, url, out } = await start();
    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string; mode: string };
    child.kill('SIGTERM');
    const code = await exitOf(child);
    expect(health).toMatchObject({ status: 'ok', mode: 'api-key' });
    expect(out()).toContain('mode: api-key');
    expect(out()).toContain(`storage: sqlite:${join(dataDir, 'trailmap.sqlite')}`);
    expect(code).toBe(0);
  });

  it('reuses the key it generated on the first start', async () => {
    const key = readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8');
    const { child, out } = await start();
    child.kill('SIGTERM');
    await exitOf(child);
    expect(out()).toContain('secret key: file');
    expect(readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8')).toBe(key);
  });
});
