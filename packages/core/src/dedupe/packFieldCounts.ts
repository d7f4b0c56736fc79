import type { FieldTerms } from './duplicateTerms';
import { DUPLICATE_FIELDS } from './duplicateTerms';

/**
 * Term → its count in each field, packed one byte per field (title | body << 8 | code << 16 |
 * meta << 24) so a posting is one 32-bit word. Counts stop at 255: past a few repeats BM25's
 * saturation makes more irrelevant.
 *
 * @example
 * packFieldCounts({ title: ['crash', 'crash'], body: ['crash'], code: [], meta: [] }).get('crash'); // => 2 | (1 << 8)
 */
export function packFieldCounts(terms: FieldTerms): Map<string, number> {
  const counts = new Map<string, number>();
  DUPLICATE_FIELDS.forEach((f, i) => {
    for (const t of terms[f]) {
      const packed = counts.get(t) ?? 0;
      if (((packed >>> (8 * i)) & 0xff) < 0xff) counts.set(t, (packed + (1 << (8 * i))) >>> 0);
    }
  });
  return counts;
}

/**
 * One field's count out of a packed word of {@link packFieldCounts}.
 *
 * @example
 * fieldCount(2 | (1 << 8), 1); // => 1
 */
export function fieldCount(packed: number, field: number): number {
  return (packed >>> (8 * field)) & 0xff;
}
