import { describe, expect, it } from 'vitest';
import { release } from './__fixtures__/roadmapFixtures';
import { createTimeScale, type TimeScale, type TimeScaleOptions } from './timeScale';

function scale(options: TimeScaleOptions): TimeScale {
  const result = createTimeScale(options);
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.value;
}

describe('createTimeScale', () => {
  it('snaps month buckets outwards and labels them with the year as group', () => {
    const s = scale({ bucket: 'month', range: { start: '2025-12-10', end: '2026-02-03' } });
    expect(s.buckets.map((b) => [b.start, b.end, b.label, b.group])).toEqual([
      ['2025-12-01', '2025-12-31', 'Dec', '2025'],
      ['2026-01-01', '2026-01-31', 'Jan', '2026'],
      ['2026-02-01', '2026-02-28', 'Feb', '2026'],
    ]);
  });

  it('starts weeks on Monday', () => {
    const s = scale({ bucket: 'week', range: { start: '2026-01-07', end: '2026-01-12' } });
    expect(s.buckets.map((b) => [b.start, b.label])).toEqual([
      ['2026-01-05', '5 Jan'],
      ['2026-01-12', '12 Jan'],
    ]);
  });

  it('aligns quarters on calendar quarters', () => {
    const s = scale({ bucket: 'quarter', range: { start: '2026-02-15', end: '2026-07-01' } });
    expect(s.buckets.map((b) => `${b.label} ${b.start}..${b.end}`)).toEqual([
      'Q1 2026-01-01..2026-03-31',
      'Q2 2026-04-01..2026-06-30',
      'Q3 2026-07-01..2026-09-30',
    ]);
  });

  it('maps bucket starts to bucket x and the day after the range to the full width', () => {
    const s = scale({ bucket: 'month', range: { start: '2026-01-01', end: '2026-03-31' }, bucketWidth: 100 });
    expect([
      s.xOfDate('2026-01-01'),
      s.xOfDate('2026-02-01'),
      s.xOfDate('2026-03-01'),
      s.xOfDate('2026-04-01'),
    ]).toEqual([0, 100, 200, 300]);
  });

  it('interpolates linearly inside a bucket', () => {
    const s = scale({ bucket: 'week', range: { start: '2026-01-05', end: '2026-01-11' }, bucketWidth: 70 });
    expect(s.xOfDate('2026-01-08')).toBe(30);
  });

  it('uses cycles as buckets, with gaps between them at the cycle’s px per day', () => {
    const s = scale({
      bucket: 'cycle',
      bucketWidth: 140,
      range: { start: '2026-01-05', end: '2026-02-15' },
      releases: [
        release({ id: 'c1', name: 'Cycle 1', start: '2026-01-05', end: '2026-01-18' }),
        release({ id: 'c2', name: 'Cycle 2', start: '2026-01-26', end: '2026-02-08' }),
      ],
    });
    expect(s.buckets.map((b) => [b.label, b.kind, b.width])).toEqual([
      ['Cycle 1', 'cycle', 140],
      ['', 'gap', 70],
      ['Cycle 2', 'cycle', 140],
      ['', 'gap', 140],
    ]);
  });

  it('reports cycle buckets without dated cycles, and a reversed range', () => {
    const a = createTimeScale({
      bucket: 'cycle',
      range: { start: '2026-01-01', end: '2026-02-01' },
      releases: [],
    });
    const b = createTimeScale({ bucket: 'month', range: { start: '2026-02-01', end: '2026-01-01' } });
    expect([a.ok || a.problems[0].code, b.ok || b.problems[0].field]).toEqual(['no_cycles', 'range']);
  });
});
