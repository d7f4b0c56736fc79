import { planHeuristic, validatePlanningModel } from '@trailmap/core';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/planning/cyclePlanModel';
import { keepCurrentCycles } from '../../src/planning/keepCurrentCycles';

const model = {
  items: [
    { id: 'A', cost: 3, value: 9 },
    { id: 'B', cost: 3, value: 8, prerequisites: ['A'] },
    { id: 'C', cost: 4, value: 1 },
  ],
  releases: [
    { id: 'r1', capacity: 6 },
    { id: 'r2', capacity: 7 },
  ],
  customers: [],
};
const cand = (key: string, cost: number, value: number, currentCycleId: string | null): Candidate => ({
  key,
  issueId: key,
  title: key,
  cost,
  value,
  currentCycleId,
});

describe('keepCurrentCycles', () => {
  const valid = validatePlanningModel(model);
  if (!valid.ok) throw new Error('bad model');
  const plan = { ...planHeuristic(valid.model), assignment: { A: 'r1', B: 'r1', C: 'r2' } };

  it('moves an issue back to its current cycle when it fits and dependencies allow', () => {
    const stable = keepCurrentCycles(plan, model, [
      cand('A', 3, 9, null),
      cand('B', 3, 8, null),
      cand('C', 4, 1, 'r1'),
    ]);
    // r1 holds A+B = 6 of 6: C (4) cannot go back; nothing changes.
    expect(stable.assignment).toEqual({ A: 'r1', B: 'r1', C: 'r2' });
    const roomy = keepCurrentCycles(plan, model, [
      cand('A', 3, 9, null),
      cand('B', 3, 8, 'r2'),
      cand('C', 4, 1, null),
    ]);
    // B sits in r2 today and r2 has room; its prerequisite A ships earlier: B stays in r2.
    expect(roomy.assignment.B).toBe('r2');
    expect(roomy.releases.find((r) => r.id === 'r2')?.items).toEqual(['B', 'C']);
    expect(roomy.releases.reduce((s, r) => s + r.value, 0)).toBe(18);
  });

  it('never moves an issue before its prerequisite', () => {
    const late = { ...plan, assignment: { A: 'r2', B: 'r2', C: 'r1' } };
    const out = keepCurrentCycles(late, model, [
      cand('A', 3, 9, null),
      cand('B', 3, 8, 'r1'),
      cand('C', 4, 1, null),
    ]);
    expect(out.assignment.B).toBe('r2');
  });
});
