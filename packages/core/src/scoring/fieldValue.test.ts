import { describe, expect, it } from 'vitest';
import { toFraction, toNumber } from './fieldValue';

describe('toNumber', () => {
  it.each([
    [2.5, 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('%j → %d', (raw, n) => {
    expect(toNumber(raw)).toBe(n);
  });

  it.each(['', 'abc', '1,5', '3 months', true, null, Number.POSITIVE_INFINITY, '0x10'])('%j → NaN', (raw) => {
    expect(toNumber(raw)).toBeNaN();
  });
});

describe('toFraction (one rule for percentages)', () => {
  it.each([
    [80, 0.8],
    [0.8, 0.8],
    ['80%', 0.8],
    [1, 1],
    [100, 1],
    ['1%', 0.01],
    [0, 0],
  ])('%j → %d', (raw, f) => {
    expect(toFraction(raw)).toBeCloseTo(f, 12);
  });

  it.each([101, -1, '120%', 'high'])('%j → NaN', (raw) => {
    expect(toFraction(raw)).toBeNaN();
  });
});
