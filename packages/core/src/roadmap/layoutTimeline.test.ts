import { describe, expect, it } from 'vitest';
import { release, workItem } from './__fixtures__/roadmapFixtures';
import { type LayoutTimelineOptions, layoutTimeline } from './layoutTimeline';
import type { TimelineLayout } from './timelineTypes';

const today = '2026-02-10';
const releases = [release({ id: 'r1', name: 'v1', start: '2026-02-02', end: '2026-02-27' })];

/** A work item planned from `startDate` to `targetDate`, with any other fields. */
const planned = (
  key: string,
  startDate: string,
  targetDate: string,
  extra: Omit<Parameters<typeof workItem>[0], 'key'> = {},
) => workItem({ key, startDate, targetDate, ...extra });

function layout(
  items: Parameters<typeof layoutTimeline>[0],
  options: Partial<LayoutTimelineOptions> = {},
): TimelineLayout {
  const result = layoutTimeline(items, { today, releases, ...options });
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.value;
}

describe('layoutTimeline dates', () => {
  it('draws bars from start and target dates', () => {
    const [bar] = layout([workItem({ key: 'A', startDate: '2026-02-02', targetDate: '2026-02-13' })]).bars;
    expect([bar?.kind, bar?.start, bar?.end, bar?.startSource, bar?.endSource]).toEqual([
      'bar',
      '2026-02-02',
      '2026-02-13',
      'item',
      'item',
    ]);
  });

  it('falls back per end to the item forecast, then the release forecast, then the release', () => {
    const l = layout(
      [
        workItem({ key: 'A', startDate: '2026-02-03' }),
        workItem({ key: 'B', release: 'v1' }),
        workItem({ key: 'C', release: 'v1' }),
      ],
      {
        forecasts: new Map([['A', { start: '2026-02-01', end: '2026-02-20' }]]),
        releaseForecasts: new Map([['r1', { start: '2026-02-02', end: '2026-03-06' }]]),
      },
    );
    const rows = l.bars.map((b) => [b.key, b.start, b.end, b.startSource, b.endSource]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['A', '2026-02-03', '2026-02-20', 'item', 'forecast'],
      ['B', '2026-02-02', '2026-03-06', 'release-forecast', 'release-forecast'],
      ['C', '2026-02-02', '2026-03-06', 'release-forecast', 'release-forecast'],
    ]);
  });

  it('uses the release’s own dates when there is no forecast', () => {
    const [bar] = layout([workItem({ key: 'B', release: 'v1' })]).bars;
    expect([bar?.start, bar?.end, bar?.endSource]).toEqual(['2026-02-02', '2026-02-27', 'release']);
  });

  it('makes an item with only a target a milestone, and puts the rest on the unscheduled shelf', () => {
    const l = layout([
      workItem({ key: 'M', targetDate: '2026-03-01' }),
      workItem({ key: 'S', startDate: '2026-03-01' }),
      workItem({ key: 'N' }),
      workItem({ key: 'D', statusCategory: 'done' }),
      workItem({ key: 'X', canceled: true, startDate: '2026-03-01', targetDate: '2026-03-02' }),
    ]);
    expect({
      bars: l.bars.map((b) => [b.key, b.kind]),
      unscheduled: l.unscheduled.map((u) => [u.item.key, u.reason]),
      excluded: l.excluded.map((e) => [e.item.key, e.reason]),
    }).toEqual({
      bars: [['M', 'milestone']],
      unscheduled: [
        ['N', 'no-dates'],
        ['S', 'no-target'],
      ],
      excluded: [
        ['D', 'done'],
        ['X', 'canceled'],
      ],
    });
  });

  it('draws only the done items of the current release with done: current-release', () => {
    const l = layout(
      [
        planned('OLD', '2026-01-05', '2026-01-20', { statusCategory: 'done' }),
        planned('NOW', '2026-02-02', '2026-02-06', { statusCategory: 'done', release: 'v1' }),
      ],
      { done: 'current-release' },
    );
    expect([l.bars.map((b) => b.key), l.excluded.map((e) => [e.item.key, e.reason])]).toEqual([
      ['NOW'],
      [['OLD', 'done']],
    ]);
  });
});

describe('layoutTimeline geometry', () => {
  it('packs overlapping bars into separate lanes and reuses freed lanes', () => {
    const l = layout(
      [
        workItem({ key: 'A', startDate: '2026-01-01', targetDate: '2026-01-31' }),
        workItem({ key: 'B', startDate: '2026-01-15', targetDate: '2026-02-15' }),
        workItem({ key: 'C', startDate: '2026-03-01', targetDate: '2026-03-31' }),
      ],
      { labelWidth: 0, bucketWidth: 100 },
    );
    expect([l.bars.map((b) => [b.key, b.lane]), l.laneCount]).toEqual([
      [
        ['A', 0],
        ['B', 1],
        ['C', 0],
      ],
      2,
    ]);
  });

  it('reserves room for labels so short bars in a lane do not collide', () => {
    const items = [
      workItem({ key: 'A', startDate: '2026-01-01', targetDate: '2026-01-02' }),
      workItem({ key: 'B', startDate: '2026-01-04', targetDate: '2026-01-05' }),
    ];
    const at = (labelWidth: number) => layout(items, { labelWidth, bucketWidth: 310 }).laneCount;
    expect([at(0), at(160)]).toEqual([1, 2]);
  });

  it('stacks swimlanes per group, each with its own lanes', () => {
    const l = layout(
      [
        workItem({ key: 'A', initiative: 'G', startDate: '2026-01-01', targetDate: '2026-01-31' }),
        workItem({ key: 'B', initiative: 'G', startDate: '2026-01-01', targetDate: '2026-01-31' }),
        workItem({ key: 'C', startDate: '2026-01-01', targetDate: '2026-01-31' }),
      ],
      { groupBy: 'initiative' },
    );
    expect(l.swimlanes.map((s) => [s.label, s.laneCount, s.firstRow])).toEqual([
      ['G', 2, 0],
      ['No initiative', 1, 2],
    ]);
  });

  it('places release markers at the end of the release day and today mid-day', () => {
    const l = layout([workItem({ key: 'A', startDate: '2026-02-01', targetDate: '2026-03-31' })], {
      bucketWidth: 280,
    });
    // February spans 280 px, 10 px a day: v1 ends after 27 Feb, today is the middle of 10 Feb.
    expect(l.markers.map((m) => [m.kind, m.label, m.x])).toEqual([
      ['release', 'v1', 270],
      ['today', 'Today', 95],
    ]);
  });

  it('draws dependency edges between bars and marks those that start too early', () => {
    const l = layout([
      workItem({ key: 'P', startDate: '2026-02-01', targetDate: '2026-02-20' }),
      workItem({ key: 'A', startDate: '2026-02-21', targetDate: '2026-03-01', blockedBy: ['P'] }),
      workItem({ key: 'B', startDate: '2026-02-10', targetDate: '2026-03-01', blockedBy: ['P'] }),
      workItem({ key: 'U', blockedBy: ['P'] }),
    ]);
    expect([l.edges.map((e) => [e.from, e.to, e.violated]), l.hiddenEdges]).toEqual([
      [
        ['P', 'A', false],
        ['P', 'B', true],
      ],
      1,
    ]);
  });

  it('rolls links between children up to their top-level bars with level top', () => {
    const l = layout(
      [
        workItem({ key: 'E1', startDate: '2026-02-01', targetDate: '2026-02-20' }),
        workItem({ key: 'E2', startDate: '2026-02-23', targetDate: '2026-03-13' }),
        workItem({ key: 'S1', parentKey: 'E1', blocks: ['S2', 'S3'] }),
        workItem({ key: 'S2', parentKey: 'E2' }),
        workItem({ key: 'S3', parentKey: 'E1' }),
      ],
      { level: 'top' },
    );
    expect([l.edges.map((e) => [e.from, e.to, e.via?.from, e.via?.to, e.violated]), l.hiddenEdges]).toEqual([
      [['E1', 'E2', 'S1', 'S2', false]],
      0,
    ]);
  });

  it('draws a slip to the forecast end when the planner expects an open item to finish late', () => {
    const l = layout(
      [
        planned('A', '2026-02-02', '2026-02-13', { release: 'v1' }),
        planned('D', '2026-02-02', '2026-02-13', { release: 'v1', statusCategory: 'done' }),
      ],
      { releaseForecasts: new Map([['r1', { start: '2026-02-02', end: '2026-03-06' }]]), labelWidth: 0 },
    );
    const [a, d] = [l.bars.find((b) => b.key === 'A'), l.bars.find((b) => b.key === 'D')];
    expect([a?.slip?.end, a !== undefined && a.footprint.end > (a.slip?.x ?? 0), d?.slip]).toEqual([
      '2026-03-06',
      true,
      undefined,
    ]);
  });

  it('stretches buckets to a minimum width, and widens the range so end labels fit', () => {
    const l = layout([workItem({ key: 'A', startDate: '2026-02-01', targetDate: '2026-02-27' })], {
      minWidth: 1200,
    });
    const last = l.bars[0];
    expect([l.width >= 1200, last !== undefined && last.footprint.end <= l.width]).toEqual([true, true]);
  });

  it('reports bad options as problems', () => {
    const r = layoutTimeline([], { today: 'soon', bucket: 'cycle' });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['today']);
  });
});

describe('layoutTimeline roll-up at level top', () => {
  const epic = workItem({ key: 'E', type: 'Epic' });
  const stories = [
    workItem({ key: 'S1', parentKey: 'E', startDate: '2026-02-04', targetDate: '2026-02-18' }),
    workItem({ key: 'S2', parentKey: 'E', targetDate: '2026-03-10' }),
    workItem({ key: 'T1', parentKey: 'S2', startDate: '2026-01-20', targetDate: '2026-01-30' }),
    workItem({ key: 'S3', parentKey: 'E', canceled: true, targetDate: '2026-06-01' }),
  ];

  it("draws an undated parent over its descendants' earliest start and latest end (canceled ones skipped)", () => {
    const l = layout([epic, ...stories], { level: 'top' });
    expect(l.bars.map((b) => [b.key, b.kind, b.start, b.end, b.startSource, b.endSource])).toEqual([
      ['E', 'bar', '2026-01-20', '2026-03-10', 'children', 'children'],
    ]);
    expect(l.unscheduled).toEqual([]);
  });

  it("keeps a parent's own dates, and rolls nothing up below level top", () => {
    const dated = workItem({ key: 'E', type: 'Epic', startDate: '2026-02-02', targetDate: '2026-02-06' });
    expect(layout([dated, ...stories], { level: 'top' }).bars.map((b) => [b.key, b.end])).toEqual([
      ['E', '2026-02-06'],
    ]);
    const all = layout([epic, ...stories]);
    expect(all.bars.map((b) => b.key).sort()).toEqual(['S1', 'S2', 'T1']);
    expect(all.unscheduled.map((u) => u.item.key)).toEqual(['E']);
  });

  it('walks a parent loop in the export once', () => {
    const a = workItem({ key: 'A', parentKey: 'B' });
    const b = workItem({ key: 'B', parentKey: 'A', targetDate: '2026-02-20' });
    const l = layout([a, b], { level: 'top' });
    expect(l.bars.length + l.unscheduled.length + l.excluded.length).toBe(2);
  });
});
