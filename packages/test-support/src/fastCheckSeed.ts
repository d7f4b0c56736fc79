// One seed per test file for every fast-check property in it, so a failing run can be replayed:
// FC_SEED=<seed> reruns the file with the seed a failure printed, and any other run draws a fresh
// one (so properties keep exploring). A property that passes its own `seed` keeps it.
import { randomInt } from 'node:crypto';
import fc from 'fast-check';

/** The part of vitest's `beforeEach` this needs (passed in, so test-support does not load vitest). */
type BeforeEach = (
  hook: (context: { onTestFailed(handler: () => void): void; task: { file: { name: string } } }) => void,
) => void;

/**
 * The seed FC_SEED names, or a fresh one when it is unset. A value that is not a whole number is
 * refused in one line naming the variable.
 *
 * @example
 * fastCheckSeed({ FC_SEED: '1414' }); // => 1414
 */
export function fastCheckSeed(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FC_SEED?.trim();
  if (raw === undefined || raw === '') return randomInt(0, 2 ** 31);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new Error(`FC_SEED must be a whole number (the seed a failed property run printed), not "${raw}"`);
  return Number(raw);
}

/**
 * Sets the file's seed as fast-check's global default and, after any test that fails, prints how
 * to replay it. Call once per file, from a vitest setup file.
 *
 * @example
 * // packages/core/test/fastCheckSetup.ts, listed in vitest.config.ts setupFiles
 * useFastCheckSeed(beforeEach);
 */
export function useFastCheckSeed(
  beforeEach: BeforeEach,
  env: Record<string, string | undefined> = process.env,
): number {
  const seed = fastCheckSeed(env);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => {
      console.error(`fast-check seed ${seed}: replay with FC_SEED=${seed} pnpm vitest run ${task.file.name}`);
    });
  });
  return seed;
}
