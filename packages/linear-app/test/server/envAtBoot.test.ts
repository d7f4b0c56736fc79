import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Code without its comments, so a JSDoc example mentioning the environment does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the environment is read once, at boot', () => {
  it('only src/boot/bootConfig.ts reads process.env in linear-app/src', () => {
    const readers = sourceFiles(join(packageDir, 'src'))
      .filter((file) =>
        /\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(code(readFileSync(file, 'utf8'))),
      )
      .map((file) => relative(packageDir, file));
    expect(readers).toEqual(['src/boot/bootConfig.ts']);
  });

  it('carries the worker lease and poll interval in the boot config, with defaults', () => {
    const defaults = loadConfig({});
    const set = loadConfig({
      TRAILMAP_LEASE_MS: '1500',
      TRAILMAP_POLL_MS: '100',
      npm_lifecycle_event: 'start',
    });
    expect(
      defaults.ok && [
        defaults.config.workerLeaseMs,
        defaults.config.workerPollMs,
        defaults.config.underPackageManager,
      ],
    ).toEqual([60_000, 500, false]);
    expect(
      set.ok && [set.config.workerLeaseMs, set.config.workerPollMs, set.config.underPackageManager],
    ).toEqual([1500, 100, true]);
  });

  it('names a bad lease or poll interval instead of running with NaN', () => {
    const r = loadConfig({ TRAILMAP_LEASE_MS: 'soon', TRAILMAP_POLL_MS: '0' });
    expect(r.ok ? [] : r.problems.map((p) => `${p.variable}: ${p.message}`)).toEqual([
      'TRAILMAP_LEASE_MS: must be a number of milliseconds, e.g. 60000',
      'TRAILMAP_POLL_MS: must be at least 10 ms (default 500)',
    ]);
  });
});
