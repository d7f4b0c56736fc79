import { describe, expect, it } from 'vitest';
import { workItem } from './__fixtures__/roadmapFixtures';
import { annotateView } from './annotateView';
import { assessRisks } from './assessRisks';
import { collectDependencies } from './dependencies';
import { rollupProgress } from './rollupProgress';

const items = [
  workItem({ key: 'E', targetDate: '2026-01-15' }),
  workItem({ key: 'S1', parentKey: 'E', statusCategory: 'done', estimate: { value: 3, unit: 'points' } }),
  workItem({ key: 'S2', parentKey: 'E', targetDate: '2026-03-01', estimate: { value: 1, unit: 'points' } }),
];

describe('annotateView', () => {
  it('gives the progress and risks the two functions give on their own', () => {
    const options = { today: '2026-02-01', progress: { by: 'points' as const } };
    const { dependencies } = collectDependencies(items);
    const { progress, risks } = annotateView(items, options, dependencies);
    expect(progress).toEqual(rollupProgress(items, options.progress));
    expect(risks).toEqual(assessRisks(items, { today: options.today, dependencies }));
    expect(progress.get('E')?.ratio).toBe(0.75);
    expect(risks.get('E')?.map((r) => r.code)).toContain('overdue');
  });
});
