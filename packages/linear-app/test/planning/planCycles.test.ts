import type { MipSolver } from '@trailmap/core';
import { describe, expect, it } from 'vitest';
import type { CyclePlanInput } from '../../src/planning/cyclePlanModel';
import { planCycles } from '../../src/planning/planCycles';

const input: CyclePlanInput = {
  model: {
    items: [
      { id: 'A', cost: 3, value: 9 },
      { id: 'B', cost: 3, value: 8 },
    ],
    releases: [{ id: 'c1', capacity: 6 }],
    customers: [],
  },
  candidates: [
    { key: 'A', issueId: 'A', title: 'A', cost: 3, value: 9, currentCycleId: null },
    { key: 'B', issueId: 'B', title: 'B', cost: 3, value: 8, currentCycleId: null },
  ],
  excluded: [],
  cycles: [{ id: 'c1', name: 'Cycle 1', startsAt: '2026-01-05', endsAt: '2026-01-19' }],
  velocity: { perCycle: 6, cycleDays: 14, sample: [], explanation: 'test' },
  inputHash: 'x',
};

/** A solver whose worker could not load HiGHS, as `createHighsSolver` reports it. */
const brokenSolver: MipSolver = {
  solve: async () => ({
    status: 'error',
    values: null,
    objective: null,
    bound: null,
    seconds: 0,
    secondsToBest: 0,
    message: "Cannot find package 'highs'",
  }),
};

describe('planCycles', () => {
  it('names a HiGHS load failure in the method instead of passing the heuristic off as HiGHS', async () => {
    const result = await planCycles(input, brokenSolver);
    if (!result.ok) throw new Error('expected a plan');
    expect(result.value.method).toBe("heuristic (HiGHS failed: Cannot find package 'highs')");
  });
});
