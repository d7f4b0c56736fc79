import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay';

describe('backoffDelay (properties)', () => {
  const options = { baseMs: 1000, maxMs: 300_000 };

  it('stays between half and all of the capped exponential step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, r) => {
          const step = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt - 1, 60));
          const delay = backoffDelay(attempt, options, () => r);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(step / 2));
          expect(delay).toBeLessThanOrEqual(step);
        },
      ),
    );
  });

  it('never shrinks as attempts grow, for the same jitter draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, r) => {
          expect(backoffDelay(attempt + 1, options, () => r)).toBeGreaterThanOrEqual(
            backoffDelay(attempt, options, () => r),
          );
        },
      ),
    );
  });

  it('spreads clients that failed together', () => {
    const draws = [0, 0.25, 0.5, 0.75, 1].map((r) => backoffDelay(4, options, () => r));
    expect(new Set(draws).size).toBe(5);
  });
});
