import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByArb, itemsArb, releasesArb, scoresArb } from './__fixtures__/arbitraries';
import { groupRoadmap, type RoadmapEntry } from './groupRoadmap';
import type { RoadmapGroup } from './groupTree';

function entries(groups: readonly RoadmapGroup<RoadmapEntry>[]): RoadmapEntry[] {
  return groups.flatMap((g) => [...g.items, ...entries(g.groups)]);
}

const optionsArb = fc.record({
  releases: releasesArb,
  scores: scoresArb,
  groupBy: groupByArb,
  topN: fc.nat({ max: 10 }),
  done: fc.constantFrom('current-release', 'hide') as fc.Arbitrary<'current-release' | 'hide'>,
  level: fc.constantFrom('all', 'top') as fc.Arbitrary<'all' | 'top'>,
});

describe('groupRoadmap properties', () => {
  it('accounts for every item exactly once: in one column group or excluded', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const result = groupRoadmap(items, { today: '2026-03-01', ...options });
        if (!result.ok) return false;
        const seen = [
          ...result.value.columns.flatMap((c) => entries(c.groups).map((e) => e.item.key)),
          ...result.value.excluded.map((e) => e.item.key),
        ];
        expect(seen.sort()).toEqual(items.map((i) => i.key).sort());
        return true;
      }),
      { numRuns: 80 },
    );
  });

  it('keeps column and group totals consistent with their items', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const result = groupRoadmap(items, { today: '2026-03-01', ...options });
        if (!result.ok) return false;
        const check = (g: RoadmapGroup<RoadmapEntry>): boolean =>
          g.total === entries([g]).length && g.total > 0 && g.groups.every(check);
        return result.value.columns.every(
          (c) =>
            c.total === entries(c.groups).length &&
            c.groups.every(check) &&
            entries(c.groups).every((e) => e.column === c.id),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('records a rule that exists and agrees with the column for every placed item', () => {
    fc.assert(
      fc.property(itemsArb(), optionsArb, (items, options) => {
        const result = groupRoadmap(items, { today: '2026-03-01', ...options });
        if (!result.ok) return false;
        const rules = new Map(result.value.rules.map((r) => [r.id, r.column]));
        return result.value.columns.every((c) =>
          entries(c.groups).every((e) => rules.get(e.placement.ruleId) === c.id),
        );
      }),
      { numRuns: 60 },
    );
  });
});
