import { describe, expect, it } from 'vitest';
import { evaluateDuplicates } from './evaluateDuplicates';

const docs = [
  { id: 'A', title: 'Crash when saving a draft' },
  { id: 'B', title: 'Saving a draft crashes' },
  { id: 'C', title: 'Dark mode colours' },
  { id: 'D', title: 'Unrelated words entirely' },
];

describe('evaluateDuplicates', () => {
  it('ranks every other document and reports recall and MRR', () => {
    const r = evaluateDuplicates(docs, [
      { duplicate: 'B', original: 'A' },
      { duplicate: 'C', original: 'D' },
    ]);
    expect(r.pairs).toBe(2);
    expect(r.ranks.map((x) => x.rank)).toEqual([1, 3]);
    expect(r.recallAt).toEqual({ 1: 0.5, 5: 1, 10: 1 });
    expect(r.mrr).toBeCloseTo((1 + 1 / 3) / 2, 12);
  });

  it('skips pairs with an unknown id, a self pair or a repeat', () => {
    const r = evaluateDuplicates(docs, [
      { duplicate: 'B', original: 'A' },
      { duplicate: 'B', original: 'A' },
      { duplicate: 'A', original: 'A' },
      { duplicate: 'Z', original: 'A' },
    ]);
    expect(r.pairs).toBe(1);
  });

  it('uses a given ranker', () => {
    const r = evaluateDuplicates(
      docs,
      [{ duplicate: 'B', original: 'A' }],
      () =>
        new Map([
          ['A', 0],
          ['C', 1],
          ['D', 2],
        ]),
    );
    expect(r.ranks[0]?.rank).toBe(3);
  });
});
