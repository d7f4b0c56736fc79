import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from './duplicateIndex';
import { duplicateTerms } from './duplicateTerms';
import { syntheticBugReports } from './syntheticBugReports';

const { docs } = syntheticBugReports({ count: 300, seed: 5 });

// The incremental property builds 50 small indexes: about 4 s on the shared 2-core machine under
// load, past vitest's 5 s default when the whole suite runs beside it.
describe('createDuplicateIndex', { timeout: 60_000 }, () => {
  it('finds a paraphrase first', () => {
    const index = createDuplicateIndex([
      { id: 'A', title: 'Crash when saving a draft', body: 'The editor closes' },
      { id: 'B', title: 'Dark mode colours are wrong' },
      { id: 'C', title: 'Export drafts to PDF' },
    ]);
    const [top] = index.query({ id: 'q', title: 'Saving drafts crashes the editor' });
    expect(top?.id).toBe('A');
    expect(top?.score).toBeGreaterThan(0);
    expect(top?.score).toBeLessThanOrEqual(1);
  });

  it('returns exactly the top k of exhaustive ranking', () => {
    // Large enough that MaxScore pruning cuts in for most queries.
    const index = createDuplicateIndex(docs);
    for (const limit of [1, 3, 10]) {
      for (const q of docs.slice(0, 20)) {
        const all = [...index.scoreAll(q)]
          .filter(([id]) => id !== q.id)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, limit);
        expect(index.query(q, { limit, exclude: [q.id] }).map((m) => [m.id, m.raw])).toEqual(all);
      }
    }
  });

  it('after adds, replacements and removals scores like an index built afresh', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 40 }), (removals) => {
        const pool = docs.slice(0, 60);
        const incremental = createDuplicateIndex(pool);
        for (const i of removals) incremental.remove(pool[i]!.id);
        // Re-adding one replaces it rather than indexing it twice.
        incremental.add(pool[0]!);
        incremental.add(pool[0]!);
        const kept = pool.filter((_d, i) => i === 0 || !removals.includes(i));
        const fresh = createDuplicateIndex(kept);
        expect(incremental.size).toBe(kept.length);
        const q = docs[100]!;
        const a = incremental.scoreAll(q);
        const b = fresh.scoreAll(q);
        expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
        for (const [id, s] of b) expect(a.get(id)).toBeCloseTo(s, 9);
      }),
      { numRuns: 25 },
    );
  });

  it('queried between every add and removal, scores like an index built afresh each time', () => {
    // Queries cache per-document length normalisers: a freed slot taken by another document, or
    // averages moved by an add, must never be scored with stale ones.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 79 })), { minLength: 1, maxLength: 25 }),
        (steps) => {
          const pool = docs.slice(0, 80);
          const live = new Set(pool.slice(0, 40).map((d) => d.id));
          const incremental = createDuplicateIndex(pool.slice(0, 40));
          const q = docs[150]!;
          for (const [adding, i] of steps) {
            incremental.query(q);
            if (adding) {
              incremental.add(pool[i]!);
              live.add(pool[i]!.id);
            } else {
              incremental.remove(pool[i]!.id);
              live.delete(pool[i]!.id);
            }
            const fresh = createDuplicateIndex(pool.filter((d) => live.has(d.id)));
            const a = incremental.scoreAll(q);
            for (const [id, s] of fresh.scoreAll(q)) expect(a.get(id)).toBeCloseTo(s, 9);
            expect(incremental.query(q).map((m) => m.id)).toEqual(fresh.query(q).map((m) => m.id));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a freed slot taken by a document of other lengths is not scored with the old lengths', () => {
    // Two removals and two adds that swap lengths between slots leave every average where it
    // was, so only the slot's own reset can tell its cached normalisers are stale.
    const short = (id: string, word: string) => ({ id, title: `crash ${word}` });
    const long = (id: string, word: string) => ({ id, title: `crash ${word} report failing badly today` });
    const [x, z, y, w] = [
      short('X', 'export'),
      long('Z', 'export'),
      short('Y', 'saving'),
      long('W', 'saving'),
    ];
    const lengthsOf = (d: { id: string; title: string }) => duplicateTerms(d).title.length;
    expect(lengthsOf(x)).toBe(lengthsOf(y));
    expect(lengthsOf(z)).toBe(lengthsOf(w));
    expect(lengthsOf(x)).not.toBe(lengthsOf(z));
    const filler = { id: 'F', title: 'dark mode colours' };
    const q = { id: 'q', title: 'crash' };
    const index = createDuplicateIndex([x, z, filler]);
    index.query(q);
    index.remove('X');
    index.remove('Z');
    index.add(y);
    index.add(w);
    const fresh = createDuplicateIndex([filler, y, w]);
    const a = index.scoreAll(q);
    for (const [id, s] of fresh.scoreAll(q)) expect(a.get(id)).toBeCloseTo(s, 12);
  });

  it('keeps stack-trace functions and exception names as whole tokens that match', () => {
    const index = createDuplicateIndex([
      {
        id: 'T',
        title: 'Problem',
        body: 'java.lang.IllegalStateException\n  at com.acme.sync.ChangeQueue.flush(ChangeQueue.java:9)',
      },
      { id: 'U', title: 'Problem', body: 'The sync queue is slow' },
    ]);
    const [top] = index.query({
      id: 'q',
      title: 'Problem',
      body: 'IllegalStateException in ChangeQueue.flush',
    });
    expect(top?.id).toBe('T');
  });

  it('removing an unknown id is a no-op', () => {
    const index = createDuplicateIndex([{ id: 'A', title: 'x y' }]);
    expect(index.remove('nope')).toBe(false);
    expect(index.remove('A')).toBe(true);
    expect(index.size).toBe(0);
    expect(index.query({ id: 'q', title: 'x y' })).toEqual([]);
  });
});
