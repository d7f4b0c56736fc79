import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-label-'));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const KINDS: Record<string, string[]> = {
  bug: [
    'App crashes when saving',
    'Error when opening the report',
    'Login fails with an exception',
    'Upload is broken',
  ],
  feature: [
    'Please add dark mode',
    'Would love a calendar export',
    'Add support for workspaces',
    'Idea: bulk edit',
  ],
  question: [
    'How do I change my password?',
    'Where is the invoice?',
    'Is there a way to invite guests?',
    'How can I reset it?',
  ],
};
const FILLER = ['today', 'again', 'on my laptop', 'since monday', 'every time', 'in the web app'];

// A small labelled CSV: quoted multi-line bodies, a repo column, and labels in one column.
function issuesCsv(perKind: number): string {
  const lines = ['repo,label,title,body'];
  for (let i = 0; i < perKind; i++) {
    for (const [kind, titles] of Object.entries(KINDS)) {
      const repo = i % 2 ? 'acme/web' : 'acme/api';
      lines.push(
        `${repo},${kind},"${titles[i % 4]} ${FILLER[i % 6]}","first line ${i}\nsecond, with ""quotes"""`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const issues = write('issues.csv', issuesCsv(12));
const io = captureOutput();

/** `trailmap label eval <input…> --text <text> --label <label> <extra…>`; resolves with the exit code. */
const labelEval = (input: string[], text: string, label: string, ...extra: string[]) =>
  runCli(['label', 'eval', ...input, '--text', text, '--label', label, ...extra]);

/** `labelEval` with `--format json`: expects exit 0 and one JSON report on stdout, and returns it. */
async function evalReport(input: string[], text: string, label: string, ...extra: string[]) {
  expect(await labelEval(input, text, label, ...extra, '--format', 'json')).toBe(0);
  return JSON.parse(io.out);
}

describe('trailmap label eval', () => {
  it('cross-validates per group and prints exactly one JSON object with the fixed fields', async () => {
    const report = await evalReport(
      ['--data', issues],
      'title,body',
      'label',
      '--folds',
      '3',
      '--per',
      'repo',
    );
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'accuracy',
        'microF1',
        'macroF1',
        'perClass',
        'confusion',
        'groups',
        'meanGroupF1',
      ]),
    );
    expect(Object.keys(report.groups)).toEqual(['acme/api', 'acme/web']);
    expect(Object.keys(report.perClass.bug)).toEqual(['precision', 'recall', 'f1', 'support']);
    expect(report.perClass.bug.support).toBe(12);
    expect(report.confusion.bug.bug + report.confusion.bug.feature + report.confusion.bug.question).toBe(12);
    expect(report.macroF1).toBeGreaterThan(0.7);
  });

  it('evaluates a train/test split, with --strip-templates', async () => {
    const test = write('test.csv', issuesCsv(3));
    const report = await evalReport(
      ['--train', issues, '--test', test],
      'title,body',
      'label',
      '--strip-templates',
    );
    expect(report.groups).toBeUndefined();
    expect(report.perClass.question.support).toBe(3);
  });

  it('prints a readable table without --format json', async () => {
    expect(await labelEval(['--data', issues], 'title', 'label', '--folds', '2')).toBe(0);
    expect(io.out).toMatch(/macro F1/);
    expect(io.out).toMatch(/│ question/);
  });

  it('names a missing column and lists the header', async () => {
    expect(await labelEval(['--data', issues], 'summary', 'label', '--format', 'json')).toBe(2);
    expect(io.err).toMatch(/column "summary": no such column .*"repo", "label", "title", "body"/);
    expect(io.out).toBe('');
  });

  it('refuses mixing the two input modes', async () => {
    expect(await labelEval(['--data', issues, '--train', issues], 'title', 'label')).toBe(2);
    expect(io.err).toMatch(/either --data/);
  });

  it('reads multi-label data from several class columns and a Windows-1252 line', async () => {
    const rows = ['text,class1,class2'];
    for (let i = 0; i < 20; i++) {
      rows.push(`Battery drains fast and the screen is slow ${i},BATTERY,${i % 2 ? 'PERFORMANCE' : ''}`);
      rows.push(`Crash with error on login ${i},ERROR,${i % 2 ? 'SECURITY' : ''}`);
    }
    const bytes = Buffer.concat([
      Buffer.from(`${rows.join('\n')}\n`),
      Buffer.from('Caf\xe9 app crashes with error,ERROR,\n', 'latin1'),
    ]);
    const file = write('reviews.csv', bytes);
    const report = await evalReport(['--data', file], 'text', 'class1,class2', '--folds', '2');
    expect(Object.keys(report.perClass).sort()).toEqual(['BATTERY', 'ERROR', 'PERFORMANCE', 'SECURITY']);
    expect(report.confusion.ERROR).toEqual(
      expect.objectContaining({ tp: expect.any(Number), fn: expect.any(Number) }),
    );
  });
});

describe('trailmap label train / predict', () => {
  it('trains a model file and labels new rows, abstaining on noise and honouring team rules', async () => {
    const model = join(dir, 'model.json');
    expect(
      await runCli(['label', 'train', issues, '--text', 'title,body', '--label', 'label', '--out', model]),
    ).toBe(0);
    expect(io.out).toMatch(/trained lbl-[0-9a-f]{8}\.r0 on 36 tickets/);
    expect(JSON.parse(readFileSync(model, 'utf8')).format).toBe('trailmap-labeller');
    const fresh = write(
      'new.csv',
      'title,body\nThe app crashes with an error when saving,\nqqq zzz,\nInvoice missing,\n',
    );
    const rules = write(
      'rules.json',
      JSON.stringify([{ label: 'billing', action: 'force', keywords: ['invoice'] }]),
    );
    io.out = '';
    expect(
      await runCli(['label', 'predict', fresh, '--model', model, '--rules', rules, '--format', 'json']),
    ).toBe(0);
    const rows = JSON.parse(io.out);
    expect(rows[0].labels[0]).toMatchObject({ label: 'bug', source: 'model' });
    expect(rows[1].abstained).toBe(true);
    expect(rows[2].labels[0]).toMatchObject({ label: 'billing', source: 'rule', confidence: 1 });
  });

  it('reports a corrupt model file as bad input', async () => {
    const bad = write('bad.json', '{"format":"trailmap-labeller"}');
    expect(await runCli(['label', 'predict', issues, '--model', bad])).toBe(2);
    expect(io.err).toMatch(/bad\.json: model/);
  });
});
