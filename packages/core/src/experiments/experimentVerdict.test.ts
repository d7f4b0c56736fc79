import { describe, expect, it } from 'vitest';
import { analyseExperiment } from './analyseExperiment';
import { type ExperimentAnalysis, parseExperimentAnalysis } from './analysisInput';
import { experimentVerdict } from './experimentVerdict';
import { formatLift } from './formatLift';

const parsed = (input: unknown): ExperimentAnalysis => {
  const p = parseExperimentAnalysis(input);
  if (!p.success) throw new Error(p.error.message);
  return p.data;
};

describe('experiment verdicts', () => {
  it('formats lifts as the issue writes them', () => {
    expect(formatLift(0.163, 'relative')).toBe('+16 %');
    expect(formatLift(-0.05, 'relative')).toBe('−5 %');
    expect(formatLift(0.38, 'relative')).toBe('+38 %');
    expect(formatLift(0.0107, 'relative')).toBe('+1.1 %');
    expect(formatLift(Number.POSITIVE_INFINITY, 'relative')).toBe('+∞');
    expect(formatLift(-0.00123, 'absolute')).toBe('−0.00123');
  });

  it('says who beats whom, by how much, and whether it is significant (E1)', () => {
    const a = parsed({
      metric: { type: 'binomial', name: 'checkout' },
      variants: [
        { name: 'control', users: 10_000, conversions: 1_000 },
        { name: 'B', users: 10_000, conversions: 1_100 },
      ],
    });
    expect(experimentVerdict(a, analyseExperiment(a))).toEqual([
      'B beats control on checkout: +10 % (+1.1 % to +19 %), significant at 95 %',
    ]);
  });

  it('an inverse metric going up loses', () => {
    const a = parsed({
      metric: { type: 'binomial', inverse: true, name: 'bounce rate' },
      variants: [
        { name: 'control', users: 10_000, conversions: 1_000 },
        { name: 'B', users: 10_000, conversions: 1_100 },
      ],
      sequential: { tuning: 5000 },
    });
    expect(experimentVerdict(a, analyseExperiment(a))[0]).toBe(
      'B loses to control on bounce rate: +10 % (−4.2 % to +24 %), not significant at 95 % (sequential)',
    );
  });

  it('the SRM warning comes first', () => {
    const a = parsed({
      metric: { type: 'binomial' },
      variants: [
        { name: 'control', users: 10_600, conversions: 1_000 },
        { name: 'B', users: 9_400, conversions: 1_000 },
      ],
      engine: 'bayesian',
    });
    const lines = experimentVerdict(a, analyseExperiment(a));
    expect(lines[0]).toMatch(/^⚠ Sample ratio mismatch \(p = /);
    expect(lines[1]).toMatch(/^B beats control on conversion: \+13 % .* chance to win/);
  });
});
