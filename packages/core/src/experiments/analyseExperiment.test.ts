import { describe, expect, it } from 'vitest';
import { analyseExperiment, analyseExperiments } from './analyseExperiment';
import { type ExperimentAnalysis, parseExperimentAnalysis } from './analysisInput';
import { analysisJson } from './analysisJson';

function parsed(input: unknown): ExperimentAnalysis {
  const p = parseExperimentAnalysis(input);
  if (!p.success) throw new Error(p.error.message);
  return p.data;
}
const binomial = (arms: [string, number, number][], extra: object = {}) =>
  parsed({
    metric: { type: 'binomial' },
    variants: arms.map(([name, users, conversions]) => ({ name, users, conversions })),
    ...extra,
  });

describe('analyseExperiment: degenerate input', () => {
  it('a control mean of 0 gives the neutral result and a baseline_zero problem', () => {
    const r = analyseExperiment(
      parsed({
        metric: { type: 'mean' },
        variants: [
          { name: 'control', n: 4, sum: 0, sumSquares: 4 },
          { name: 'B', n: 4, sum: 2, sumSquares: 6 },
        ],
      }),
    );
    expect(r.comparisons).toEqual([{ variant: 'B', expected: 0, ci: [0, 0], se: 0, pValue: 1 }]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'baseline_zero',
        field: 'variants[0]',
        expected: 'a control mean other than 0',
      }),
    ]);
  });

  it('zero conversions everywhere is zero variance; Bayesian neutral is CTW 0.5, risk [0, 0]', () => {
    const r = analyseExperiment(
      binomial(
        [
          ['control', 500, 0],
          ['B', 500, 0],
        ],
        { engine: 'bayesian' },
      ),
    );
    expect(r.comparisons).toEqual([
      { variant: 'B', expected: 0, ci: [0, 0], se: 0, chanceToWin: 0.5, risk: [0, 0] },
    ]);
    expect(r.problems[0]).toMatchObject({ code: 'zero_variance', field: 'variants[1]' });
    expect(JSON.stringify(analysisJson(r))).not.toMatch(/NaN|null/);
  });

  it('zero users in one treatment leaves the other comparisons intact', () => {
    const r = analyseExperiment(
      binomial([
        ['control', 1000, 100],
        ['B', 0, 0],
        ['C', 1000, 130],
      ]),
    );
    expect(r.comparisons[0]).toMatchObject({ variant: 'B', pValue: 1, expected: 0 });
    expect(r.comparisons[1]!.expected).toBeCloseTo(0.3, 10);
    expect(r.problems).toHaveLength(1);
  });
});

describe('analyseExperiment: options', () => {
  it('inverse metrics flip chance to win and swap the risks', () => {
    const plain = analyseExperiment(
      binomial(
        [
          ['c', 10_000, 1000],
          ['B', 10_000, 1100],
        ],
        { engine: 'bayesian' },
      ),
    );
    const inverse = analyseExperiment(
      parsed({
        metric: { type: 'binomial', inverse: true },
        variants: [
          { name: 'c', users: 10_000, conversions: 1000 },
          { name: 'B', users: 10_000, conversions: 1100 },
        ],
        engine: 'bayesian',
      }),
    );
    const [p, i] = [plain.comparisons[0]!, inverse.comparisons[0]!];
    expect(i.chanceToWin).toBeCloseTo(1 - p.chanceToWin!, 12);
    expect(i.risk).toEqual([p.risk![1], p.risk![0]]);
    expect(i.expected).toBe(p.expected);
  });

  it('SRM is flagged below 0.001 only with at least 8 users per variation', () => {
    expect(
      analyseExperiment(
        binomial([
          ['c', 10_500, 100],
          ['B', 9_500, 100],
        ]),
      ).srm.flagged,
    ).toBe(true);
    // 15 users: p < 0.001 is impossible to reach meaningfully, and 2 × 8 = 16 are required.
    const tiny = analyseExperiment(
      binomial(
        [
          ['c', 15, 1],
          ['B', 0, 0],
        ],
        { weights: [0.5, 0.5] },
      ),
    );
    expect(tiny.srm.pValue).toBeLessThan(0.001);
    expect(tiny.srm.flagged).toBe(false);
  });

  it('SRM drops zero-weight arms', () => {
    const r = analyseExperiment(
      binomial(
        [
          ['c', 5000, 100],
          ['B', 5000, 100],
          ['C', 20, 1],
        ],
        { weights: [0.5, 0.5, 0] },
      ),
    );
    expect(r.srm.pValue).toBe(1);
  });

  it('a correction spans the variants of one analysis and the metrics of a file', () => {
    const arms: [string, number, number][] = [
      ['c', 10_000, 1000],
      ['B', 10_000, 1100],
      ['C', 10_000, 1050],
    ];
    const raw = analyseExperiment(binomial(arms)).comparisons.map((c) => c.pValue!);
    const holm = analyseExperiment(binomial(arms, { correction: 'holm-bonferroni' })).comparisons;
    const [small, large] = raw[0]! < raw[1]! ? [0, 1] : [1, 0];
    expect(holm[small]!.pValue).toBeCloseTo(Math.min(1, 2 * raw[small]!), 12);
    expect(holm[large]!.pValue).toBeCloseTo(Math.max(2 * raw[small]!, raw[large]!), 12);
    const widthRaw = (i: number) => {
      const c = analyseExperiment(binomial(arms)).comparisons[i]!;
      return c.ci[1] - c.ci[0];
    };
    expect(holm[small]!.ci[1] - holm[small]!.ci[0]).toBeGreaterThan(widthRaw(small));
    const file = analyseExperiments([
      binomial(
        [
          ['c', 10_000, 1000],
          ['B', 10_000, 1100],
        ],
        { correction: 'benjamini-hochberg' },
      ),
      binomial(
        [
          ['c', 10_000, 1000],
          ['B', 10_000, 1020],
        ],
        { correction: 'benjamini-hochberg' },
      ),
      binomial([
        ['c', 10_000, 1000],
        ['B', 10_000, 1100],
      ]),
    ]);
    const single = analyseExperiment(
      binomial([
        ['c', 10_000, 1000],
        ['B', 10_000, 1100],
      ]),
    ).comparisons[0]!.pValue!;
    expect(file[0]!.comparisons[0]!.pValue).toBeCloseTo(Math.min(1, 2 * single), 12);
    expect(file[2]!.comparisons[0]!.pValue).toBe(single);
  });

  it('JSON output: infinite bounds are null, frequentist omits chanceToWin and risk', () => {
    const json = analysisJson(
      analyseExperiment(
        binomial(
          [
            ['c', 10_000, 1000],
            ['B', 10_000, 1100],
          ],
          { alternative: 'greater' },
        ),
      ),
    );
    expect(json.comparisons[0]!.ci[1]).toBeNull();
    expect(Object.keys(json.comparisons[0]!)).toEqual(['variant', 'expected', 'ci', 'se', 'pValue']);
    expect(Object.keys(json)).toEqual(['srm', 'comparisons', 'problems']);
  });
});

describe('parseExperimentAnalysis', () => {
  it('fills GrowthBook defaults', () => {
    const a = binomial([
      ['c', 10, 1],
      ['B', 10, 2],
    ]);
    expect(a).toMatchObject({
      engine: 'frequentist',
      difference: 'relative',
      alpha: 0.05,
      alternative: 'two-sided',
      sequential: false,
      correction: 'none',
      metric: { inverse: false },
    });
    expect(a.prior).toBeUndefined();
  });

  it.each([
    [{ metric: { type: 'ratio' }, variants: [] }, 'metric.type'],
    [
      {
        metric: { type: 'binomial' },
        variants: [
          { name: 'c', users: 10, conversions: 11 },
          { name: 'B', users: 10, conversions: 1 },
        ],
      },
      'conversions',
    ],
    [{ metric: { type: 'mean' }, variants: [{ name: 'c', n: 10, sum: 1, sumSquares: 1 }] }, 'at least 2'],
    [
      {
        metric: { type: 'binomial' },
        variants: [
          { name: 'c', users: 10, conversions: 1 },
          { name: 'B', users: 10, conversions: 1 },
        ],
        alpha: 5,
      },
      'alpha',
    ],
    [
      {
        metric: { type: 'binomial' },
        variants: [
          { name: 'c', users: 10, conversions: 1 },
          { name: 'B', users: 10, conversions: 1 },
        ],
        weights: [1],
      },
      'weights',
    ],
  ])('rejects %j naming %s', (input, word) => {
    const p = parseExperimentAnalysis(input);
    expect(p.success).toBe(false);
    if (!p.success)
      expect(p.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n')).toContain(word);
  });
});
