import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@trailmap/trackers';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { inputValue } from '../errors';
import { runCli } from '../main';
import { runInit } from './init';

const io = captureOutput();

function exportFile(rows: string[], name = 'jira.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-init-'));
  const file = join(dir, name);
  writeFileSync(
    file,
    [
      'Summary,Issue key,Issue id,Issue Type,Status,Priority,Votes,Custom field (Story Points),Fix versions',
      ...rows,
    ].join('\n'),
  );
  return file;
}

const rows = [
  'A,PM-1,1,Story,To Do,High,3,5,v1',
  'B,PM-2,2,Story,To Do,Low,,,v2',
  'C,PM-3,3,Bug,Done,Medium,1,2,v1',
];

describe('trailmap init', () => {
  it('lists each usable field with its coverage and role', async () => {
    const { stdout, fields } = await runInit(exportFile(rows), {});
    expect(stdout).toMatch(/Custom field \(Story Points\)\s+2\/3 → effort/);
    expect(stdout).toMatch(/Priority\s+3\/3 → value \(signals\)/);
    expect(stdout).toMatch(/Fix versions\s+3\/3 → release/);
    expect(fields.find((f) => f.column === 'Votes')).toMatchObject({ filled: 2, total: 3 });
  });

  it('proposes signals and names the columns RICE and WSJF need, writing nothing without --write', async () => {
    const file = exportFile(rows);
    const { stdout, config } = await runInit(file, {});
    expect(config.framework).toBe('signals');
    expect(config.releases.map((r) => r.name)).toEqual(['v1', 'v2']);
    expect(stdout).toContain('For RICE add "Reach", "Impact", "Confidence", "Effort"');
    expect(stdout).toContain(
      'For WSJF add "Business Value", "Time Criticality", "Risk Reduction", "Job Size"',
    );
    expect(existsSync(join(file, '..', 'trailmap.config.json'))).toBe(false);
  });

  it('writes a config that the loader accepts with --write, refuses to overwrite without --force', async () => {
    const file = exportFile(rows);
    expect(await runCli(['init', file, '--write'])).toBe(0);
    const target = join(file, '..', 'trailmap.config.json');
    expect(JSON.parse(readFileSync(target, 'utf8')).framework).toBe('signals');
    const { config } = inputValue(await loadConfig({ inputFile: file }));
    expect(config.framework).toBe('signals');
    expect(await runCli(['init', file, '--write'])).toBe(1);
    expect(io.err).toContain('already exists; pass --force');
    expect(await runCli(['init', file, '--write', '--force'])).toBe(0);
  });

  it('makes score name the config it applied', async () => {
    const file = exportFile(rows);
    await runCli(['init', file, '--write']);
    io.err = '';
    expect(await runCli(['score', file])).toBe(0);
    expect(io.err).toContain(`trailmap: using config ${join(file, '..', 'trailmap.config.json')}`);
    expect(io.err).not.toContain('found none of its inputs');
  });
});

describe('unreadable input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-binary-'));
  it.each([
    [
      'zip',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, ...Array(400).fill(0x41)]),
      'a zip archive',
    ],
    [
      'utf16',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Summary,Issue key\n', 'utf16le')]),
      'UTF-16',
    ],
    ['binary', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256)), 'a binary file'],
  ])('a %s file gets one short line hinting to export a UTF-8 CSV', async (name, bytes, kind) => {
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, bytes);
    expect(await runCli(['score', file])).toBe(2);
    expect(io.err).toContain(kind);
    expect(io.err).toContain('as CSV (UTF-8)');
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err.length).toBeLessThan(300);
  });

  it('JSON that is neither Jira REST nor Trailmap says which formats are read', async () => {
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ data: [{ id: 1 }] }));
    expect(await runCli(['score', file])).toBe(2);
    expect(io.err).toContain('expected a Jira REST search response');
    expect(io.err).toContain('Trailmap JSON');
  });
});
