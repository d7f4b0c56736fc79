import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-dedupe-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const data = write(
  'bugs.csv',
  [
    'Key,Summary,Description',
    'B-1,Crash when saving a draft,"Saving any draft closes the editor. java.lang.NullPointerException at com.acme.Editor.save(Editor.java:10)"',
    'B-2,Dark mode colours wrong in settings,The settings page ignores the dark theme',
    'B-3,Editor closes on save,"The editor quits when I save a draft, NullPointerException in Editor.save"',
    'B-4,Export to CSV drops the header row,The exported CSV file has no header',
    'B-5,Settings ignore dark theme,Settings page shows light colours in dark mode',
    'B-6,Search is slow on large workspaces,Typing a query takes seconds',
  ].join('\n'),
);
const io = captureOutput();
const evalArgs = (pairs: string, ...rest: string[]) => [
  'dedupe',
  'eval',
  '--data',
  data,
  '--pairs',
  pairs,
  '--id',
  'Key',
  '--text',
  'Summary,Description',
  ...rest,
];

describe('trailmap dedupe eval', () => {
  it('prints exactly pairs, recallAt and mrr as JSON', async () => {
    const pairs = write('pairs.csv', 'B-3,B-1\nB-5,B-2\n');
    expect(await runCli(evalArgs(pairs, '--format', 'json'))).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ pairs: 2, recallAt: { '1': 1, '5': 1, '10': 1 }, mrr: 1 });
  });

  it('skips a header row and pairs whose ids are not in --data, with a warning', async () => {
    const pairs = write('pairs-header.csv', 'issue,duplicate_of\nB-3,B-1\nB-9,B-1\n');
    expect(await runCli(evalArgs(pairs, '--format', 'json'))).toBe(0);
    expect(JSON.parse(io.out).pairs).toBe(1);
    expect(io.err).toMatch(/1 pairs skipped/);
  });

  it('ranks a pair with no shared word after every other report', async () => {
    const pairs = write('pairs-far.csv', 'B-6,B-1\n');
    await runCli(evalArgs(pairs, '--format', 'json'));
    expect(JSON.parse(io.out).recallAt['1']).toBe(0);
  });

  it('names a missing column in one line', async () => {
    const pairs = write('pairs-ok.csv', 'B-3,B-1\n');
    expect(await runCli([...evalArgs(pairs).slice(0, 6), '--id', 'Nope', '--text', 'Summary'])).toBe(2);
    expect(io.err).toBe(
      `trailmap: ${data}: column "Nope": no such column (from --id); the header has: "Key", "Summary", "Description"\n`,
    );
  });

  it('says what to do when no pair matches the ids', async () => {
    const pairs = write('pairs-none.csv', 'X-1,X-2\nX-3,X-4\n');
    expect(await runCli(evalArgs(pairs))).toBe(2);
    expect(io.err).toMatch(/pairs-none\.csv: none of its \d pairs has both ids in column "Key".*check --id/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('trailmap dedupe <exports>', () => {
  const jira = write(
    'jira.csv',
    [
      'Summary,Issue key,Issue id,Issue Type,Status,Description',
      'Crash when saving a draft with an image,PM-1,10001,Bug,To Do,"Saving a draft that holds an image closes the editor. java.lang.NullPointerException at com.acme.Editor.save(Editor.java:10)"',
      'Dark mode for the dashboard,PM-2,10002,Story,To Do,A dark theme for the dashboard',
      'Export invoices to CSV,PM-3,10003,Story,To Do,Finance wants invoices as CSV',
    ].join('\n'),
  );
  const linear = write(
    'linear.csv',
    [
      'ID,Title,Description,Status',
      'ENG-7,Crash when saving a draft with an image,"Saving a draft that holds an image closes the editor. java.lang.NullPointerException at com.acme.Editor.save(Editor.java:10)",Todo',
      'ENG-8,Search is slow,Typing a query takes seconds,Todo',
    ].join('\n'),
  );

  it('groups a Linear issue with the Jira issue it duplicates, and says the thresholds are defaults', async () => {
    expect(await runCli(['dedupe', jira, linear, '--format', 'json'])).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.issues).toBe(5);
    expect(out.thresholds).toMatchObject({ source: 'default', link: 0.92 });
    expect(out.groups).toHaveLength(1);
    expect(out.groups[0].crossTracker).toBe(true);
    expect(out.groups[0].items.map((i: { key: string; tracker: string }) => `${i.tracker}:${i.key}`)).toEqual(
      ['linear:ENG-7', 'jira:PM-1'],
    );
    expect(io.err).toMatch(/only 0 known duplicate pairs/);
  });

  it('asks for an export when given none', async () => {
    expect(await runCli(['dedupe'])).toBe(2);
    expect(io.err).toMatch(/give one or more exports/);
  });
});
