import { describe, expect, it } from 'vitest';
import { scoreItem } from '../scoreItem';
import { itemWith } from '../workItem.fixture';

// SCORING.md §6.5 (Aha!) and §6.6 #4 (rounding made explicit).
describe('Aha! default scorecard', () => {
  const vector = { population: 4, need: 5, strategy: 3, effort: 2, confidence: 0.8 };

  it('(4 + 5 + 3 − 2) × 0.8 = 8.0', () => {
    const r = scoreItem(itemWith(vector), 'aha');
    expect(r.ok && r.score).toBeCloseTo(8, 12);
  });

  it.each([
    ['none', 7.2],
    ['ceil', 8],
    ['half-up', 7],
  ] as const)('7.2 with rounding %s → %d', (ahaRounding, expected) => {
    const r = scoreItem(
      itemWith({ ...vector, population: 3, confidence: 0.8, need: 5, strategy: 3, effort: 2 }),
      'aha',
      {
        ahaRounding,
      },
    );
    // (3 + 5 + 3 − 2) × 0.8 = 7.2
    expect(r.ok && r.score).toBeCloseTo(expected, 12);
  });

  it('ceil does not turn float noise at 8 into 9', () => {
    const r = scoreItem(itemWith(vector), 'aha', { ahaRounding: 'ceil' });
    expect(r.ok && r.score).toBe(8);
  });

  it('costs subtract: more effort, lower score', () => {
    const r = scoreItem(itemWith({ ...vector, effort: 13 }), 'aha');
    expect(r.ok && r.score).toBeLessThan(0);
  });
});
