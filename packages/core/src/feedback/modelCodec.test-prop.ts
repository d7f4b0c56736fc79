import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';
import { packVocab, packWeights, unpackVocab, unpackWeights } from './modelCodec';

describe('model codec (properties)', () => {
  it('base64 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('vocabularies round-trip exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 26 }), { maxLength: 200 }), (ids) => {
        const vocab = Int32Array.from(ids).sort();
        expect(unpackVocab(packVocab(vocab), vocab.length)).toEqual(vocab);
      }),
    );
  });

  it('quantised weights stay within half a quantum of the originals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const m = Float64Array.from(values);
          const { weights, scales } = packWeights(m, 1, m.length);
          const back = unpackWeights(weights, scales, 1, m.length)!;
          back.forEach((v, i) => {
            expect(Math.abs(v - m[i]!)).toBeLessThanOrEqual(scales[0]! / 2 + 1e-12);
          });
        },
      ),
    );
  });

  it('rejects base64 with foreign characters', () => {
    expect(decodeBase64('ab$d')).toBeUndefined();
  });
});
