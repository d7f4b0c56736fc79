import { describe, expect, it } from 'vitest';
import { compareItems } from './compareItems';
import { scoreItems } from './scoreItems';
import { itemWith } from './workItem.fixture';

describe('compareItems', () => {
  // Intercom R1 and R3: Project 3 (800) ranks above Project 1 (675).
  const [p1, p3] = scoreItems(
    [
      itemWith({ reach: 450, impact: 3, confidence: 1, effort: 2 }, { key: 'P1' }),
      itemWith({ reach: 800, impact: 2, confidence: 0.5, effort: 1 }, { key: 'P3' }),
    ],
    'rice',
  );

  it('puts the higher score first whatever the argument order', () => {
    const c = compareItems(p1!, p3!);
    expect([c.higher, c.lower, c.tie]).toEqual(['P3', 'P1', false]);
  });

  it('splits the log ratio exactly between factors', () => {
    const c = compareItems(p3!, p1!);
    const byFactor = Object.fromEntries(c.differences.map((d) => [d.factor, d.share]));
    const gap = Math.log(800 / 675);
    expect([c.exact, byFactor.reach, byFactor.effort, byFactor.confidence]).toEqual([
      true,
      expect.closeTo(Math.log(800 / 450) / gap, 9),
      expect.closeTo(Math.log(2) / gap, 9),
      expect.closeTo(Math.log(0.5) / gap, 9),
    ]);
  });

  it('gives each factor as a score multiplier; the multipliers compose to the score ratio', () => {
    const c = compareItems(p3!, p1!);
    const product = c.differences.reduce((x, d) => x * d.effect, 1);
    expect([c.effectKind, c.differences[0]?.effect, product]).toEqual([
      'ratio',
      expect.closeTo(2, 9),
      expect.closeTo(800 / 675, 9),
    ]);
  });

  it('lists the deciding factors first: halving effort (ln 2) outweighs the reach gain (ln 1.78)', () => {
    expect(compareItems(p3!, p1!).differences.map((d) => d.factor)).toEqual([
      'effort',
      'reach',
      'impact',
      'confidence',
    ]);
  });

  it('says they could swap: P3 at 50 % confidence spans 400–1600', () => {
    const c = compareItems(p3!, p1!);
    expect([c.couldSwap, c.summary]).toEqual([true, expect.stringContaining('could swap')]);
  });

  it('says ranges do not overlap when both are certain', () => {
    const [a, b] = scoreItems(
      [
        itemWith({ reach: 1000, impact: 3, confidence: 1, effort: 1 }, { key: 'A' }),
        itemWith({ reach: 10, impact: 1, confidence: 1, effort: 1 }, { key: 'B' }),
      ],
      'rice',
    );
    expect(compareItems(a!, b!).couldSwap).toBe(false);
  });

  it('splits a pure sum into point differences', () => {
    const [a, b] = scoreItems(
      [
        itemWith({ impact: 9, confidence: 5, ease: 5 }, { key: 'A' }),
        itemWith({ impact: 3, confidence: 5, ease: 8 }, { key: 'B' }),
      ],
      'ice-average',
    );
    const c = compareItems(a!, b!);
    expect(c.differences.map((d) => [d.factor, d.share])).toEqual([
      ['impact', expect.closeTo(2, 9)],
      ['confidence', 0],
      ['ease', expect.closeTo(-1, 9)],
    ]);
  });

  it('splits a ratio of sums (WSJF) exactly', () => {
    const [a, b] = scoreItems(
      [
        itemWith(
          { business_value: 100, time_criticality: 50, risk_reduction: 20, job_size: 10 },
          { key: 'A' },
        ),
        itemWith({ business_value: 80, time_criticality: 30, risk_reduction: 10, job_size: 5 }, { key: 'B' }),
      ],
      'wsjf-open',
    );
    const c = compareItems(a!, b!);
    const total = c.differences.reduce((s, d) => s + d.share, 0);
    expect([c.higher, c.differences[0]?.factor, total]).toEqual(['B', 'job_size', expect.closeTo(1, 9)]);
  });

  it('a scored item ranks above an unscored one', () => {
    const [a, b] = scoreItems(
      [
        itemWith({ reach: 1 }, { key: 'U' }),
        itemWith({ reach: 1, impact: 1, confidence: 1, effort: 1 }, { key: 'S' }),
      ],
      'rice',
    );
    const c = compareItems(a!, b!);
    expect([c.higher, c.summary]).toEqual([
      'S',
      'S ranks above U, which is unscored (impact, confidence, effort)',
    ]);
  });
});
