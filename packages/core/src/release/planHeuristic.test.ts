import { KNAPSACK_TRAP } from '@trailmap/test-support';
import { describe, expect, it } from 'vitest';
import { bruteForceMipSolver, bruteForcePlan } from '../../test/release/bruteForce';
import { validModel as valid } from '../../test/release/validModel';
import { deferralText } from './deferralText';
import { greedyBaseline } from './greedyBaseline';
import { planExact } from './planExact';
import { planHeuristic } from './planHeuristic';

// Density greedy takes `a` (10/4) first and then cannot fit `b`+`c`; the optimum takes b and c.
const knapsackTrap = valid(KNAPSACK_TRAP);

describe('planHeuristic and planExact on hand-made cases', () => {
  it('finds the knapsack optimum that plain density greedy misses (exact)', async () => {
    const plan = await planExact(knapsackTrap, bruteForceMipSolver);
    expect([plan.value, plan.provenOptimal, plan.releases[0]!.items]).toEqual([14, true, ['b', 'c']]);
  });

  it('explains the deferred item with capacity or density, naming the marginal item', async () => {
    const plan = await planExact(knapsackTrap, bruteForceMipSolver);
    expect(plan.deferred).toEqual([
      expect.objectContaining({
        id: 'a',
        release: 'r1',
        reason: expect.stringMatching(/capacity|lower_value_density/),
      }),
    ]);
  });

  it('ships a prerequisite no later than its dependent, and values a customer bundle only when complete', async () => {
    const model = valid({
      items: [
        { id: 'api', cost: 3 },
        { id: 'ui', cost: 2, prerequisites: ['api'] },
        { id: 'report', cost: 4, value: 5 },
      ],
      releases: [{ id: 'r1', capacity: 5 }],
      customers: [{ id: 'acme', value: 20, items: ['ui'] }],
    });
    const plan = await planExact(model, bruteForceMipSolver);
    expect([plan.value, plan.assignment, plan.satisfiedCustomers]).toEqual([
      20,
      { api: 'r1', ui: 'r1', report: null },
      ['acme'],
    ]);
    expect(plan.deferred).toEqual([expect.objectContaining({ id: 'report' })]);
  });

  it('says an item larger than every release is too large, not that must-haves took the room', async () => {
    const model = valid({
      items: [
        { id: 'small', cost: 5, value: 3 },
        { id: 'huge', cost: 13, value: 9 },
      ],
      releases: [
        { id: 'r1', capacity: 10 },
        { id: 'r2', capacity: 10 },
      ],
    });
    const expected = [{ id: 'huge', reason: 'too_large', cost: 13, capacity: 10 }];
    expect(planHeuristic(model).deferred).toEqual(expected);
    const exact = await planExact(model, bruteForceMipSolver);
    expect(exact.deferred).toEqual(expected);
    expect(deferralText(exact.deferred[0]!)).toBe(
      'too large: costs 13, more than a whole release holds (10); split it into smaller items or raise the capacity',
    );
  });

  it('reports a deferred dependent as missing its prerequisite', () => {
    const model = valid({
      items: [
        { id: 'big', cost: 10 },
        { id: 'small', cost: 1, value: 3, prerequisites: ['big'] },
        { id: 'other', cost: 2, value: 1 },
      ],
      releases: [{ id: 'r1', capacity: 5 }],
    });
    const plan = planHeuristic(model);
    expect(plan.deferred.find((d) => d.id === 'small')).toEqual({
      id: 'small',
      reason: 'missing_prerequisite',
      prerequisite: 'big',
    });
  });

  it('keeps must-haves in their pinned release even when they are worth nothing', () => {
    const model = valid({
      items: [
        { id: 'legal', cost: 4, mustHave: { release: 'r2' } },
        { id: 'x', cost: 4, value: 9 },
        { id: 'y', cost: 4, value: 8 },
      ],
      releases: [
        { id: 'r1', capacity: 4 },
        { id: 'r2', capacity: 4 },
      ],
    });
    const plan = planHeuristic(model);
    expect(plan.assignment).toEqual({ legal: 'r2', x: 'r1', y: null });
  });

  it('delivers higher value earlier when releases are discounted', async () => {
    const model = valid({
      items: [
        { id: 'low', cost: 2, value: 2 },
        { id: 'high', cost: 2, value: 10 },
      ],
      releases: [
        { id: 'r1', capacity: 2 },
        { id: 'r2', capacity: 2 },
      ],
      discount: 0.5,
    });
    const plan = await planExact(model, bruteForceMipSolver);
    expect([plan.assignment, plan.value, plan.releases.map((r) => r.value)]).toEqual([
      { high: 'r1', low: 'r2' },
      11,
      [10, 1],
    ]);
  });

  it('respects per-team capacity', async () => {
    const model = valid({
      items: [
        { id: 'w1', cost: 2, value: 5, team: 'web' },
        { id: 'w2', cost: 2, value: 5, team: 'web' },
        { id: 'a1', cost: 2, value: 1, team: 'api' },
      ],
      releases: [{ id: 'r1', capacity: 6, teamCapacity: { web: 2 } }],
    });
    const plan = await planExact(model, bruteForceMipSolver);
    expect([plan.value, plan.releases[0]!.teamCost]).toEqual([6, { web: 2, api: 2 }]);
  });

  it('matches brute force on a multi-release case with customers, dependencies and a must-have', async () => {
    const model = valid({
      items: [
        { id: 'a', cost: 3, value: 1 },
        { id: 'b', cost: 2, prerequisites: ['a'] },
        { id: 'c', cost: 2, value: 4 },
        { id: 'd', cost: 3, value: 2, mustHave: 'any' },
        { id: 'e', cost: 1, prerequisites: ['c'] },
      ],
      releases: [
        { id: 'r1', capacity: 5 },
        { id: 'r2', capacity: 4 },
      ],
      customers: [
        { id: 'c1', value: 6, items: ['b', 'e'] },
        { id: 'c2', value: 3, items: ['d'] },
      ],
      discount: 0.2,
    });
    const optimum = bruteForcePlan(model).value;
    const plan = await planExact(model, bruteForceMipSolver);
    expect(plan.value).toBeCloseTo(optimum, 9);
    expect(planHeuristic(model).value).toBeLessThanOrEqual(optimum + 1e-9);
  });

  it('compares against a rank-order baseline that stops where capacity runs out', () => {
    const model = valid({
      items: [
        { id: 'first', cost: 5, value: 1, rank: 1 },
        { id: 'second', cost: 5, value: 50, rank: 2 },
      ],
      releases: [{ id: 'r1', capacity: 5 }],
    });
    expect([greedyBaseline(model).value, planHeuristic(model).value]).toEqual([1, 50]);
  });
});
