import { describe, expect, it } from 'vitest';
import { WorkItemSchema } from '../model/workItem';
import { forecastReleases } from './forecastReleases';
import { weeklyThroughput } from './weeklyThroughput';

const today = '2026-03-02';

describe('forecastReleases', () => {
  it('finishes a constant-throughput team exactly on schedule at every percentile', () => {
    const f = forecastReleases(
      [
        { id: 'r1', work: 10 },
        { id: 'r2', work: 5 },
      ],
      { throughput: [5, 5, 5, 5], today },
    );
    expect(f.ok ? f.value.releases.map((r) => [r.p50, r.p85, r.p95]) : f.problems).toEqual([
      ['2026-03-16', '2026-03-16', '2026-03-16'],
      ['2026-03-23', '2026-03-23', '2026-03-23'],
    ]);
  });

  it('is reproducible for a seed, ordered by percentile, and later for later releases', () => {
    const run = () =>
      forecastReleases(
        [
          { id: 'r1', work: 12 },
          { id: 'r2', work: 12 },
        ],
        { throughput: [0, 3, 8, 4, 1, 6], today, seed: 9, trials: 2000 },
      );
    const a = run();
    expect(a).toEqual(run());
    if (!a.ok) throw new Error('forecast failed');
    for (const r of a.value.releases) expect(r.p50! <= r.p85! && r.p85! <= r.p95!).toBe(true);
    expect(a.value.releases[0]!.p85! < a.value.releases[1]!.p85!).toBe(true);
    expect(a.value.thinHistory).toBe(true);
  });

  it('says when the history is too thin or shows no completed work', () => {
    const thin = forecastReleases([{ id: 'r1', work: 1 }], { throughput: [3, 4], today });
    const idle = forecastReleases([{ id: 'r1', work: 1 }], { throughput: [0, 0, 0], today });
    expect([thin.ok ? '' : thin.problems[0].code, idle.ok ? '' : idle.problems[0].code]).toEqual([
      'history_too_thin',
      'no_throughput',
    ]);
  });
});

describe('weeklyThroughput', () => {
  const done = (key: string, completedAt: string, points = 1, canceled = false) =>
    WorkItemSchema.parse({
      id: key,
      key,
      title: key,
      statusCategory: 'done',
      canceled,
      completedAt,
      estimate: { value: points, unit: 'points' },
    });
  const items = [
    done('A', '2026-02-27T10:00:00Z', 3),
    done('B', '2026-02-26T10:00:00Z', 2),
    done('C', '2026-02-10T10:00:00Z', 5),
    done('D', '2026-02-25T10:00:00Z', 8, true),
    done('E', '2026-03-05T10:00:00Z', 1),
  ];

  it('buckets completions into whole weeks before today, counting empty weeks, ignoring canceled and future ones', () => {
    expect(weeklyThroughput(items, { today, unit: 'items' })).toEqual([1, 0, 2]);
    expect(weeklyThroughput(items, { today, unit: 'points' })).toEqual([5, 0, 5]);
  });
});
