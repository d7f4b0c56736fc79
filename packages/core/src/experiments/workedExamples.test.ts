// Every worked example of ../shared/EXPERIMENTS.md §11, with the document's literal numbers
// (4 significant digits), and GrowthBook's published gbstats test vectors (5 decimals). Nothing
// expected here is computed by the implementation.
import { describe, expect, it } from 'vitest';
import { adjustPValues } from './adjustPValues';
import { analyseExperiment, type ComparisonResult } from './analyseExperiment';
import { parseExperimentAnalysis } from './analysisInput';
import { experimentPower, minimumDetectableEffect, sampleSizePerArm } from './power';
import { sampleRatioMismatch } from './sampleRatioMismatch';

function analyse(input: unknown): ReturnType<typeof analyseExperiment> {
  const parsed = parseExperimentAnalysis(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return analyseExperiment(parsed.data);
}
const first = (input: unknown): ComparisonResult => analyse(input).comparisons[0]!;

/** Agreement to `digits` significant digits, the precision the reference quotes. */
function expectSig(actual: number | undefined, expected: number, digits = 4): void {
  expect(actual).toBeDefined();
  const scale = Math.abs(expected) || 1;
  expect(Math.abs(actual! - expected) / scale).toBeLessThan(0.5 * 10 ** (1 - digits) * 1.0001);
}
/** Agreement to `decimals` decimals (gbstats' tests round to 5). */
function expectDec(actual: number | undefined, expected: number, decimals = 5): void {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

const E1 = {
  metric: { type: 'binomial' },
  variants: [
    { name: 'A', users: 10_000, conversions: 1_000 },
    { name: 'B', users: 10_000, conversions: 1_100 },
  ],
};
const E2 = {
  metric: { type: 'mean' },
  variants: [
    { name: 'A', n: 1000, sum: 10_000, sumSquares: 124_975 },
    { name: 'B', n: 1000, sum: 10_500, sumSquares: 140_469.75 },
  ],
};

describe('EXPERIMENTS.md worked examples', () => {
  it('E1 binomial, relative, fixed horizon', () => {
    const c = first(E1);
    expectSig(c.expected, 0.1);
    expectSig(c.se, 0.04548);
    expectSig(c.ci[0], 0.01086);
    expectSig(c.ci[1], 0.1891);
    expectSig(c.pValue, 0.02789);
  });

  it('E1 binomial, absolute', () => {
    const c = first({ ...E1, difference: 'absolute' });
    expectSig(c.expected, 0.01);
    expectSig(c.se, 0.004335);
    expectSig(c.ci[0], 0.001504);
    expectSig(c.ci[1], 0.0185);
    expectSig(c.pValue, 0.02107);
  });

  it('E2 continuous from sums, absolute', () => {
    const c = first({ ...E2, difference: 'absolute' });
    expectSig(c.expected, 0.5);
    expectSig(c.se, 0.2351);
    expectSig(c.ci[0], 0.03902);
    expectSig(c.ci[1], 0.961);
    expectSig(c.pValue, 0.03353);
  });

  it('E2 continuous from sums, relative', () => {
    const c = first(E2);
    expectSig(c.expected, 0.05);
    expectSig(c.se, 0.02404);
    expectSig(c.ci[0], 0.002845);
    expectSig(c.ci[1], 0.09715);
    expectSig(c.pValue, 0.0377);
  });

  it('E3 Bayesian, flat prior', () => {
    const c = first({ ...E1, engine: 'bayesian' });
    expectSig(c.expected, 0.1);
    expectSig(c.se, 0.04548);
    expectSig(c.chanceToWin, 0.9861);
    expectSig(c.ci[0], 0.01087);
    expectSig(c.ci[1], 0.1891);
    expectSig(c.risk?.[0], 0.1002);
    expectSig(c.risk?.[1], 0.0002229);
    expect(c.pValue).toBeUndefined();
  });

  it('E3 Bayesian, proper prior N(0, 0.3²)', () => {
    const c = first({ ...E1, engine: 'bayesian', prior: { mean: 0, variance: 0.09, proper: true } });
    expectSig(c.expected, 0.09775);
    expectSig(c.se, 0.04496);
    expectSig(c.chanceToWin, 0.9852);
    expectSig(c.ci[0], 0.009631);
    expectSig(c.ci[1], 0.1859);
    expectSig(c.risk?.[0], 0.09799);
    expectSig(c.risk?.[1], 0.0002364);
  });

  it('E4 sequential, N* = 5000: significant fixed, not sequential', () => {
    const c = first({ ...E1, sequential: { tuning: 5000 } });
    expectSig(c.expected, 0.1);
    expectSig(c.ci[0], -0.04221);
    expectSig(c.ci[1], 0.2422);
    expectSig(c.pValue, 0.549);
  });

  it('E5 SRM and corrections', () => {
    const srm = sampleRatioMismatch([10_200, 9_800], [0.5, 0.5]);
    expectSig(srm.pValue, 0.004678);
    expect(srm.flagged).toBe(false);
    expect(adjustPValues([0.01, 0.02, 0.03, 0.2], 'holm-bonferroni').map((p) => +p.toFixed(10))).toEqual([
      0.04, 0.06, 0.06, 0.2,
    ]);
    expect(adjustPValues([0.01, 0.02, 0.03, 0.2], 'benjamini-hochberg').map((p) => +p.toFixed(10))).toEqual([
      0.04, 0.04, 0.04, 0.2,
    ]);
  });

  it('E6 power, MDE and sample size', () => {
    const design = { mean: 0.1, variance: 0.09 };
    expectSig(experimentPower(design, 0.1, 10_000), 0.6111);
    expectSig(minimumDetectableEffect(design, 10_000, 0.8), 0.1266);
    expect(sampleSizePerArm(design, 0.1, 0.8)).toBe(15_612);
  });
});

// GrowthBook's own vectors: packages/stats/tests/frequentist/test_tests.py (gbstats).
const GB_MEAN = {
  metric: { type: 'mean' },
  variants: [
    { name: 'A', n: 3407, sum: 1396.87, sumSquares: 52377.9767 },
    { name: 'B', n: 3461, sum: 2422.7, sumSquares: 134698.29 },
  ],
};
const GB_MEAN_3000 = {
  metric: { type: 'mean' },
  variants: [
    { name: 'A', n: 3000, sum: 1396.87, sumSquares: 52377.9767 },
    { name: 'B', n: 3461, sum: 2422.7, sumSquares: 134698.29 },
  ],
};

describe('gbstats test vectors', () => {
  it('two-sided t test, relative and absolute', () => {
    const rel = first(GB_MEAN);
    expectDec(rel.expected, 0.70732);
    expectDec(rel.ci[0], -0.03526);
    expectDec(rel.ci[1], 1.44989);
    expectDec(rel.se, 0.37879);
    expectDec(rel.pValue, 0.06191);
    const abs = first({ ...GB_MEAN, difference: 'absolute' });
    expectDec(abs.expected, 0.29);
    expectDec(abs.ci[0], 0.04538);
    expectDec(abs.ci[1], 0.53462);
    expectDec(abs.se, 0.12478);
    expectDec(abs.pValue, 0.02016);
  });

  it('two-sided t test, binomial', () => {
    const c = first({
      metric: { type: 'binomial' },
      variants: [
        { name: 'A', users: 28, conversions: 14 },
        { name: 'B', users: 30, conversions: 16 },
      ],
    });
    expectDec(c.expected, 0.06667);
    expectDec(c.ci[0], -0.47767);
    expectDec(c.ci[1], 0.61101);
    expectDec(c.se, 0.2717);
    expectDec(c.pValue, 0.80707);
  });

  it('n = 2 in control is degenerate: the neutral result', () => {
    const r = analyse({ ...GB_MEAN, variants: [{ ...GB_MEAN.variants[0], n: 2 }, GB_MEAN.variants[1]] });
    expect(r.comparisons[0]).toEqual({ variant: 'B', expected: 0, ci: [0, 0], se: 0, pValue: 1 });
    expect(r.problems.map((p) => p.code)).toEqual(['zero_variance']);
  });

  it('sequential, tuning 1000 and default; CUPED sequential', () => {
    const s = first({ ...GB_MEAN_3000, sequential: { tuning: 1000 } });
    expectDec(s.expected, 0.50336);
    expectDec(s.ci[0], -0.55844);
    expectDec(s.ci[1], 1.56516);
    expectDec(s.se, 0.33341);
    expect(s.pValue).toBe(1);
    const prop = first({
      metric: { type: 'binomial' },
      variants: [
        { name: 'A', users: 3000, conversions: 1396 },
        { name: 'B', users: 3461, conversions: 2422 },
      ],
      sequential: {},
    });
    expectDec(prop.expected, 0.50386);
    expectDec(prop.ci[0], 0.40098);
    expectDec(prop.ci[1], 0.60675);
    expectDec(prop.se, 0.03386);
    expectDec(prop.pValue, 0);
    const ra = first({
      metric: { type: 'mean' },
      variants: [
        { ...GB_MEAN_3000.variants[0], pre: { sum: 16.87, sumSquares: 527.9767 }, sumProducts: 1 },
        { ...GB_MEAN_3000.variants[1], pre: { sum: 22.7, sumSquares: 1348.29 }, sumProducts: 1 },
      ],
      sequential: {},
    });
    expectDec(ra.expected, 0.50338);
    expectDec(ra.ci[0], -0.50969);
    expectDec(ra.ci[1], 1.51646);
    expectDec(ra.se, 0.33341);
    expect(ra.pValue).toBe(1);
  });

  it('one-sided t tests (greater, less; relative and absolute)', () => {
    const g = first({ ...GB_MEAN_3000, alternative: 'greater' });
    expectDec(g.ci[0], -0.045136675850396046);
    expect(g.ci[1]).toBe(Number.POSITIVE_INFINITY);
    expectDec(g.pValue, 0.06558262868467746);
    const ga = first({ ...GB_MEAN_3000, alternative: 'greater', difference: 'absolute' });
    expectDec(ga.expected, 0.23437666666666668);
    expectDec(ga.se, 0.12983081254184736);
    expectDec(ga.ci[0], 0.020791480063255735);
    expectDec(ga.pValue, 0.03554272489873023);
    const l = first({ ...GB_MEAN_3000, alternative: 'less' });
    expect(l.ci[0]).toBe(Number.NEGATIVE_INFINITY);
    expectDec(l.ci[1], 1.0518588475628676);
    expectDec(l.pValue, 0.9344173713153225);
    const la = first({ ...GB_MEAN_3000, alternative: 'less', difference: 'absolute' });
    expectDec(la.ci[1], 0.44796185327007765);
    expectDec(la.pValue, 0.9644572751012698);
  });

  it('one-sided sequential tests', () => {
    const g = first({ ...GB_MEAN_3000, alternative: 'greater', sequential: {} });
    expectDec(g.ci[0], -0.42356454602790883);
    expectDec(g.pValue, 0.4999);
    const ga = first({ ...GB_MEAN_3000, alternative: 'greater', difference: 'absolute', sequential: {} });
    expectDec(ga.ci[0], -0.12656844172804982);
    expectDec(ga.pValue, 0.46316491943359384);
    const l = first({ ...GB_MEAN_3000, alternative: 'less', sequential: {} });
    expectDec(l.ci[1], 1.4302867177403806);
    expectDec(l.pValue, 0.4999);
    const la = first({ ...GB_MEAN_3000, alternative: 'less', difference: 'absolute', sequential: {} });
    expectDec(la.ci[1], 0.5953217750613832);
    expectDec(la.pValue, 0.4999);
  });
});
