import { describe, expect, it } from 'vitest';
import { BacklogSchema } from '../model/backlog';
import { modelFromBacklog } from './modelFromBacklog';
import { validatePlanningModel } from './validatePlanningModel';

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

describe('modelFromBacklog epic roll-up', () => {
  const epicBacklog = BacklogSchema.parse({
    items: [
      item('EPIC', { estimate: undefined, type: 'Epic' }),
      item('S1', { parentKey: 'EPIC' }),
      item('S2', { parentKey: 'EPIC' }),
      item('S3', { parentKey: 'EPIC', statusCategory: 'done' }),
      item('LONE', { estimate: undefined }),
      item('S4', { parentKey: 'LONE' }),
    ],
  });
  const built = modelFromBacklog(epicBacklog, {
    values: { EPIC: 30, LONE: 5 },
    releases: { count: 1, capacity: 10 },
  });

  it('turns a valued epic without estimate into a bundle of its open children, which need no value of their own', () => {
    expect(built.model.customers).toEqual([
      { id: 'EPIC', name: 'Item EPIC', value: 30, items: ['S1', 'S2'] },
      { id: 'LONE', name: 'Item LONE', value: 5, items: ['S4'] },
    ]);
    expect(built.model.items.map((i) => [i.id, i.value])).toEqual([
      ['S1', 0],
      ['S2', 0],
      ['S4', 0],
    ]);
  });

  it('plans a child whose unestimated parent epic also "blocks" it', () => {
    const linked = BacklogSchema.parse({
      items: [
        item('EP', { type: 'Epic', estimate: undefined, blocks: ['ST'] }),
        item('ST', { parentKey: 'EP', blockedBy: ['EP'] }),
      ],
      releases: [{ id: 'v1', name: 'v1', capacity: 10 }],
    });
    const r = modelFromBacklog(linked, { values: { EP: 4, ST: 2 } });
    expect(r.model.items.map((i) => i.id)).toEqual(['ST']);
    expect(r.notPlannable.map((n) => n.reason)).toEqual(['missing_estimate']);
  });

  it('drops a bundle that can never complete, with a warning', () => {
    const broken = BacklogSchema.parse({
      items: [
        item('EPIC', { estimate: undefined }),
        item('S1', { parentKey: 'EPIC' }),
        item('S2', { parentKey: 'EPIC', estimate: undefined }),
      ],
    });
    const b = modelFromBacklog(broken, { values: { EPIC: 30 }, releases: { count: 1, capacity: 10 } });
    expect([b.model.customers, b.warnings]).toEqual([[], ['EPIC cannot be completed: S2 cannot be planned']]);
  });
});

describe('modelFromBacklog on blocked chains', () => {
  it('rejects the dependents of what cannot be planned in pass order, naming the first blocker', () => {
    // N has no estimate. A pass in list order finds X (and W, after X) first, then Y, then Z.
    const chain = BacklogSchema.parse({
      items: [
        item('Z', { blockedBy: ['Y'] }),
        item('Y', { blockedBy: ['X'] }),
        item('X', { blockedBy: ['N'] }),
        item('N', { estimate: undefined }),
        item('W', { blockedBy: ['X', 'N'] }),
        item('V', { blocks: ['Z'] }),
      ],
      releases: [{ id: 'v1', name: 'v1', capacity: 10 }],
    });
    const values = Object.fromEntries(['Z', 'Y', 'X', 'N', 'W', 'V'].map((k) => [k, 1]));
    const b = modelFromBacklog(chain, { values });
    expect(b.notPlannable.map((n) => n.message)).toEqual([
      'N has no estimate',
      'X requires N, which cannot be planned',
      'W requires X, which cannot be planned',
      'Y requires X, which cannot be planned',
      'Z requires Y, which cannot be planned',
    ]);
    expect(b.model.items.map((i) => i.id)).toEqual(['V']);
  });

  it('follows a chain of 3,000 items listed from its end', () => {
    const n = 3000;
    const items = Array.from({ length: n }, (_, k) =>
      k === n - 1
        ? item(`C${n - 1 - k}`, { estimate: undefined })
        : item(`C${n - 1 - k}`, { blockedBy: [`C${n - 2 - k}`] }),
    );
    const values = Object.fromEntries(items.map((i) => [i.key, 1]));
    const b = modelFromBacklog(
      BacklogSchema.parse({ items, releases: [{ id: 'v1', name: 'v1', capacity: 10 }] }),
      {
        values,
      },
    );
    expect(b.model.items).toEqual([]);
    expect(b.notPlannable.slice(0, 3).map((x) => x.key)).toEqual(['C0', 'C1', 'C2']);
    expect(b.notPlannable.at(-1)?.message).toBe(`C${n - 1} requires C${n - 2}, which cannot be planned`);
  });
});
