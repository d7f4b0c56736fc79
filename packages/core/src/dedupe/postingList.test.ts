import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPosting, createPostingList, removePosting } from './postingList';

describe('posting lists', () => {
  it('hold exactly the slots appended and not removed, with their counts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 30 }),
        (added, removed) => {
          const p = createPostingList();
          for (const slot of added) appendPosting(p, slot, slot * 3 + 1);
          const model = new Set(added);
          for (const slot of removed) expect(removePosting(p, slot)).toBe(model.delete(slot));
          const held = [...p.slots.subarray(0, p.length)];
          expect(held.sort((a, b) => a - b)).toEqual([...model].sort((a, b) => a - b));
          for (let i = 0; i < p.length; i++) expect(p.tf[i]).toBe(p.slots[i]! * 3 + 1);
        },
      ),
    );
  });
});
