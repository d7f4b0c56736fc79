import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BacklogInput } from '@trailmap/core';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-score-'));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const item = (key: string, fields: Record<string, number | string>, extra: Record<string, unknown> = {}) => ({
  id: key,
  key,
  title: `Title of ${key}`,
  statusCategory: 'todo' as const,
  fields,
  ...extra,
});

// Intercom's three projects (SCORING.md R1–R3) plus one item missing effort, one invalid and one done.
const backlog: BacklogInput = {
  items: [
    item('P-1', { reach: 450, impact: 3, confidence: 1, effort: 2 }),
    item('P-2', { reach: 2000, impact: 1, confidence: 0.8, effort: 4 }),
    item('P-3', { reach: 800, impact: 2, confidence: 0.5, effort: 1 }),
    item('P-4', { reach: 100, impact: 2, confidence: 0.8 }),
    item('P-5', { reach: 100, impact: 7, confidence: 0.8, effort: 1 }),
    item('P-6', { reach: 9e9, impact: 3, confidence: 1, effort: 1 }, { statusCategory: 'done' }),
  ],
};
const file = write('backlog.json', backlog);
const iceFile = write('ice.json', { items: [item('I-1', { impact: 8, confidence: 7, ease: 5 })] });
const noConfig = write('empty.config.json', {});

const io = captureOutput();

const score = (...args: string[]) => runCli(['score', ...args, '--config', noConfig]);

describe('trailmap score --format json', () => {
  it('ranks P-3 > P-1 > P-2, then the unscored items', async () => {
    expect(await score(file, '--format', 'json')).toBe(0);
    const rows = JSON.parse(io.out) as { key: string; rank: number | null; score: number | null }[];
    expect(rows.map((r) => [r.key, r.rank, r.score])).toEqual([
      ['P-3', 1, 800],
      ['P-1', 2, 675],
      ['P-2', 3, 400],
      ['P-4', null, null],
      ['P-5', null, null],
    ]);
  });

  it('gives range, explanation and problems on every row', async () => {
    await score(file, '--format', 'json');
    const rows = JSON.parse(io.out);
    expect([
      rows[0].range,
      rows[0].explanation.frameworkId,
      rows[0].problems,
      rows[3].range,
      rows[3].problems[0].field,
    ]).toEqual([{ low: 400, high: 1600 }, 'rice', [], null, 'effort']);
  });

  it('skips done items unless --include-done', async () => {
    await score(file, '--format', 'json', '--include-done');
    expect(JSON.parse(io.out)[0].key).toBe('P-6');
  });

  it('adds the labelled relative view only when asked', async () => {
    await score(file, '--format', 'json', '--relative');
    expect(JSON.parse(io.out).map((r: { relative: number | null }) => r.relative)).toEqual([
      100,
      84,
      50,
      null,
      null,
    ]);
  });
});

describe('trailmap score --format table', () => {
  it('prints the ranked table, then the unscored items with what is missing', async () => {
    expect(await score(file)).toBe(0);
    const order = ['P-3', 'P-1', 'P-2', 'Unscored (2)', 'P-4 Title of P-4: missing effort', 'P-5'].map((s) =>
      io.out.indexOf(s),
    );
    expect([order.every((i) => i >= 0), [...order].sort((a, b) => a - b)]).toEqual([true, order]);
  });

  it('names the framework and version in the heading', async () => {
    await score(iceFile, '--framework', 'ice');
    expect(io.out.split('\n')[0]).toBe('ICE (product) v1: impact × confidence × ease (each 1–10)');
  });

  it('falls back to signals when the framework finds none of its inputs, and says so', async () => {
    expect(await score(file, '--framework', 'ice')).toBe(0);
    const [first, second] = io.out.split('\n');
    expect(first).toMatch(/^Signals \(inferred from tracker fields\) v1: /);
    expect(second).toContain('scored by signals because ice found none of its inputs');
    expect(io.err).toContain('ice found none of its inputs (impact, confidence, ease)');
    expect(io.out).not.toContain('No item could be scored');
  });

  it('carries the framework in JSON, for a fallback and for --framework signals', async () => {
    await score(file, '--framework', 'wsjf', '--format', 'json');
    const fellBack = JSON.parse(io.out) as { framework: string; score: number | null }[];
    expect(fellBack.every((r) => r.framework === 'signals' && r.score !== null)).toBe(true);
    io.out = '';
    io.err = '';
    await score(file, '--framework', 'signals', '--format', 'json');
    const chosen = JSON.parse(io.out) as { framework: string }[];
    expect(chosen.map((r) => r.framework)).toEqual(['signals', 'signals', 'signals', 'signals', 'signals']);
    expect(io.err).not.toContain('found none of its inputs');
  });

  it('shows the uncertainty range and top factor', async () => {
    await score(file);
    expect(io.out).toMatch(/P-3 .*│\s+800 │\s+400–1,600 │ impact 2/);
  });
});

describe('trailmap score --format csv', () => {
  it('writes a header and one line per item', async () => {
    await score(file, '--format', 'csv');
    const lines = io.out.trim().split('\n');
    expect([lines[0], lines.length, lines[1]?.startsWith('1,P-3,Title of P-3,800,400,1600,')]).toEqual([
      'rank,key,title,score,low,high,relative,label,top_factor,framework,version,summary,warnings,problems',
      6,
      true,
    ]);
  });
});

describe('trailmap score errors', () => {
  it('an unknown framework lists the presets and scorecards, printing nothing on stdout', async () => {
    const code = await score(file, '--framework', 'kano');
    expect([code, io.out, io.err]).toEqual([
      2,
      '',
      expect.stringContaining('unknown framework "kano"; valid: rice, rice-open, ice'),
    ]);
  });

  it('a missing file gives one line and a non-zero exit', async () => {
    const code = await score(join(dir, 'nope.csv'));
    expect([code, io.out, io.err.trim().split('\n').length]).toEqual([2, '', 1]);
  });

  it('a bad JSON backlog gives the importer’s InputError', async () => {
    const bad = write('bad.json', '{"items": [{"key": 1}]}');
    const code = await score(bad);
    expect([code, io.out, io.err]).toEqual([2, '', expect.stringMatching(/^trailmap: .*bad\.json: /)]);
  });

  it('rejects a bad --limit', async () => {
    expect([await score(file, '--limit', '-1'), io.err]).toEqual([2, expect.stringContaining('--limit')]);
  });
});

describe('trailmap score with scorecards from the config', () => {
  const card = {
    name: 'growth',
    label: 'Growth',
    criteria: [
      { field: 'reach', scale: { type: 'number', max: 1000 }, weight: 2 },
      { field: 'effort', scale: { type: 'range', min: 0, max: 10 }, weight: -1 },
    ],
  };

  it('scores with a named scorecard', async () => {
    const config = write('growth.config.json', { scorecards: [card] });
    const code = await runCli([
      'score',
      file,
      '--config',
      config,
      '--framework',
      'growth',
      '--format',
      'json',
    ]);
    const rows = JSON.parse(io.out);
    expect([code, rows[0].key, rows[0].explanation.name]).toEqual([0, 'P-2', 'Growth']);
  });

  it('lists config scorecards among the valid names', async () => {
    const config = write('growth2.config.json', { scorecards: [card] });
    await runCli(['score', file, '--config', config, '--framework', 'nope']);
    expect(io.err).toContain('scorecards: growth');
  });

  // plan and roadmap read the scorecards through the same reader: they used to skip a broken one.
  it.each([
    ['score', []],
    ['plan', ['--capacity', '10', '--instant']],
    ['roadmap', ['--out', join(dir, 'broken-roadmap.html')]],
  ])('%s names the invalid scorecard field', async (command, extra) => {
    const config = write('broken.config.json', {
      scorecards: [{ ...card, criteria: [{ ...card.criteria[0], weight: 0 }] }],
    });
    const code = await runCli([command, file, '--config', config, ...extra]);
    expect([code, io.out, io.err]).toEqual([
      2,
      '',
      expect.stringContaining('scorecards[0].criteria[0].weight'),
    ]);
  });
});

describe('trailmap score --derive-reach', () => {
  it('fills a blank reach from linked feedback customers', async () => {
    const withFeedback = write('feedback.json', {
      items: [item('F-1', { impact: 1, confidence: 1, effort: 1 })],
      feedback: [
        { id: 'fb1', text: 'a', customerId: 'c1', itemKeys: ['F-1'] },
        { id: 'fb2', text: 'b', customerId: 'c2', itemKeys: ['F-1'] },
        { id: 'fb3', text: 'c', customerId: 'c1', itemKeys: ['F-1'] },
      ],
      customers: [
        { id: 'c1', name: 'One' },
        { id: 'c2', name: 'Two' },
      ],
    });
    await score(withFeedback, '--derive-reach', '--format', 'json');
    expect(JSON.parse(io.out)[0].score).toBe(2);
  });
});

describe('trailmap score --compare', () => {
  it('explains why one item ranks above the other, deciding factor first', async () => {
    expect(await score(file, '--compare', 'P-1,P-3')).toBe(0);
    expect([io.out.split('\n')[0], /│ effort\s+│\s+1 │\s+2 │\s+×2 │/.test(io.out)]).toEqual([
      'P-3 ranks above P-1 (800 vs 675), mainly on effort (1 vs 2) and reach (800 vs 450); they could swap within their ranges.',
      true,
    ]);
  });

  it('gives the comparison as JSON', async () => {
    await score(file, '--compare', 'p-2,P-1', '--format', 'json');
    expect(JSON.parse(io.out)).toMatchObject({ higher: 'P-1', lower: 'P-2', exact: true, couldSwap: false });
  });

  it('names a key that is not a candidate', async () => {
    const code = await score(file, '--compare', 'P-1,P-6');
    expect([code, io.out, io.err]).toEqual([2, '', expect.stringContaining('no candidate item "P-6"')]);
  });
});

describe('trailmap score --framework moscow', () => {
  it('adds the DSDM effort shares and flags a Must share above 60 %', async () => {
    const moscow = write('moscow.json', {
      items: [
        item('M-1', { moscow: 'Must have', effort: 7 }),
        item('M-2', { moscow: 'Should', effort: 2 }),
        item('M-3', { moscow: 'Could', effort: 1 }),
      ],
    });
    await score(moscow, '--framework', 'moscow');
    expect([
      io.out.includes('Must 70 %, Should 20 %, Could 10 % of 10'),
      io.out.includes('above 60 %'),
    ]).toEqual([true, true]);
  });
});

describe('trailmap score on an export with no issues', () => {
  const header = write('header-only.jira.csv', 'Summary,Issue key,Issue id,Issue Type,Status,Due date\n');

  it('says so in one line and what to export, exiting 0 as plan does with nothing to plan', async () => {
    expect(await score(header)).toBe(0);
    expect(io.out.trim().split('\n')).toEqual([
      `${header}: the export has no issues (only a header row, or a filter that matched nothing); export the backlog again (in Jira, a filter that matches the backlog, then Export > CSV (all fields)) and run again`,
    ]);
  });

  it('keeps --format json machine-readable and says it on stderr', async () => {
    io.err = '';
    expect(await score(header, '--format', 'json')).toBe(0);
    expect(JSON.parse(io.out)).toEqual([]);
    expect(io.err).toContain('the export has no issues');
  });
});
