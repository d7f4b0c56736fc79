import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastCheckSeed } from './fastCheckSeed';

describe('fastCheckSeed', () => {
  it('replays the seed FC_SEED names, and the same seed draws the same values', () => {
    expect([fastCheckSeed({ FC_SEED: '1414' }), fastCheckSeed({ FC_SEED: ' -7 ' })]).toEqual([1414, -7]);
    const draw = (seed: number) => fc.sample(fc.integer(), { seed, numRuns: 5 });
    expect(draw(fastCheckSeed({ FC_SEED: '99' }))).toEqual(draw(99));
  });

  it('draws a fresh whole-number seed when FC_SEED is unset or empty', () => {
    for (const env of [{}, { FC_SEED: '' }]) {
      const seed = fastCheckSeed(env);
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
    }
  });

  it('refuses a value that is not a whole number, naming FC_SEED', () => {
    for (const FC_SEED of ['abc', '1.5', '1e3', '99999999999999999999'])
      expect(() => fastCheckSeed({ FC_SEED })).toThrow(/^FC_SEED must be a whole number .*not "/);
  });
});
