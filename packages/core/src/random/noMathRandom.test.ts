import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './seededRandom';

// The rule: every random draw in core (plans, forecasts, folds, synthetic data) comes from
// `seededRandom` with an explicit or deterministically defaulted seed, so the same input gives the
// same plan. The pattern is built, not written, so this file does not match itself.
const FORBIDDEN = new RegExp(['Math', 'random'].join('\\.'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('randomness in core', () => {
  it('never draws from an unseeded source: every generator is seeded', () => {
    const src = join(import.meta.dirname, '..');
    const offenders = sourceFiles(src)
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch one', () => {
    expect(FORBIDDEN.test(`const r = options.random ?? Math.${'random'};`)).toBe(true);
  });

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
