import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceMipSolver, bruteForcePlan } from '../../test/release/bruteForce';
import { evaluateAssignment } from './evaluateAssignment';
import { greedyBaseline } from './greedyBaseline';
import { planExact } from './planExact';
import { heuristicAssignment, planHeuristic } from './planHeuristic';
import type { PlanningModelInput } from './planningModel';
import type { ValidPlanningModel } from './validatePlanningModel';
import { validatePlanningModel } from './validatePlanningModel';

/** Tiny random models: a DAG of prerequisites (only on earlier items), customers, must-haves, teams. */
const tinyModel = (maxItems: number, maxReleases: number): fc.Arbitrary<PlanningModelInput> =>
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

const validOnly = (input: PlanningModelInput): ValidPlanningModel | undefined => {
  const v = validatePlanningModel(input);
  return v.ok ? v.model : undefined;
};

describe('release planner properties', () => {
  it('heuristic and baseline plans never exceed capacity or break a dependency or must-have', () => {
    fc.assert(
      fc.property(tinyModel(7, 3), (input) => {
        const valid = validOnly(input);
        if (!valid) return;
        expect(evaluateAssignment(valid.compiled, heuristicAssignment(valid)).violations).toEqual([]);
        // buildPlan throws on any violation, so building the plans checks them too.
        expect(planHeuristic(valid).value).toBeGreaterThanOrEqual(0);
        expect(greedyBaseline(valid).value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('the heuristic never beats the brute-force optimum, and the exact planner reaches it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(tinyModel(5, 1), tinyModel(3, 2)), async (input) => {
        const valid = validOnly(input);
        if (!valid) return;
        const optimum = bruteForcePlan(valid).value;
        expect(planHeuristic(valid).value).toBeLessThanOrEqual(optimum + 1e-9);
        const exact = await planExact(valid, bruteForceMipSolver);
        expect(exact.value).toBeCloseTo(optimum, 9);
        expect(exact.provenOptimal).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('adding capacity never lowers the optimum', () => {
    fc.assert(
      fc.property(tinyModel(5, 2), fc.integer({ min: 1, max: 5 }), (input, extra) => {
        const valid = validOnly(input);
        if (!valid) return;
        const more = validOnly({
          ...input,
          releases: input.releases.map((r, k) => (k === 0 ? { ...r, capacity: r.capacity + extra } : r)),
        });
        expect(more).toBeDefined();
        expect(bruteForcePlan(more!).value).toBeGreaterThanOrEqual(bruteForcePlan(valid).value - 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});
