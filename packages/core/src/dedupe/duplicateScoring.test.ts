import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bm25Idf,
  DEFAULT_DUPLICATE_SCORING,
  fieldParameters,
  pseudoFrequency,
  saturate,
} from './duplicateScoring';

describe('BM25F scoring', () => {
  it('rarer terms weigh more, and every IDF is positive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (n, d) => {
        const df = Math.min(n, d);
        expect(bm25Idf(df, n)).toBeGreaterThan(0);
        if (df > 0) expect(bm25Idf(df - 1, n)).toBeGreaterThan(bm25Idf(df, n));
      }),
    );
  });

  it('a longer field dilutes a hit, and saturation stays below 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 255 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        (count, short, extra) => {
          const params = fieldParameters(DEFAULT_DUPLICATE_SCORING, [8, 60, 4, 2]);
          const at = (len: number) =>
            pseudoFrequency(count << 8, new Float64Array([0, len, 0, 0]), 0, params);
          expect(at(short + extra)).toBeLessThan(at(short));
          expect(saturate(at(short), DEFAULT_DUPLICATE_SCORING.k1)).toBeLessThan(1);
        },
      ),
    );
  });
});
