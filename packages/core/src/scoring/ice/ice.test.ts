import { describe, expect, it } from 'vitest';
import { scoreItem } from '../scoreItem';
import { itemWith } from '../workItem.fixture';

// SCORING.md §6.2.
const product: [source: string, i: number, c: number, e: number, score: number][] = [
  ['innerview referral program', 8, 7, 5, 280],
  ['innerview site speed', 6, 9, 8, 432],
  ['knowmba first', 9, 8, 7, 504],
  ['knowmba second', 7, 6, 6, 252],
  ['orchestkit one-click checkout', 9, 7, 4, 252],
];

describe('ICE (product)', () => {
  it.each(product)('%s: %d × %d × %d = %d', (_s, impact, confidence, ease, expected) => {
    const r = scoreItem(itemWith({ impact, confidence, ease }), 'ice');
    expect(r.ok && r.score).toBe(expected);
  });

  it('innerview: site speed (432) ranks above the referral program (280)', () => {
    const speed = scoreItem(itemWith({ impact: 6, confidence: 9, ease: 8 }), 'ice');
    const referral = scoreItem(itemWith({ impact: 8, confidence: 7, ease: 5 }), 'ice');
    expect(speed.ok && referral.ok && speed.score > referral.score).toBe(true);
  });

  it('labels the variant in the explanation', () => {
    const r = scoreItem(itemWith({ impact: 8, confidence: 7, ease: 5 }), 'ice');
    expect(r.ok && r.explanation.name).toBe('ICE (product)');
  });

  it.each([0, 11, 'x'])('rejects %j outside 1–10', (impact) => {
    const r = scoreItem(itemWith({ impact, confidence: 5, ease: 5 }), 'ice');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['impact']);
  });

  it.each([
    [7, 7],
    [0.8, 8],
    ['80%', 8],
    [1, 10],
    ['high', 10],
  ] as const)(
    'reads confidence %j as %d on the 1–10 scale (importers store fractions)',
    (confidence, expected) => {
      const r = scoreItem(itemWith({ impact: 5, confidence, ease: 5 }), 'ice');
      expect(r.ok && r.explanation.factors[1]?.normalised).toBeCloseTo(expected, 12);
    },
  );

  it('rejects a confidence below 10 %, naming the field', () => {
    const r = scoreItem(itemWith({ impact: 5, confidence: 0.07, ease: 5 }), 'ice');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['confidence']);
  });

  it('ranges from confidence: low × C/10, high at confidence 10', () => {
    const r = scoreItem(itemWith({ impact: 5, confidence: 5, ease: 4 }), 'ice');
    expect(r.ok && r.range).toEqual({ low: 50, high: 200 });
  });
});

describe('ICE (average)', () => {
  it('essaiapp chatbot: (8 + 7 + 6) ÷ 3 = 7.0', () => {
    const r = scoreItem(itemWith({ impact: 8, confidence: 7, ease: 6 }), 'ice-average');
    expect(r.ok && r.score).toBeCloseTo(7, 12);
  });

  it('labels the variant and writes the average plainly', () => {
    const r = scoreItem(itemWith({ impact: 8, confidence: 7, ease: 6 }), 'ice-average');
    expect(r.ok && r.explanation.summary).toBe('ICE (average) 7 = (impact 8 + confidence 7 + ease 6) ÷ 3');
  });
});
