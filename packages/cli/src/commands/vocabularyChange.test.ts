import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FactorInput, ScoringField } from '@trailmap/core/scoring';
import { describe, expect, it, vi } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';
import { runInit } from './init';

// The "Done when": a scale or field name changed in core reaches the CLI with no other
// edit. These mocks ARE that edit, made to core's own vocabulary modules (the files a maintainer
// would change); nothing in trackers or the CLI is touched or told. The Jira panel has the same
// proof (packages/jira-forge/test/ui/vocabularyChange.test.tsx).
//
// 1. A field name: RICE reach becomes the `audience` field, fed by an "Audience" column.
vi.mock('../../../core/src/scoring/vocabulary/scoringFields', async (importOriginal) => {
  const real = await importOriginal<{ REACH: ScoringField; SCORING_FIELDS: readonly ScoringField[] }>();
  const audience = { ...real.REACH, name: 'audience', column: 'Audience', aliases: ['Users reached'] };
  return {
    ...real,
    REACH: audience,
    SCORING_FIELDS: real.SCORING_FIELDS.map((f) => (f === real.REACH ? audience : f)),
  };
});
// 2. A scale: RICE impact gains a top value 5 "galactic", and 3 is now called "huge".
vi.mock('../../../core/src/scoring/rice/riceInputs', async (importOriginal) => {
  const real = await importOriginal<{
    RICE_INPUTS: readonly FactorInput[];
    RICE_OPEN_INPUTS: readonly FactorInput[];
  }>();
  const named = [
    { value: 5, words: ['galactic'] },
    { value: 3, words: ['huge'] },
    ...real.RICE_INPUTS[1]!.scale.named!.filter((n) => n.value !== 3),
  ];
  // The words are shared by both RICE presets; the closed scale's values follow its words.
  const withImpact = (inputs: readonly FactorInput[], closed: boolean) => {
    const [reach, impact, ...rest] = inputs;
    const scale = { ...impact!.scale, named, ...(closed ? { values: named.map((n) => n.value) } : {}) };
    return [reach!, { ...impact!, scale }, ...rest];
  };
  return {
    ...real,
    RICE_INPUTS: withImpact(real.RICE_INPUTS, true),
    RICE_OPEN_INPUTS: withImpact(real.RICE_OPEN_INPUTS, false),
  };
});

const io = captureOutput();
const dir = mkdtempSync(join(tmpdir(), 'trailmap-vocabulary-'));
const noConfig = join(dir, 'empty.config.json');
writeFileSync(noConfig, '{}');

function jiraCsv(name: string, header: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, [`Summary,Issue key,Issue id,Issue Type,Status,${header}`, ...rows].join('\n'));
  return file;
}

describe('a scoring vocabulary change in core reaches the CLI', () => {
  it('imports the renamed field from its new column and alias, and the changed scale by its words', async () => {
    const file = jiraCsv(
      'rice.csv',
      'Custom field (Audience),Custom field (Users reached),Custom field (Impact),Custom field (Confidence),Custom field (Effort)',
      ['A,PM-1,1,Story,To Do,400,,Galactic,80%,2', 'B,PM-2,2,Story,To Do,,100,huge,high,1'],
    );
    expect(
      await runCli(['score', file, '--framework', 'rice', '--format', 'json', '--config', noConfig]),
    ).toBe(0);
    const rows = JSON.parse(io.out) as { key: string; score: number | null }[];
    // 400 × 5 × 0.8 ÷ 2 and 100 × 3 × 1 ÷ 1.
    expect(rows.map((r) => [r.key, r.score])).toEqual([
      ['PM-1', 800],
      ['PM-2', 300],
    ]);
  });

  it("refuses a word the scale dropped, naming the scale's own words", async () => {
    const file = jiraCsv(
      'dropped.csv',
      'Custom field (Audience),Custom field (Impact),Custom field (Confidence),Custom field (Effort)',
      ['A,PM-1,1,Story,To Do,400,massive,80%,2'],
    );
    await runCli(['score', file, '--framework', 'rice', '--format', 'json', '--config', noConfig]);
    expect(io.err).toContain(
      'column "Custom field (Impact)": "massive" is not a number or one of the impact words: galactic, huge, high, medium, low, minimal',
    );
  });

  it('no longer reads the old column name, and init suggests the new one', async () => {
    const file = jiraCsv('plain.csv', 'Priority', ['A,PM-1,1,Story,To Do,High']);
    const { stdout } = await runInit(file, {});
    expect(stdout).toContain('For RICE add "Audience", "Impact", "Confidence", "Effort"');
    const old = jiraCsv('old.csv', 'Reach', ['A,PM-1,1,Story,To Do,400']);
    await runCli(['score', old, '--framework', 'rice', '--format', 'json', '--config', noConfig]);
    expect(io.err).toContain('rice found none of its inputs (audience, impact, confidence, effort)');
  });
});
