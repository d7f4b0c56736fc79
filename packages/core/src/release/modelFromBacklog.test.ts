import { describe, expect, it } from 'vitest';
import { BacklogSchema } from '../model/backlog.ts';
import { modelFromBacklog } from './modelFromBacklog.ts';
import { validatePlanningModel } from './validatePlanningModel.ts';

const item = (key: string, extra: Record<string, unknown> = {}) => ({
  id: key,
  key,
  title: `Item ${key}`,
  statusCategory: 'todo',
  estimate: { value: 3, unit: 'points' },
  ...extra,
});

const backlog = BacklogSchema.parse({
  items: [
    item('A'),
    item('B', { blockedBy: ['A'] }),
    item('C', { estimate: undefined }),
    item('D', { blockedBy: ['C'] }),
    item('E', { statusCategory: 'done' }),
    item('F', { blockedBy: ['E', 'X-404'] }),
    item('G', { estimate: { value: 2, unit: 'hours' } }),
    item('H'),
    item('I', { blocks: ['A'] }),
  ],
  releases: [
    { id: 'v1', name: 'v1', capacity: 10, released: true },
    { id: 'v2', name: 'v2', capacity: 8 },
  ],
});

describe('modelFromBacklog', () => {
  const values = { A: 5, B: 4, C: 3, D: 2, F: 1, G: 1, I: 2 };
  const built = modelFromBacklog(backlog, { values });

  it('lists items it cannot plan with the reason', () => {
    expect(built.notPlannable.map((n) => [n.key, n.reason])).toEqual([
      ['C', 'missing_estimate'],
      ['G', 'other_estimate_unit'],
      ['H', 'missing_value'],
      ['D', 'prerequisite_not_plannable'],
    ]);
  });

  it('turns blocked-by and blocks links into prerequisites, dropping done and unknown ones', () => {
    expect(built.model.items.map((i) => [i.id, i.prerequisites])).toEqual([
      ['A', ['I']],
      ['B', ['A']],
      ['F', []],
      ['I', []],
    ]);
    expect(built.warnings).toEqual(['F is blocked by X-404, which is not in the backlog; treated as done']);
  });

  it('plans into unreleased releases by default, or into generated ones, and validates', () => {
    expect(built.model.releases).toEqual([{ id: 'v2', name: 'v2', capacity: 8 }]);
    const generated = modelFromBacklog(backlog, { values, releases: { count: 2, capacity: 6 } });
    expect(generated.model.releases.map((r) => [r.id, r.capacity])).toEqual([
      ['release-1', 6],
      ['release-2', 6],
    ]);
    expect(validatePlanningModel(generated.model).ok).toBe(true);
  });
});
