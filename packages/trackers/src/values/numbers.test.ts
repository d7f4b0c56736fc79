import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['4', 4],
    ['4.0', 4],
    [' -2.5 ', -2.5],
    ['1,200', 1200],
    ['1,200.5', 1200.5],
    ['4,5', 4.5],
    ['80%', 0.8],
    ['7 %', 0.07],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1.200,5', 1200.5],
    ['1.200.000', 1200000],
    ['1.200', 1.2],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'lots', '4.0.1', 'NaN', 'Infinity', '1e999', '12abc', '%'])(
    'gives undefined for %j',
    (text) => {
      expect(parseNumber(text)).toBeUndefined();
    },
  );
});
