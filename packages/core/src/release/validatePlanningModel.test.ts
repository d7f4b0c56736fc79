import { describe, expect, it } from 'vitest';
import { validatePlanningModel } from './validatePlanningModel';

const release = (id: string, capacity: number) => ({ id, capacity });

describe('validatePlanningModel', () => {
  it('names the dependency cycle in delivery order', () => {
    const v = validatePlanningModel({
      items: [
        { id: 'a', cost: 1, prerequisites: ['c'] },
        { id: 'b', cost: 1, prerequisites: ['a'] },
        { id: 'c', cost: 1, prerequisites: ['b'] },
        { id: 'd', cost: 1 },
      ],
      releases: [release('r1', 5)],
    });
    expect(v.ok ? [] : v.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'dependency_cycle',
        'dependency cycle: a → b → c → a (each must ship before the next); remove one of these blocking links in the tracker and export again',
      ],
    ]);
  });

  it('reports unknown prerequisite, customer item and release ids', () => {
    const v = validatePlanningModel({
      items: [{ id: 'a', cost: 1, prerequisites: ['zz'], mustHave: { release: 'r9' } }],
      releases: [release('r1', 5)],
      customers: [{ id: 'acme', value: 3, items: ['a', 'yy'] }],
    });
    expect(v.ok ? [] : v.problems.map((p) => p.code)).toEqual([
      'unknown_item',
      'unknown_release',
      'unknown_item',
    ]);
  });

  it('rejects must-haves that exceed their release capacity, naming the item', () => {
    const v = validatePlanningModel({
      items: [
        { id: 'a', cost: 4, mustHave: { release: 'r1' } },
        { id: 'b', cost: 3, mustHave: { release: 'r1' } },
      ],
      releases: [release('r1', 6), release('r2', 10)],
    });
    expect(v.ok ? undefined : v.problems[0]).toMatchObject({
      code: 'must_haves_over_capacity',
      field: 'items[1].mustHave',
    });
  });

  it('counts prerequisites dragged in by a must-have against capacity', () => {
    const v = validatePlanningModel({
      items: [
        { id: 'base', cost: 5 },
        { id: 'top', cost: 2, prerequisites: ['base'], mustHave: 'any' },
      ],
      releases: [release('r1', 6)],
    });
    expect(v.ok).toBe(false);
  });

  it('places a must-have prerequisite in an earlier release when the pinned one is full', () => {
    const v = validatePlanningModel({
      items: [
        { id: 'base', cost: 5 },
        { id: 'top', cost: 5, prerequisites: ['base'], mustHave: { release: 'r2' } },
      ],
      releases: [release('r1', 5), release('r2', 5)],
    });
    expect(v.ok ? v.model.mustHavePlacement : v.problems).toEqual([0, 1]);
  });

  it('rejects a must-have pinned before its pinned prerequisite', () => {
    const v = validatePlanningModel({
      items: [
        { id: 'a', cost: 1, mustHave: { release: 'r2' } },
        { id: 'b', cost: 1, prerequisites: ['a'], mustHave: { release: 'r1' } },
      ],
      releases: [release('r1', 5), release('r2', 5)],
    });
    expect(v.ok ? [] : v.problems.map((p) => p.code)).toEqual(['must_have_order']);
  });

  it('rejects duplicate ids, bad shapes and increasing release weights', () => {
    expect(validatePlanningModel({ items: [{ id: 'a', cost: -1 }], releases: [release('r', 1)] }).ok).toBe(
      false,
    );
    const dup = validatePlanningModel({
      items: [
        { id: 'a', cost: 1 },
        { id: 'a', cost: 2 },
      ],
      releases: [release('r', 1)],
    });
    expect(dup.ok ? [] : dup.problems.map((p) => p.code)).toEqual(['duplicate_id']);
    const w = validatePlanningModel({
      items: [],
      releases: [
        { id: 'r1', capacity: 1, weight: 1 },
        { id: 'r2', capacity: 1, weight: 2 },
      ],
    });
    expect(w.ok ? [] : w.problems.map((p) => p.code)).toEqual(['weights_increase']);
  });
});
