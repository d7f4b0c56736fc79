import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthBestScore, topSlots } from './topSlots';

const scoresArb = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 40 });

describe('topSlots', () => {
  it('equals sorting by score, then id, and cutting at k', () => {
    fc.assert(
      fc.property(scoresArb, fc.integer({ min: 0, max: 12 }), (raw, k) => {
        const scores = new Float64Array(raw);
        const slots = raw.map((_, i) => i);
        const idOf = (s: number) => `id-${String(raw.length - s).padStart(3, '0')}`;
        const expected = [...slots]
          .sort((a, b) => scores[b]! - scores[a]! || (idOf(a) < idOf(b) ? -1 : 1))
          .slice(0, k);
        expect(topSlots(slots, scores, k, idOf)).toEqual(expected);
      }),
    );
  });

  it('leaves skipped slots out', () => {
    const scores = new Float64Array([0.9, 0.5, 0.7]);
    expect(topSlots([0, 1, 2], scores, 2, String, (s) => s === 0)).toEqual([2, 1]);
  });
});

describe('kthBestScore', () => {
  it('is the k-th largest score, or -1 when fewer than k', () => {
    fc.assert(
      fc.property(scoresArb, fc.integer({ min: 1, max: 12 }), (raw, k) => {
        const sorted = [...raw].sort((a, b) => b - a);
        const got = kthBestScore(
          raw.map((_, i) => i),
          new Float64Array(raw),
          k,
          new Float64Array(k),
        );
        expect(got).toBe(raw.length < k ? -1 : sorted[k - 1]);
      }),
    );
  });
});
