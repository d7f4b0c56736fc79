import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForcePlan } from '../../test/release/bruteForce';
import { seededRandom } from '../random/seededRandom';
import { annealUnion } from './annealUnion';
import { evaluateAssignment } from './evaluateAssignment';
import type { PlanningModelInput } from './planningModel';
import { planUnionAssignment, unionEffort } from './planUnion';
import { buildUnionKnapsack, isUnionKnapsack } from './unionKnapsack';
import { UnionSearch } from './unionSearch';
import type { ValidPlanningModel } from './validatePlanningModel';
import { validatePlanningModel } from './validatePlanningModel';

/** Single-release models: a prerequisite DAG, customers, items with own value, must-haves. */
const singleRelease = (maxItems: number): fc.Arbitrary<PlanningModelInput> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: maxItems }),
      capacity: fc.integer({ min: 0, max: 14 }),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 60, maxLength: 60 }),
    })
    .map(({ n, capacity, seed }): PlanningModelInput => {
      let s = 0;
      const next = (mod: number): number => seed[s++ % seed.length]! % mod;
      const items = Array.from({ length: n }, (_, i) => ({
        id: `i${i}`,
        // Tenths too: their sums are inexact in binary, which the budget check must survive.
        cost: next(5) + [0, 0, 0.1, 0.7][next(4)]!,
        value: next(4) === 0 ? next(10) : 0,
        prerequisites: i > 0 && next(2) === 0 ? [`i${next(i)}`] : [],
        ...(next(8) === 0 ? { mustHave: 'any' as const } : {}),
      }));
      const customers = Array.from({ length: 1 + next(5) }, (_, c) => ({
        id: `c${c}`,
        value: 1 + next(12),
        items: [...new Set([`i${next(n)}`, `i${next(n)}`])],
      }));
      return { items, releases: [{ id: 'next', capacity }], customers };
    });

const validOnly = (input: PlanningModelInput): ValidPlanningModel | undefined => {
  const v = validatePlanningModel(input);
  return v.ok ? v.model : undefined;
};

describe('single-release bundle search properties', () => {
  it('plans within budget, with every dependency and must-have, never above the brute-force optimum', () => {
    fc.assert(
      fc.property(singleRelease(7), fc.integer({ min: 1, max: 50 }), (input, seed) => {
        const valid = validOnly(input);
        if (!valid) return;
        expect(isUnionKnapsack(valid.compiled)).toBe(true);
        const effort = { ...unionEffort(valid.compiled.bundles.length, seed % 2 === 0, seed), steps: 2000 };
        const release = planUnionAssignment(valid.compiled, valid.mustHavePlacement, effort);
        const evaluation = evaluateAssignment(valid.compiled, release);
        expect(evaluation.violations).toEqual([]);
        expect(evaluation.value).toBeLessThanOrEqual(bruteForcePlan(valid).value + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps cost, value and marginal costs equal to a recomputation after any moves', () => {
    fc.assert(
      fc.property(singleRelease(9), fc.array(fc.nat(), { maxLength: 40 }), (input, picks) => {
        const valid = validOnly(input);
        if (!valid) return;
        const k = buildUnionKnapsack(valid.compiled, valid.mustHavePlacement);
        const search = new UnionSearch(k);
        for (const pick of picks) {
          if (k.count === 0) break;
          const b = pick % k.count;
          if (search.chosen[b] === 1) search.drop(b);
          else search.add(b);
        }
        const held = new Uint8Array(k.itemCount);
        let value = 0;
        for (let b = 0; b < k.count; b++) {
          if (search.chosen[b] !== 1) continue;
          value += k.value[b]!;
          for (let p = k.start[b]!; p < k.start[b + 1]!; p++) held[k.items[p]!] = 1;
        }
        let used = 0;
        for (let i = 0; i < k.itemCount; i++) if (held[i]) used += k.cost[i]!;
        expect(search.used).toBeCloseTo(used, 9);
        expect(search.value).toBeCloseTo(value, 9);
        for (let b = 0; b < k.count; b++) {
          let add = 0;
          for (let p = k.start[b]!; p < k.start[b + 1]!; p++)
            if (!held[k.items[p]!]) add += k.cost[k.items[p]!]!;
          expect(search.addCost[b]).toBeCloseTo(add, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports the value recomputed from the shipped items; annealing, polish and exchanges never lose value', () => {
    fc.assert(
      fc.property(singleRelease(9), fc.integer({ min: 1, max: 50 }), (input, seed) => {
        const valid = validOnly(input);
        if (!valid) return;
        const k = buildUnionKnapsack(valid.compiled, valid.mustHavePlacement);
        const search = new UnionSearch(k);
        search.fill();
        const greedy = search.value;
        annealUnion(search, seededRandom(seed), { steps: 3000, runs: 2 });
        search.improve(200, seededRandom(seed));
        search.exchange();
        search.fill();
        expect(search.value).toBeGreaterThanOrEqual(greedy - 1e-9);
        expect(search.used).toBeLessThanOrEqual(k.budget + 1e-9);
        const release = Array.from({ length: valid.compiled.n }, (_, i) =>
          (valid.mustHavePlacement[i] ?? -1) >= 0 ? 0 : -1,
        );
        for (let b = 0; b < k.count; b++)
          if (search.chosen[b] === 1)
            for (let p = k.start[b]!; p < k.start[b + 1]!; p++) release[k.itemOf[k.items[p]!]!] = 0;
        const evaluation = evaluateAssignment(valid.compiled, release);
        expect(evaluation.violations).toEqual([]);
        expect(evaluation.value).toBeCloseTo(search.value, 9);
      }),
      { numRuns: 200 },
    );
  });
});
