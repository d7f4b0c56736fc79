import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, bundleIsFresh } from '../../bin/bundle.mjs';

const cliDir = join(import.meta.dirname, '..', '..');
const repoRoot = join(cliDir, '..', '..');
const samples = join(cliDir, 'samples');
const fromSources = ['--import', 'tsx', join(cliDir, 'src', 'main.ts')];

const run = (entry: readonly string[], args: readonly string[]) => {
  const child = spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', cwd: cliDir });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
};

// The source file whose time the freshness test moves. Before the build it is given a time with a
// fraction of a millisecond, as a clean clone's files have: put back through a Date (statSync's
// `mtime`, then utimesSync) it comes back as …711.999 ms, not …712.417, which an exact or
// whole-millisecond comparison took for a change (CI failed on it about half the time).
const movedSource = join(repoRoot, 'packages', 'core', 'src', 'index.ts');
const originalTime = statSync(movedSource);

describe('the bundled trailmap command', () => {
  let bundle: string;
  beforeAll(async () => {
    utimesSync(movedSource, originalTime.atime, 1_767_225_600.712_417);
    bundle = await buildBundle(join(mkdtempSync(join(tmpdir(), 'trailmap-bundle-')), 'trailmap.mjs'));
  }, 60_000);
  afterAll(() => utimesSync(movedSource, originalTime.atime, originalTime.mtime));

  it.each([
    ['score, json', ['score', join(samples, 'backlog.jira.csv'), '--format', 'json']],
    ['score of a Linear export', ['score', join(samples, 'backlog.linear.csv')]],
    [
      'plan, must-haves too big',
      [
        'plan',
        join(samples, 'backlog.jira.csv'),
        '--capacity',
        '13',
        '--releases',
        '2',
        '--today',
        '2026-03-01',
      ],
    ],
    ['init', ['init', join(samples, 'backlog.jira.csv')]],
    ['a bad argument', ['plan', join(samples, 'backlog.jira.csv'), '--capacity', 'lots']],
  ])(
    'answers %s exactly as the sources do',
    (_name, args) => {
      const bundled = run([bundle], args);
      expect(bundled).toEqual(run(fromSources, args));
      expect(bundled.stderr).not.toMatch(/internal error|at .*\.mjs/);
    },
    60_000,
  );

  it('plans with HiGHS, whose worker thread runs from its own file beside the sources', () => {
    const args = ['plan', join(samples, 'backlog.jira.csv'), '--capacity', '40', '--releases', '2'];
    const bundled = run([bundle], [...args, '--today', '2026-03-01']);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toContain('exact (HiGHS MIP): proven optimal in');
    const untimed = (text: string) => text.replace(/ in \d+(\.\d+)? s/g, ' in … s');
    const sources = run(fromSources, [...args, '--today', '2026-03-01']);
    expect(untimed(bundled.stdout)).toBe(untimed(sources.stdout));
  }, 60_000);

  it('is current until a source file it was built from changes, even to an older time', () => {
    expect(bundleIsFresh(bundle)).toBe(true);
    const before = statSync(movedSource);
    for (const mtime of [new Date(before.mtimeMs + 1000), new Date(before.mtimeMs - 86_400_000)]) {
      utimesSync(movedSource, before.atime, mtime);
      expect(bundleIsFresh(bundle)).toBe(false);
    }
    utimesSync(movedSource, before.atime, before.mtime);
    expect(statSync(movedSource).mtimeMs).not.toBe(before.mtimeMs);
    expect(bundleIsFresh(bundle)).toBe(true);
    expect(bundleIsFresh(join(tmpdir(), 'no-such-bundle.mjs'))).toBe(false);
  });

  it('bin/trailmap.js runs it, and stays silent when its reader leaves (| head -1)', () => {
    const bin = join(cliDir, 'bin', 'trailmap.js');
    const args = ['score', join(samples, 'backlog.jira.csv')];
    expect(run([bin], args)).toEqual(run(fromSources, args));
    const piped = spawnSync(
      'sh',
      ['-c', `node "${bin}" score "${join(samples, 'backlog.jira.csv')}" --format json --limit 0 | head -1`],
      { encoding: 'utf8', cwd: cliDir },
    );
    expect(piped.stdout).toBe('[\n');
    expect(piped.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);
});
