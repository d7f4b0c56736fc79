import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_SCORING, FIELD_COUNT, fieldParameters, pseudoFrequency } from './duplicateScoring';
import { fieldNorms, pseudoFrequencyFromNorms } from './fieldNorms';

describe('fieldNorms', () => {
  it('precomputed normalisers give the same pseudo frequency to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: FIELD_COUNT, maxLength: FIELD_COUNT }),
        fc.array(fc.double({ min: 0.5, max: 300, noNaN: true }), {
          minLength: FIELD_COUNT,
          maxLength: FIELD_COUNT,
        }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (lengths, averages, packed) => {
          const params = fieldParameters(DEFAULT_DUPLICATE_SCORING, averages);
          const norms = new Float64Array(FIELD_COUNT);
          fieldNorms(lengths, 0, params, norms, 0);
          expect(
            Object.is(
              pseudoFrequencyFromNorms(packed, norms, 0, params),
              pseudoFrequency(packed, lengths, 0, params),
            ),
          ).toBe(true);
        },
      ),
    );
  });
});
