import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_FIELDS } from './duplicateTerms';
import { fieldCount, packFieldCounts } from './packFieldCounts';

const field = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 300 });

describe('packFieldCounts', () => {
  it('packs each field’s count of each term, capped at 255', () => {
    fc.assert(
      fc.property(field, field, field, field, (title, body, code, meta) => {
        const terms = { title, body, code, meta };
        const packed = packFieldCounts(terms);
        DUPLICATE_FIELDS.forEach((f, i) => {
          for (const t of ['a', 'b', 'c', 'd']) {
            const count = terms[f].filter((x) => x === t).length;
            expect(fieldCount(packed.get(t) ?? 0, i)).toBe(Math.min(255, count));
          }
        });
      }),
    );
  });
});
