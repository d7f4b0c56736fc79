import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BacklogInput } from '@trailmap/core';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';
import { runRoadmap } from './roadmap';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-roadmap-'));
const jiraSample = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples', 'backlog.jira.csv');

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const item = (key: string, extra: Record<string, unknown> = {}) => ({
  id: key,
  key,
  title: `Title of ${key}`,
  statusCategory: 'todo' as const,
  ...extra,
});

const backlog: BacklogInput = {
  items: [
    item('E-1', {
      type: 'Epic',
      initiative: 'Growth',
      statusCategory: 'in_progress',
      startDate: '2026-02-02',
      targetDate: '2026-02-20',
    }),
    item('S-1', { parentKey: 'E-1', statusCategory: 'done' }),
    item('S-2', { parentKey: 'E-1', targetDate: '2026-03-06' }),
    item('I-1', {
      initiative: 'Trust',
      release: 'v2',
      fields: { reach: 100, impact: 2, confidence: 1, effort: 1 },
    }),
    item('I-2', {
      title: '<img src=x onerror=alert(1)>',
      fields: { reach: 10, impact: 1, confidence: 1, effort: 1 },
    }),
    item('I-3'),
  ],
  releases: [
    { id: 'r1', name: 'v1', start: '2026-02-02', end: '2026-02-27' },
    { id: 'r2', name: 'v2', start: '2026-03-02', end: '2026-03-27' },
  ],
};
const file = write('backlog.json', backlog);
const noConfig = write('empty.config.json', {});

const io = captureOutput();

const roadmap = (...args: string[]) => runCli(['roadmap', ...args, '--config', noConfig]);

describe('trailmap roadmap', () => {
  it('prints the columns, groups with progress and at-risk items, and writes the page', async () => {
    const outFile = join(dir, 'nested', 'page.html');
    expect(await roadmap(file, '--today', '2026-02-10', '--group-by', 'initiative', '--out', outFile)).toBe(
      0,
    );
    expect([
      io.out.includes('Now 1 · Next 2 · Later 1'),
      /Growth\s+1\s+progress 1\/2 \(50%\)\s+1 at risk/.test(io.out),
      io.out.includes('E-1        Title of E-1'),
      io.out.includes('target 2026-02-20 is before child S-2 ends (2026-03-06)'),
      io.out.includes(`Wrote ${outFile}`),
      existsSync(outFile),
    ]).toEqual([true, true, true, true, true, true]);
  });

  it('writes roadmap.html in the current directory when --out is absent', async () => {
    const cwd = process.cwd();
    const here = mkdtempSync(join(tmpdir(), 'trailmap-roadmap-cwd-'));
    process.chdir(here);
    try {
      expect(await roadmap(file, '--today', '2026-02-10')).toBe(0);
      expect(readFileSync(join(here, 'roadmap.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('escapes titles in the written page', async () => {
    const run = await runRoadmap(file, { today: '2026-02-10', out: join(dir, 'x.html'), config: noConfig });
    expect([run.html.includes('<img'), run.html.includes('&lt;img src=x onerror=alert(1)&gt;')]).toEqual([
      false,
      true,
    ]);
  });

  it('honours --view, --bucket and --level all', async () => {
    const run = await runRoadmap(file, {
      today: '2026-02-10',
      view: 'timeline',
      bucket: 'week',
      level: 'all',
      out: join(dir, 't.html'),
      config: noConfig,
    });
    expect([
      run.html.includes('class="board-section"'),
      run.stdout.includes('Timeline by week'),
      run.html.includes('data-key="S-2"'),
    ]).toEqual([false, true, true]);
  });

  it('places items with the rules from --rules instead of the defaults', async () => {
    const rules = write('ok-rules.json', [
      { id: 'untitled', when: 'field', field: 'reach', equals: 10, column: 'now' },
    ]);
    const run = await runRoadmap(file, {
      today: '2026-02-10',
      rules,
      out: join(dir, 'r.html'),
      config: noConfig,
    });
    expect([
      /NOW \(1\): .*reach = 10/.test(run.stdout),
      run.stdout.includes('Now 1 · Next 0 · Later 3'),
    ]).toEqual([true, true]);
  });

  it('links items with --link, encoding the key', async () => {
    const run = await runRoadmap(file, {
      today: '2026-02-10',
      link: 'https://acme.atlassian.net/browse/{key}',
      out: join(dir, 'l.html'),
      config: noConfig,
    });
    expect(run.html.includes('href="https://acme.atlassian.net/browse/E-1"')).toBe(true);
  });

  it('groups the sample Jira export, leaving feedback issues off the board', async () => {
    const run = await runRoadmap(jiraSample, {
      today: '2026-11-26',
      groupBy: 'initiative',
      out: join(dir, 's.html'),
    });
    expect([
      run.stdout.includes('current release 2026.12'),
      run.stdout.includes('30 feedback issues'),
      run.stdout.includes('Enterprise readiness'),
    ]).toEqual([true, true, true]);
  });

  it('forecasts releases from throughput and flags targets the forecast misses, unless --no-forecast', async () => {
    const withForecast = await runRoadmap(jiraSample, { today: '2026-11-26', out: join(dir, 'f.html') });
    const without = await runRoadmap(jiraSample, {
      today: '2026-11-26',
      forecast: false,
      out: join(dir, 'g.html'),
    });
    expect([
      /P85 release forecast from \d+ weeks of throughput/.test(withForecast.stdout),
      withForecast.stdout.includes('is before the forecast end'),
      without.stdout.includes('no release forecast: turned off with --no-forecast'),
      without.stdout.includes('is before the forecast end'),
    ]).toEqual([true, true, true, false]);
  });
});

describe('trailmap roadmap bad input', () => {
  const oneLine = () => io.err.trim().split('\n');

  it('rejects a bad --today with one line and exit 2', async () => {
    expect([await roadmap(file, '--today', '2026-02-30'), oneLine()]).toEqual([
      2,
      ['trailmap: --today must be a date YYYY-MM-DD, got "2026-02-30"'],
    ]);
  });

  it('rejects an unknown --view with one line and exit 2', async () => {
    expect([await roadmap(file, '--today', '2026-02-10', '--view', 'gantt'), oneLine()]).toEqual([
      2,
      ['trailmap: --view must be one of now-next-later, timeline, both, got "gantt"'],
    ]);
  });

  it('turns the forecast off with --no-forecast', async () => {
    expect(
      await roadmap(jiraSample, '--today', '2026-11-26', '--no-forecast', '--out', join(dir, 'nf.html')),
    ).toBe(0);
    expect(io.out.includes('no release forecast: turned off with --no-forecast')).toBe(true);
  });

  it('rejects an unknown --group-by field, naming the valid ones', async () => {
    expect([
      await roadmap(file, '--today', '2026-02-10', '--group-by', 'initiative,colour'),
      oneLine(),
    ]).toEqual([
      2,
      [
        'trailmap: --group-by must be one of initiative, project, theme, label, team, assignee, release, component, milestone, got "colour"',
      ],
    ]);
  });

  it('rejects --bucket cycle when no release has dates', async () => {
    const bare = write('bare.json', { items: [item('A')] });
    expect(
      await roadmap(bare, '--today', '2026-02-10', '--bucket', 'cycle', '--out', join(dir, 'c.html')),
    ).toBe(2);
    expect(oneLine()[0]).toMatch(/^trailmap: --bucket cycle: .*start and an end date/);
  });

  it('reports a missing file and writes nothing', async () => {
    const outFile = join(dir, 'never.html');
    expect([
      await roadmap(join(dir, 'missing.csv'), '--out', outFile),
      oneLine(),
      existsSync(outFile),
    ]).toEqual([2, [`trailmap: ${join(dir, 'missing.csv')}: file not found`], false]);
  });

  it('rejects a rules file with a bad rule, naming the rule and field', async () => {
    const rules = write('rules.json', [
      { when: 'label', label: 'security', column: 'now' },
      { when: 'top-score', n: -1, column: 'next' },
    ]);
    expect(await roadmap(file, '--today', '2026-02-10', '--rules', rules)).toBe(2);
    expect(oneLine()[0]).toMatch(/rules\.json: rules\[1\]\.n: /);
  });

  it('rejects a --link that is not an http(s) template', async () => {
    expect(await roadmap(file, '--today', '2026-02-10', '--link', 'javascript:alert(1)/{key}')).toBe(2);
  });
});

describe('trailmap roadmap --group-by component', () => {
  it('groups by the Jira Component/s column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-component-'));
    const file = join(dir, 'jira.csv');
    writeFileSync(
      file,
      'Summary,Issue key,Issue id,Status,Component/s,Due date\nA,PM-1,1,To Do,Billing,20/Feb/26 12:00 AM\nB,PM-2,2,To Do,API,21/Feb/26 12:00 AM\n',
    );
    const out = join(dir, 'r.html');
    const run = await runRoadmap(file, { today: '2026-02-10', groupBy: 'component', out });
    expect(run.stdout).not.toContain('No component');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Billing');
    expect(html).toContain('API');
  });
});

describe('trailmap roadmap --group-by milestone', () => {
  it('groups a Linear export by its Project Milestone column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-milestone-'));
    const file = join(dir, 'linear.csv');
    writeFileSync(
      file,
      '"ID","Team","Title","Status","Due Date","Project Milestone"\n' +
        '"A-1","Core","One","Todo","2026-02-20","M1: Alpha"\n' +
        '"A-2","Core","Two","Todo","2026-02-21","M2: Beta"\n',
    );
    const out = join(dir, 'r.html');
    const run = await runRoadmap(file, { today: '2026-02-10', groupBy: 'milestone', out });
    expect(run.stdout).not.toContain('No milestone');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('M1: Alpha');
    expect(html).toContain('M2: Beta');
  });
});

describe('trailmap roadmap on an export with no scoring fields', () => {
  it('ranks Next by signals when rice finds none of its inputs, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-signals-'));
    const file = join(dir, 'jira.csv');
    writeFileSync(
      file,
      'Summary,Issue key,Issue id,Issue Type,Status,Priority,Custom field (Story Points)\nA,PM-1,1,Story,To Do,High,3\nB,PM-2,2,Story,To Do,Low,\n',
    );
    const run = await runRoadmap(file, { today: '2026-02-10', out: join(dir, 'r.html') });
    expect(run.stdout).toContain('scores: signals (2 scored)');
    expect(run.stdout).toMatch(/Next 2/);
    expect(run.stderr).toContain('scored by signals');
  });

  it('accepts --framework signals as score and plan do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-signals-'));
    const file = join(dir, 'jira.csv');
    writeFileSync(file, 'Summary,Issue key,Issue id,Status,Priority\nA,PM-1,1,To Do,High\n');
    const run = await runRoadmap(file, {
      today: '2026-02-10',
      framework: 'signals',
      out: join(dir, 'r.html'),
    });
    expect(run.stdout).toContain('scores: signals (1 scored)');
  });
});

describe('trailmap roadmap warnings about links', () => {
  it('does not warn about links between ideas and their feedback issues', async () => {
    const csv = write(
      'feedback-links.jira.csv',
      [
        'Summary,Issue key,Issue id,Issue Type,Status,Outward issue link (Blocks),Inward issue link (Blocks)',
        'Bulk edit,ABC-1,10001,Story,To Do,ABC-9,',
        'Customer asks for bulk edit,ABC-9,10009,Feedback,Open,,ABC-1',
        'Export,ABC-2,10002,Story,To Do,,',
      ].join('\n'),
    );
    expect(await roadmap(csv, '--today', '2026-02-10', '--out', join(dir, 'fb.html'))).toBe(0);
    expect(io.err).not.toContain('not in the backlog');
  });

  it('prints the first 10 warnings and a count unless --all', async () => {
    const backwards = write('backwards.json', {
      items: Array.from({ length: 14 }, (_, i) =>
        item(`A-${i + 1}`, { startDate: '2026-03-10', targetDate: '2026-03-01' }),
      ),
    });
    expect(await roadmap(backwards, '--today', '2026-02-10', '--out', join(dir, 'backwards.html'))).toBe(0);
    const lines = io.err.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('trailmap: warning:'))).toHaveLength(10);
    expect(lines).toContain(
      'trailmap: warning: A-1: start 2026-03-10 is after target 2026-03-01; drawn as a milestone on the target',
    );
    expect(lines.at(-1)).toBe('trailmap: … and 4 more warnings (--all prints every one)');
    io.err = '';
    expect(
      await roadmap(backwards, '--today', '2026-02-10', '--out', join(dir, 'backwards.html'), '--all'),
    ).toBe(0);
    expect(
      io.err
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('trailmap: warning:')),
    ).toHaveLength(14);
  });
});

describe('trailmap roadmap scores', () => {
  it('scores an item as trailmap score does: the open ideas are ranked, not the done ones', async () => {
    // Epic one has no estimate, so signals scores it against the team's known efforts, which
    // differ when the cancelled story's estimate is counted.
    const csv = write(
      'open-only.jira.csv',
      [
        'Summary,Issue key,Issue id,Issue Type,Status,Priority,Story Points,Created,Due date,Parent',
        'Epic one,ABC-1,10001,Epic,In Review,High,,2026-08-04,,',
        'Story a,ABC-2,10002,Story,QA Testing,Medium,3,2026-08-05,2026-12-20,10001',
        'Story b,ABC-3,10003,Story,Ready for Dev,Low,5,2026-08-06,2027-01-15,10001',
        "Story c,ABC-4,10004,Story,Won't Do,Low,5,2026-08-06,,10001",
      ].join('\n'),
    );
    expect(await runCli(['score', csv, '--format', 'json', '--config', noConfig])).toBe(0);
    const scored = JSON.parse(io.out) as { key: string; score: number }[];
    const epic = scored.find((s) => s.key === 'ABC-1')!;
    io.out = '';
    expect(await roadmap(csv, '--today', '2026-12-01', '--out', join(dir, 'open-only.html'))).toBe(0);
    const line = io.out.split('\n').find((l) => l.includes('ABC-1'))!;
    expect(line).toContain(`score ${epic.score.toFixed(1)}`);
  });
});
