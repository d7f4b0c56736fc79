import { describe, expect, it } from 'vitest';
import { workItem } from './__fixtures__/roadmapFixtures';
import { rollupProgress } from './rollupProgress';

const pts = (value: number) => ({ value, unit: 'points' as const });
const tree = [
  workItem({ key: 'I' }),
  workItem({ key: 'E1', parentKey: 'I', statusCategory: 'done', estimate: pts(8) }),
  workItem({ key: 'E2', parentKey: 'I', statusCategory: 'in_progress', estimate: pts(5) }),
  workItem({ key: 'S1', parentKey: 'E2', statusCategory: 'done', estimate: pts(3) }),
  workItem({ key: 'S2', parentKey: 'E2', statusCategory: 'todo', estimate: pts(2) }),
  workItem({ key: 'S3', parentKey: 'E2', statusCategory: 'done', canceled: true, estimate: pts(13) }),
  workItem({ key: 'S4', parentKey: 'E2', statusCategory: 'todo' }),
];

describe('rollupProgress', () => {
  it('counts children one level down, leaving cancelled children out', () => {
    const p = rollupProgress(tree).get('E2');
    expect([p?.done, p?.inProgress, p?.todo, p?.total, p?.ratio]).toEqual([1, 0, 2, 3, 1 / 3]);
  });

  it('counts every descendant in multilevel mode', () => {
    const p = rollupProgress(tree, { depth: 'descendants' }).get('I');
    expect([p?.done, p?.inProgress, p?.todo, p?.total]).toEqual([2, 1, 2, 5]);
  });

  it('sums point estimates, reporting children without one', () => {
    const p = rollupProgress(tree, { by: 'points' }).get('E2');
    expect([p?.unit, p?.done, p?.todo, p?.total, p?.unestimated]).toEqual(['points', 3, 2, 5, 1]);
  });

  it('gives no entry to leaves or to items whose children are all cancelled', () => {
    const items = [workItem({ key: 'A' }), workItem({ key: 'B', parentKey: 'A', canceled: true })];
    expect([...rollupProgress(items).keys()]).toEqual([]);
  });

  it('survives a parent cycle', () => {
    const items = [
      workItem({ key: 'A', parentKey: 'B' }),
      workItem({ key: 'B', parentKey: 'A', statusCategory: 'done' }),
    ];
    expect(rollupProgress(items, { depth: 'descendants' }).get('A')?.total).toBe(1);
  });
});
