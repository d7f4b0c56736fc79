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
  it('says a header-only export has no issues and what to export', async () => {
    const { stdout } = await runInit(exportFile([]), {});
    const [first, second] = stdout.split('\n');
    expect(first).toMatch(/: a Jira CSV export, 0 items$/);
    expect(second).toMatch(
      /: the export has no issues \(only a header row, or a filter that matched nothing\); export the backlog again/,
    );
    expect((await runInit(exportFile([rows[0]!]), {})).stdout.split('\n')[0]).toMatch(/, 1 item$/);
  });

  it('proposes dates.order when every all-numeric date reads either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-init-'));
    const file = join(dir, 'excel.csv');
    writeFileSync(file, 'Summary,Issue key,Status,Due date\nA,PM-1,To Do,03/04/26\nB,PM-2,To Do,11/12/26\n');
    const { stdout, config } = await runInit(file, {});
    expect(config.dates).toEqual({ order: 'dmy' });
    expect(stdout).toContain(
      'Dates: all-numeric and every value ≤ 12/12, so they read either way; proposed "dates": { "order": "dmy" } (day-first); change it to "mdy" if your Jira writes them month-first',
    );
    expect((await runInit(exportFile(rows), {})).config.dates).toBeUndefined();
  });

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

  it.each([
    [
      'xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- RSS generated by JIRA -->\n<rss version="0.92"><channel><item><key>A-1</key></item></channel></rss>\n',
      "Jira's XML (RSS) export",
    ],
    [
      'html',
      '\uFEFF<!DOCTYPE html>\n<html><body><table><tr><th>Key</th></tr></table></body></html>\n',
      'an HTML page',
    ],
    [
      'doc',
      '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta charset="utf-8"></head></html>',
      'an HTML page',
    ],
  ])(
    "Jira's %s export says what it is and how to export CSV instead, for every command",
    async (name, text, kind) => {
      const file = join(dir, `search.${name}`);
      writeFileSync(file, text);
      for (const command of [
        ['score'],
        ['init'],
        ['roadmap', '--out', join(dir, 'r.html')],
        ['plan', '--capacity', '5'],
      ]) {
        io.err = '';
        expect(await runCli([command[0]!, file, ...command.slice(1)])).toBe(2);
        expect(io.err.trim().split('\n')).toEqual([
          `trailmap: ${file}: is ${kind}${kind.endsWith('export') ? '' : " (Jira's HTML or Word export?)"}, which trailmap does not read; export the issues from Jira as CSV (Export > CSV (all fields)) or from Linear as CSV, or save a Jira REST search as JSON`,
        ]);
      }
    },
  );

  it('JSON that is neither Jira REST nor Trailmap says which formats are read', async () => {
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ data: [{ id: 1 }] }));
    expect(await runCli(['score', file])).toBe(2);
    expect(io.err).toContain('expected a Jira REST search response');
    expect(io.err).toContain('Trailmap JSON');
  });
});
