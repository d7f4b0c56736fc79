import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/seededRandom';
import type { ArmData } from './armData';
import { bayesianTest, DEFAULT_PRIOR } from './bayesianTest';
import { effectMoments } from './effectMoments';
import { sequentialTest } from './sequentialTest';
import { welchTTest } from './welchTTest';

const proportion = (n: number, conversions: number, name: string): ArmData => ({
  name,
  post: { kind: 'proportion', n, sum: conversions, sumSquares: conversions },
});
const arm = fc
  .integer({ min: 20, max: 200_000 })
  .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 })));

describe('stats engine (properties, seeded)', () => {
  it('swapping the arms mirrors an absolute effect: −Δ, same se and p, mirrored interval', () => {
    fc.assert(
      fc.property(arm, arm, ([nA, cA], [nB, cB]) => {
        const ab = effectMoments(proportion(nA, cA, 'A'), proportion(nB, cB, 'B'), 'absolute');
        const ba = effectMoments(proportion(nB, cB, 'B'), proportion(nA, cA, 'A'), 'absolute');
        if (!ab.ok || !ba.ok) return;
        expect(ba.estimate).toBeCloseTo(-ab.estimate, 12);
        expect(ba.se).toBeCloseTo(ab.se, 12);
        const t1 = welchTTest(ab, 0.05, 'two-sided');
        const t2 = welchTTest(ba, 0.05, 'two-sided');
        expect(t2.pValue).toBeCloseTo(t1.pValue, 9);
        expect(t2.ci[0]).toBeCloseTo(-t1.ci[1], 9);
        const b1 = bayesianTest(ab, 'absolute', DEFAULT_PRIOR, 0.05, false);
        const b2 = bayesianTest(ba, 'absolute', DEFAULT_PRIOR, 0.05, false);
        expect(b2.chanceToWin).toBeCloseTo(1 - b1.chanceToWin, 9);
        expect(b2.risk[0]).toBeCloseTo(b1.risk[1], 9);
      }),
      { seed: 1414, numRuns: 300 },
    );
  });

  it('sequential intervals are never narrower than fixed-horizon ones', () => {
    fc.assert(
      fc.property(
        arm,
        arm,
        fc.constantFrom('two-sided' as const, 'greater' as const, 'less' as const),
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.constantFrom(0.01, 0.05, 0.1, 0.2),
        ([nA, cA], [nB, cB], alternative, tuning, alpha) => {
          const e = effectMoments(proportion(nA, cA, 'A'), proportion(nB, cB, 'B'), 'relative');
          if (!e.ok) return;
          const fixed = welchTTest(e, alpha, alternative);
          const seq = sequentialTest(e, alpha, alternative, tuning);
          expect(seq.ci[0]).toBeLessThanOrEqual(fixed.ci[0] + 1e-12);
          expect(seq.ci[1]).toBeGreaterThanOrEqual(fixed.ci[1] - 1e-12);
        },
      ),
      { seed: 2026, numRuns: 400 },
    );
  });

  // Coverage on simulated A/B tests with a known true lift: the 95 % interval must contain the
  // truth 95 % ± 1.5 % of the time. 4000 experiments give a standard error of 0.34 %.
  it.each(['absolute', 'relative'] as const)(
    '95 %% intervals cover the true %s effect within ±1.5 %%',
    (difference) => {
      const random = seededRandom(difference === 'absolute' ? 7 : 11);
      const [pA, pB, n, runs] = [0.1, 0.12, 2000, 4000];
      const truth = difference === 'absolute' ? pB - pA : (pB - pA) / pA;
      const draw = (p: number) => {
        let c = 0;
        for (let i = 0; i < n; i++) if (random() < p) c++;
        return c;
      };
      let covered = 0;
      for (let r = 0; r < runs; r++) {
        const e = effectMoments(proportion(n, draw(pA), 'A'), proportion(n, draw(pB), 'B'), difference);
        if (!e.ok) continue;
        const { ci } = welchTTest(e, 0.05, 'two-sided');
        if (ci[0] <= truth && truth <= ci[1]) covered++;
      }
      expect(Math.abs(covered / runs - 0.95)).toBeLessThanOrEqual(0.015);
    },
  );
});
