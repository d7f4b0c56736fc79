import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceMipSolver, bruteForcePlan } from '../../test/release/bruteForce';
import { tinyModel } from '../../test/release/tinyModel';
import { evaluateAssignment } from './evaluateAssignment';
import { greedyBaseline } from './greedyBaseline';
import { planExact } from './planExact';
import { heuristicAssignment, planHeuristic } from './planHeuristic';
import type { PlanningModelInput } from './planningModel';
import type { ValidPlanningModel } from './validatePlanningModel';
import { validatePlanningModel } from './validatePlanningModel';

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
