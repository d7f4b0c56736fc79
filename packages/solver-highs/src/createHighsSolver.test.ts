import type { PlanningModelInput, ValidPlanningModel } from '@trailmap/core';
import { planExact, seededRandom, validatePlanningModel } from '@trailmap/core';
import { KNAPSACK_TRAP } from '@trailmap/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { createHighsSolver } from './createHighsSolver';

function valid(input: PlanningModelInput): ValidPlanningModel {
  const v = validatePlanningModel(input);
  if (!v.ok) throw new Error(v.problems[0].message);
  return v.model;
}

/** A random NRP-shaped instance (three levels of requirements, customers asking for 1–5) too big to prove quickly. */
function hardInstance(seed: number): ValidPlanningModel {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const levels = [100, 200, 300];
  const items: { id: string; cost: number; prerequisites: string[] }[] = [];
  levels.forEach((count, level) => {
    const below = items.length;
    for (let k = 0; k < count; k++) {
      const prerequisites =
        level > 0 && random() < 0.6 ? [`r${int(below - levels[level - 1]!, below - 1)}`] : [];
      items.push({ id: `r${items.length}`, cost: int(1, 10), prerequisites });
    }
  });
  const customers = Array.from({ length: 500 }, (_, c) => ({
    id: `c${c}`,
    value: int(10, 50),
    items: Array.from({ length: int(1, 5) }, () => `r${int(0, items.length - 1)}`),
  }));
  const total = items.reduce((s, i) => s + i.cost, 0);
  return valid({ items, releases: [{ id: 'next', capacity: Math.round(0.3 * total) }], customers });
}

const solver = createHighsSolver();
afterAll(() => solver.close());

describe('createHighsSolver', () => {
  it('solves a small plan to proven optimality', async () => {
    const model = valid(KNAPSACK_TRAP);
    const plan = await planExact(model, solver, { timeLimitSeconds: 10 });
    expect([plan.value, plan.provenOptimal, plan.gap, plan.releases[0]!.items]).toEqual([
      14,
      true,
      0,
      ['b', 'c'],
    ]);
  });

  it('keeps the event loop responsive and returns the incumbent with a gap at the time limit', async () => {
    const model = hardInstance(7);
    let settled = false;
    const solving = planExact(model, solver, { timeLimitSeconds: 1 }).finally(() => {
      settled = true;
    });
    // The solve runs in the worker, so this thread's event loop turns while it is pending.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    const plan = await solving;
    expect(plan.solver.status).toBe('time_limit');
    expect(plan.provenOptimal).toBe(false);
    expect(plan.gap).toBeGreaterThan(0);
    expect(plan.bound).toBeGreaterThan(plan.value);
    expect(plan.value).toBeGreaterThanOrEqual(plan.solver.heuristicValue);
  });

  it('stops on abort, terminating the worker, and still returns a feasible plan', async () => {
    const model = hardInstance(11);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const plan = await planExact(model, solver, { timeLimitSeconds: 30, signal: controller.signal });
    expect(plan.solver.status).toBe('interrupted');
    expect(plan.value).toBeGreaterThanOrEqual(plan.solver.heuristicValue);
    // The solver is still usable after its worker was terminated.
    const again = await planExact(
      valid({ items: [{ id: 'x', cost: 1, value: 1 }], releases: [{ id: 'r', capacity: 1 }] }),
      solver,
    );
    expect(again.value).toBe(1);
  });
});
