import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfig } from '../../src/config/env';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

describe('loadConfig', () => {
  it('runs in demo mode with defaults when no Linear variable is set', () => {
    const r = loadConfig({});
    expect(r.ok && [r.config.mode, r.config.port, r.config.dataDir, r.config.publicUrl]).toEqual([
      'demo',
      8787,
      './data',
      'http://localhost:8787',
    ]);
  });

  it('selects OAuth mode when client id, secret, webhook secret and public URL are set', () => {
    const r = loadConfig({
      LINEAR_CLIENT_ID: 'id',
      LINEAR_CLIENT_SECRET: 'secret',
      LINEAR_WEBHOOK_SECRET: 'wh',
      PUBLIC_URL: 'https://t.example/',
    });
    expect(r.ok && [r.config.mode, r.config.publicUrl]).toEqual(['oauth', 'https://t.example']);
  });

  it('selects single-workspace mode with only an API key', () => {
    const r = loadConfig({ LINEAR_API_KEY: 'lin_api_x' });
    expect(r.ok && r.config.mode).toBe('api-key');
  });

  it('lists every problem at once, one per variable', () => {
    const r = loadConfig({
      PORT: 'eighty',
      LINEAR_CLIENT_ID: 'id',
      DATABASE_URL: 'mysql://x',
      TRAILMAP_SECRET_KEY: 'short',
    });
    expect(r.ok).toBe(false);
    const variables = r.ok ? [] : r.problems.map((p) => p.variable).sort();
    expect(variables).toEqual(
      [
        'DATABASE_URL',
        'LINEAR_CLIENT_SECRET',
        'LINEAR_WEBHOOK_SECRET',
        'PORT',
        'PUBLIC_URL',
        'TRAILMAP_SECRET_KEY',
      ].sort(),
    );
  });

  it('refuses a webhook secret without any way to call Linear', () => {
    const r = loadConfig({ LINEAR_WEBHOOK_SECRET: 'wh' });
    expect(r.ok ? [] : r.problems.map((p) => p.variable)).toEqual(['LINEAR_WEBHOOK_SECRET']);
  });

  it('formats problems one line per variable', () => {
    expect(formatConfigProblems([{ variable: 'PORT', message: 'must be a port number (0-65535)' }])).toBe(
      'Invalid configuration:\n  PORT: must be a port number (0-65535)',
    );
  });
});

describe('server start with a bad environment', () => {
  it('exits with status 1 and prints one line per problem, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: packageDir,
      env: { PATH: process.env.PATH ?? '', PORT: '99999', LINEAR_CLIENT_ID: 'id' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(
      lines
        .slice(1)
        .map((l) => l.trim().split(':')[0])
        .sort(),
    ).toEqual(['LINEAR_CLIENT_SECRET', 'LINEAR_WEBHOOK_SECRET', 'PORT', 'PUBLIC_URL'].sort());
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
