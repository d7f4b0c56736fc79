import fc from 'fast-check';
import type { PlanningModelInput } from '../../src/release/index';

/** Tiny random models: a DAG of prerequisites (only on earlier items), customers, must-haves, teams. */
export const tinyModel = (maxItems: number, maxReleases: number): fc.Arbitrary<PlanningModelInput> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: maxItems }),
      releases: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: maxReleases }),
      discount: fc.constantFrom(0, 0.25),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }),
    })
    .map(({ n, releases, discount, seed }): PlanningModelInput => {
      let s = 0;
      const next = (mod: number): number => seed[s++ % seed.length]! % mod;
      const items = Array.from({ length: n }, (_, i) => ({
        id: `i${i}`,
        cost: next(5),
        value: next(3) === 0 ? 0 : next(10),
        prerequisites: i > 0 && next(3) === 0 ? [`i${next(i)}`] : [],
        team: next(2) === 0 ? 'web' : 'api',
        ...(next(6) === 0 ? { mustHave: 'any' as const } : {}),
      }));
      const customers = Array.from({ length: next(3) }, (_, c) => ({
        id: `c${c}`,
        value: 1 + next(12),
        items: [...new Set([`i${next(n)}`, `i${next(n)}`])],
      }));
      return {
        items,
        releases: releases.map((capacity, r) => ({
          id: `r${r}`,
          capacity,
          ...(next(3) === 0 ? { teamCapacity: { web: next(5) } } : {}),
        })),
        customers,
        discount,
      };
    });
