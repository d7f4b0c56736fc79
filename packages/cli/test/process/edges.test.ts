import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main';
import { captureOutput } from '../support/captureOutput';

const cliDir = join(import.meta.dirname, '..', '..');
const sample = join(cliDir, 'samples', 'backlog.jira.csv');
const io = captureOutput();

describe('edges of the trailmap command', () => {
  it('an --out path that cannot be written is one line and exit 1, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-out-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(
      await runCli(['roadmap', sample, '--today', '2026-11-26', '--out', join(file, 'roadmap.html')]),
    ).toBe(1);
    // A file where a folder should be: ENOTDIR (EEXIST from mkdir before writeOutputFile).
    expect(io.err).toMatch(/cannot write the page \((ENOTDIR|EEXIST)\)/);
    expect(io.err).not.toContain('internal error');
    expect(io.err.trim().split('\n').at(-1)).toMatch(/choose another --out path$/);
  });

  it.each([
    ['roadmap', ['roadmap', sample, '--today', '2026-11-26', '--out'], 'the page'],
    [
      'label train',
      [
        'label',
        'train',
        join(cliDir, 'samples', 'backlog.jira.csv'),
        '--text',
        'Summary',
        '--label',
        'Labels',
        '--out',
      ],
      'the model',
    ],
  ])(
    '%s --out under /proc fails at once with one line instead of hanging',
    (_name, args, what) => {
      // Node's mkdir({ recursive: true }) never returns for a folder under /proc; a real child
      // process with a timeout is the only way to see a hang.
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(cliDir, 'src', 'main.ts'), ...args, '/proc/trailmap-none/out.file'],
        {
          encoding: 'utf8',
          cwd: cliDir,
          timeout: 30_000,
        },
      );
      expect(run.signal).toBeNull();
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(
        new RegExp(
          `^trailmap: /proc/trailmap-none/out\\.file: cannot write ${what} \\(E[A-Z]+\\); choose another --out path$`,
        ),
      );
      expect(run.stderr).not.toContain('internal error');
    },
    40_000,
  );

  it('stays silent when the reader of its output goes away (| head -1)', () => {
    const main = join(cliDir, 'src', 'main.ts');
    const run = spawnSync(
      'sh',
      ['-c', `node --import tsx "${main}" score "${sample}" --format json --limit 0 | head -1`],
      { encoding: 'utf8', cwd: cliDir },
    );
    expect(run.stdout).toBe('[\n');
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
