import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-experiment-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const io = captureOutput();

// EXPERIMENTS.md E1: A 10,000 / 1,000, B 10,000 / 1,100.
const E1 = {
  metric: { type: 'binomial' },
  variants: [
    { name: 'control', users: 10_000, conversions: 1_000 },
    { name: 'B', users: 10_000, conversions: 1_100 },
  ],
};

describe('trailmap experiment analyze', () => {
  it('prints the contract JSON for one analysis', async () => {
    expect(await runCli(['experiment', 'analyze', write('e1.json', E1), '--format', 'json'])).toBe(0);
    const out = JSON.parse(io.out);
    expect(Object.keys(out)).toEqual(['srm', 'comparisons', 'problems']);
    expect(out.srm).toEqual({ pValue: 1, flagged: false });
    expect(out.comparisons).toHaveLength(1);
    const c = out.comparisons[0];
    expect(c.variant).toBe('B');
    expect(c.expected).toBeCloseTo(0.1, 4);
    expect(c.se).toBeCloseTo(0.04548, 5);
    expect(c.ci[0]).toBeCloseTo(0.01086, 5);
    expect(c.ci[1]).toBeCloseTo(0.1891, 4);
    expect(c.pValue).toBeCloseTo(0.02789, 5);
    expect(c).not.toHaveProperty('chanceToWin');
    expect(out.problems).toEqual([]);
  });

  it('an array in gives an array out, in order; one-sided bounds are null; Bayesian omits pValue', async () => {
    const file = write('many.json', [
      { ...E1, alternative: 'greater' },
      { ...E1, engine: 'bayesian' },
    ]);
    expect(await runCli(['experiment', 'analyze', file, '--format', 'json'])).toBe(0);
    const [greater, bayes] = JSON.parse(io.out);
    expect(greater.comparisons[0].ci[1]).toBeNull();
    expect(bayes.comparisons[0]).not.toHaveProperty('pValue');
    expect(bayes.comparisons[0].chanceToWin).toBeCloseTo(0.9861, 4);
    expect(bayes.comparisons[0].risk[1]).toBeCloseTo(0.0002229, 7);
  });

  it('the table puts the SRM warning first, then the verdict in words', async () => {
    const file = write('srm.json', {
      metric: { type: 'binomial' },
      variants: [
        { name: 'control', users: 10_600, conversions: 1_000 },
        { name: 'B', users: 9_400, conversions: 1_100 },
      ],
    });
    expect(await runCli(['experiment', 'analyze', file])).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[1]).toMatch(/^⚠ Sample ratio mismatch/);
    expect(lines[2]).toMatch(
      /^B beats control on conversion: \+\d+ % \(\+[\d.]+ % to \+\d+ %\), significant at 95 %$/,
    );
  });

  it('CSV rows go through the same schema and give the same numbers as JSON', async () => {
    await runCli(['experiment', 'analyze', write('e1b.json', E1), '--format', 'json']);
    const fromJson = io.out;
    io.out = '';
    const csv = write('e1.csv', 'name,users,conversions\ncontrol,10000,1000\nB,10000,1100\n');
    expect(await runCli(['experiment', 'analyze', csv, '--format', 'json'])).toBe(0);
    expect(io.out).toBe(fromJson);
  });

  it('HTML has the lift chart with one row per comparison', async () => {
    const out = join(dir, 'report.html');
    const file = write('three.json', {
      ...E1,
      variants: [...E1.variants, { name: 'C<script>', users: 10_000, conversions: 900 }],
    });
    expect(await runCli(['experiment', 'analyze', file, '--format', 'html', '--out', out])).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.match(/class="lift-row"/g)).toHaveLength(2);
    expect(page).toContain('data-outcome="wins"');
    expect(page).toContain('data-outcome="loses"');
    expect(page).not.toContain('<script>');
  });

  it('bad input is one line naming the file and field', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['bad1.json', '{', /bad1\.json: not valid JSON/],
      [
        'bad2.json',
        { metric: { type: 'binomial' }, variants: [{ name: 'c', users: 'x', conversions: 1 }] },
        /bad2\.json: variants\[0\]\.users: users must be a number/,
      ],
      [
        'bad3.json',
        [E1, { metric: { type: 'mean' }, variants: [] }],
        /bad3\.json: \[1\]\.variants: variants needs at least 2/,
      ],
      ['bad4.json', { ...E1, engine: 'magic' }, /bad4\.json: engine must be "frequentist" or "bayesian"/],
      [
        'bad5.csv',
        'name,users,conversions\ncontrol,ten,1\n',
        /bad5\.csv: row 2, column "users": "ten" is not a number/,
      ],
    ];
    for (const [name, content, pattern] of cases) {
      io.err = '';
      expect(await runCli(['experiment', 'analyze', write(name, content)])).toBe(2);
      expect(io.err.trim().split('\n')).toHaveLength(1);
      expect(io.err).toMatch(pattern);
    }
  });
});

describe('trailmap experiment size', () => {
  /** `experiment size` for E6 (10 % baseline, 10 % lift) plus `extra` flags: expects exit 0, returns the JSON. */
  async function sizeE6(...extra: string[]) {
    io.out = '';
    expect(
      await runCli(['experiment', 'size', '--baseline', '0.1', '--mde', '0.1', ...extra, '--format', 'json']),
    ).toBe(0);
    return JSON.parse(io.out);
  }

  it('gives users per variant and days (EXPERIMENTS.md E6: 15,612 per arm)', async () => {
    const r = await sizeE6('--daily-users', '2000');
    expect(r.usersPerVariant).toBe(15_612);
    expect(r.totalUsers).toBe(31_224);
    expect(r.days).toBe(16);
    expect(r.achievedPower).toBeGreaterThanOrEqual(0.8);
  });

  it('sequential testing needs more users; more variants need more in total', async () => {
    const fixed = await sizeE6();
    const seq = await sizeE6('--sequential', '--variants', '3');
    expect(seq.usersPerVariant).toBeGreaterThan(fixed.usersPerVariant);
    expect(seq.totalUsers).toBe(seq.usersPerVariant * 3);
  });

  it('rejects a rate outside (0, 1) in one line', async () => {
    expect(await runCli(['experiment', 'size', '--baseline', '12', '--mde', '0.1'])).toBe(2);
    expect(io.err).toMatch(/--baseline must be a conversion rate between 0 and 1/);
  });
});
