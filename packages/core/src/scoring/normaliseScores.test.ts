import { describe, expect, it } from 'vitest';
import { normaliseScores, weightedRelativeScores } from './normaliseScores';

// SCORING.md §6.5 (JPD weighted, single field) and §6.6 #1.
describe('normaliseScores (relative 0–100, JPD-style)', () => {
  it.each([
    [
      [6, 3, 2],
      [100, 50, 33],
    ],
    [
      [5, 1, -5],
      [100, 60, 0],
    ],
    [
      [4, 3, 1],
      [100, 75, 25],
    ],
    [
      [5, 4],
      [100, 80],
    ],
  ])('JPD doc vector %j → %j', (input, expected) => {
    expect(normaliseScores(input)).toEqual(expected);
  });

  it('pinned rule for all-negative values: [−5, −2, −1] → [0, 75, 100] (the JPD doc prints 66)', () => {
    expect(normaliseScores([-5, -2, -1])).toEqual([0, 75, 100]);
  });

  it('keeps decimals when asked', () => {
    expect(normaliseScores([6, 3, 2], { decimals: 2 })).toEqual([100, 50, 33.33]);
  });

  it('passes unscored items through as null', () => {
    expect(normaliseScores([null, 10, 5])).toEqual([null, 100, 50]);
  });

  it('all equal → 100 each, never NaN', () => {
    expect(normaliseScores([0, 0])).toEqual([100, 100]);
  });

  it('is relative: adding a bigger item changes the others', () => {
    expect(normaliseScores([6, 3, 12])[0]).toBe(50);
  });
});

describe('weightedRelativeScores', () => {
  it('one field with weight 1 is the plain normalisation', () => {
    expect(weightedRelativeScores([[6, 3, 2]], [1])).toEqual([100, 50, 33]);
  });

  it('a negative weight makes a field a cost', () => {
    // value [10, 10], effort [1, 10]: the cheap item wins.
    expect(
      weightedRelativeScores(
        [
          [10, 10],
          [1, 10],
        ],
        [1, -1],
      ),
    ).toEqual([100, 0]);
  });
});
