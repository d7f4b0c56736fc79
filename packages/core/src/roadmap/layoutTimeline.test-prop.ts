import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { dateArb, groupByArb, itemsArb, releasesArb, scoresArb } from './__fixtures__/arbitraries';
import { layoutTimeline } from './layoutTimeline';
import type { TimelineBar, TimelineLayout } from './timelineTypes';

type OptionsOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const optionsArb = fc.record({
  releases: releasesArb,
  scores: scoresArb,
  groupBy: groupByArb,
  bucket: fc.constantFrom('week', 'month', 'quarter') as fc.Arbitrary<'week' | 'month' | 'quarter'>,
  level: fc.constantFrom('all', 'top') as fc.Arbitrary<'all' | 'top'>,
  done: fc.constantFrom('show', 'current-release', 'hide') as fc.Arbitrary<
    'show' | 'current-release' | 'hide'
  >,
  labelWidth: fc.constantFrom(0, 40, 160),
  releaseForecasts: fc
    .array(fc.tuple(fc.constantFrom('r0', 'r1', 'r2'), dateArb, fc.integer({ min: 0, max: 90 })), {
      maxLength: 3,
    })
    .map((rows) => new Map(rows.map(([id, start, days]) => [id, { start, end: addDays(start, days) }]))),
});

function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

function laid(
  items: Parameters<typeof layoutTimeline>[0],
  options: OptionsOf<typeof optionsArb>,
): TimelineLayout {
  const result = layoutTimeline(items, { today: '2026-03-01', ...options });
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.value;
}

function bySwimlane(bars: readonly TimelineBar[]): Map<string, TimelineBar[]> {
  const map = new Map<string, TimelineBar[]>();
  for (const bar of bars) map.set(bar.swimlaneId, [...(map.get(bar.swimlaneId) ?? []), bar]);
  return map;
}

describe('layoutTimeline properties', () => {
  it('accounts for every item exactly once: a bar, unscheduled, or excluded', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const l = laid(items, options);
        const seen = [
          ...l.bars.map((b) => b.key),
          ...l.unscheduled.map((u) => u.item.key),
          ...l.excluded.map((e) => e.item.key),
        ];
        expect(seen.sort()).toEqual(items.map((i) => i.key).sort());
      }),
      { numRuns: 80 },
    );
  });

  it('never overlaps two footprints (bar plus label room) in the same lane', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const l = laid(items, options);
        return l.bars.every((a, i) =>
          l.bars.every(
            (b, j) =>
              i >= j ||
              a.row !== b.row ||
              a.footprint.end <= b.footprint.start ||
              b.footprint.end <= a.footprint.start,
          ),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('uses, per swimlane, exactly as many lanes as footprints overlapping at one instant', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const l = laid(items, options);
        const lanes = bySwimlane(l.bars);
        return l.swimlanes.every((s) => {
          const bars = lanes.get(s.id) ?? [];
          const overlaps = Math.max(
            0,
            ...bars.map(
              (p) =>
                bars.filter(
                  (q) => q.footprint.start <= p.footprint.start && p.footprint.start < q.footprint.end,
                ).length,
            ),
          );
          return s.laneCount === overlaps;
        });
      }),
      { numRuns: 80 },
    );
  });

  it('keeps bars inside the axis, in their swimlane band, with the start before the end', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const l = laid(items, options);
        const lanes = new Map(l.swimlanes.map((s) => [s.id, s]));
        return l.bars.every((b) => {
          const s = lanes.get(b.swimlaneId);
          return (
            s !== undefined &&
            b.start <= b.end &&
            b.footprint.start >= -7 &&
            b.footprint.end <= l.width + 1e-6 &&
            b.y >= s.y + s.headerHeight &&
            b.y + b.height <= s.y + s.height &&
            b.row === s.firstRow + b.lane
          );
        });
      }),
      { numRuns: 60 },
    );
  });
});
