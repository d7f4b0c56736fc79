import { describe, expect, it } from 'vitest';
import { type KanoAnswer, kanoCategory, kanoSummary, kanoTally } from './kano';

// SCORING.md §6.4.
describe('Kano evaluation table', () => {
  it.each([
    [1, 5, 'O'],
    [2, 5, 'M'],
    [1, 4, 'A'],
    [3, 3, 'I'],
    [5, 1, 'R'],
    [1, 1, 'Q'],
    [5, 5, 'Q'],
    [4, 2, 'I'],
  ] as const)('F = %d, D = %d → %s', (f, d, c) => {
    expect(kanoCategory(f, d)).toBe(c);
  });
});

describe('Kano aggregation', () => {
  it('A 10, O 5, M 3, I 2, R 1, Q 1 → A, Better 0.75, Worse −0.40', () => {
    expect(kanoSummary({ A: 10, O: 5, M: 3, I: 2, R: 1, Q: 1 })).toEqual({
      ok: true,
      value: { category: 'A', tie: false, better: 0.75, worse: -0.4, responses: 22 },
    });
  });

  it('a tie M 5, O 5 → M, flagged', () => {
    const r = kanoSummary({ M: 5, O: 5 });
    expect(r.ok && [r.value.category, r.value.tie]).toEqual(['M', true]);
  });

  it.each([
    [{ A: 2, I: 2 }, 'A'],
    [{ I: 3, R: 3 }, 'I'],
    [{ R: 1, Q: 1 }, 'R'],
  ])('tie-break order M > O > A > I > R > Q: %j → %s', (counts, category) => {
    const r = kanoSummary(counts);
    expect(r.ok && r.value.category).toBe(category);
  });

  it('Better and Worse are null when only R and Q answered', () => {
    const r = kanoSummary({ R: 2, Q: 1 });
    expect(r.ok && [r.value.better, r.value.worse]).toEqual([null, null]);
  });

  it('no responses is a problem, not NaN', () => {
    expect(kanoSummary({}).ok).toBe(false);
  });

  it('rejects a negative or fractional count, naming the category', () => {
    const r = kanoSummary({ A: 1.5 });
    expect(r.ok ? '' : r.problems[0]?.field).toBe('A');
  });

  it('tallies answer pairs', () => {
    const pairs: [KanoAnswer, KanoAnswer][] = [
      [1, 5],
      [1, 4],
      [2, 5],
      [1, 4],
    ];
    expect(kanoTally(pairs)).toEqual({ O: 1, A: 2, M: 1 });
  });
});
