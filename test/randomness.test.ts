import { describe, expect, it } from 'vitest';
import { packageFiles, readRepoFile } from './repoFiles';

// One seeded PRNG for the whole repository: core's `seededRandom` (core/src/random). Tests,
// fixtures and benchmarks draw from it (through @trailmap/core) so a failure replays with the same
// numbers; none keeps its own copy of the generator or draws from Math.random. (fast-check
// properties run on one seed per file from @trailmap/test-support's useFastCheckSeed: FC_SEED replays it.)
const ONE_PRNG = 'packages/core/src/random/seededRandom.ts';
// Built, not written, so that this file does not match itself.
const MULBERRY32 = new RegExp(['0x6d2b', '79f5'].join(''), 'i');
const MATH_RANDOM = new RegExp(['Math', 'random'].join('\\.'));
const TEST_CODE = /\.test(-prop|-d)?\.tsx?$|^packages\/[^/]+\/test\/|\/__fixtures__\//;

/** The files that copy the PRNG, and the test files that draw from an unseeded source. */
function randomnessProblems(files: readonly string[], read: (path: string) => string): string[] {
  return files.flatMap((path) => {
    if (!/\.tsx?$/.test(path)) return [];
    const source = read(path);
    const problems: string[] = [];
    if (path !== ONE_PRNG && MULBERRY32.test(source))
      problems.push(`${path}: a copy of the PRNG; use seededRandom from @trailmap/core/release`);
    if (TEST_CODE.test(path) && MATH_RANDOM.test(source))
      problems.push(`${path}: an unseeded random draw in a test; use seededRandom(seed)`);
    return problems;
  });
}

describe('one seeded PRNG', () => {
  it('no package copies it, and no test draws from Math.random', () => {
    const files = packageFiles();
    expect(files).toContain(ONE_PRNG);
    expect(randomnessProblems(files, readRepoFile)).toEqual([]);
  });

  it('the scan names a copy and an unseeded draw', () => {
    const sources: Record<string, string> = {
      'packages/core/bench/x.bench.ts': `s = (s + 0x${'6d2b79f5'}) >>> 0;`,
      'packages/cli/test/browser/x.test.ts': `const r = Math.${'random'}();`,
      'packages/core/src/random/seededRandom.ts': `state = (state + 0x${'6d2b79f5'}) >>> 0;`,
    };
    expect(randomnessProblems(Object.keys(sources), (path) => sources[path] ?? '')).toEqual([
      'packages/core/bench/x.bench.ts: a copy of the PRNG; use seededRandom from @trailmap/core/release',
      'packages/cli/test/browser/x.test.ts: an unseeded random draw in a test; use seededRandom(seed)',
    ]);
  });
});
