import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from './duplicateIndex';

// A small vocabulary makes many documents share terms, so pruning and ties both occur.
const word = fc.constantFrom(
  'crash',
  'save',
  'draft',
  'login',
  'slow',
  'sync',
  'export',
  'pdf',
  'editor',
  'ios',
);
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const doc = fc.record({ title: text, body: text });

describe('maxScoreTopK through the index', () => {
  it('returns exactly the top k of exhaustive ranking, after any adds and removals', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        doc,
        fc.integer({ min: 1, max: 12 }),
        (docs, removals, q, limit) => {
          const index = createDuplicateIndex(docs.map((d, i) => ({ id: `D-${i}`, ...d })));
          for (const r of removals) index.remove(`D-${r % docs.length}`);
          const all = [...index.scoreAll({ id: 'q', ...q })]
            .filter(([, s]) => s > 0)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, limit);
          expect(index.query({ id: 'q', ...q }, { limit }).map((m) => [m.id, m.raw])).toEqual(all);
        },
      ),
      { numRuns: 150 },
    );
  });
});
