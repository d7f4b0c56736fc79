import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArb, groupByArb, itemsArb, releasesArb, scoresArb } from './__fixtures__/arbitraries';
import { buildRoadmap } from './buildRoadmap';
import { groupRoadmap } from './groupRoadmap';
import { layoutTimeline } from './layoutTimeline';
import type { ProgressOptions } from './rollupProgress';
import type { TimelineBucket } from './timeScale';

describe('buildRoadmap properties', () => {
  it('keeps a compact timeline copy exactly when an unstretched layout is narrower', () => {
    // buildRoadmap skips the unstretched layout when the axis was not stretched; this is the
    // rule it replaces: lay it out always and keep it when it is narrower.
    fc.assert(
      fc.property(
        itemsArb(),
        releasesArb,
        scoresArb,
        groupByArb,
        dateArb,
        fc.constantFrom<TimelineBucket>('week', 'month', 'quarter', 'cycle'),
        fc.constantFrom('all', 'top') as fc.Arbitrary<'all' | 'top'>,
        (items, releases, scores, groupBy, today, bucket, level) => {
          const built = buildRoadmap({
            items,
            releases,
            scores,
            groupBy,
            today,
            bucket,
            view: 'timeline',
            timeline: { level },
          });
          if (!built.ok) return;
          const options = {
            minWidth: 1240,
            level,
            done: 'current-release' as const,
            today,
            releases,
            scores,
            groupBy,
            bucket,
          };
          const stretchedLayout = layoutTimeline(items, options);
          const natural = layoutTimeline(items, { ...options, minWidth: 0 });
          expect(stretchedLayout.ok && natural.ok).toBe(true);
          if (!stretchedLayout.ok || !natural.ok) return;
          expect(built.value.timeline).toEqual(stretchedLayout.value);
          expect(built.value.timelineCompact).toEqual(
            natural.value.width < stretchedLayout.value.width ? natural.value : undefined,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('gives the board and timeline each view would give laid out on its own, whatever their progress options', () => {
    // The views share one basis (checks, dependencies, progress, risks) when their progress
    // options agree, and each works out its own when they do not.
    const progressArb = fc.option(
      fc.record({
        by: fc.constantFrom<'count' | 'points'>('count', 'points'),
        depth: fc.constantFrom<'children' | 'descendants'>('children', 'descendants'),
      }),
      { nil: undefined },
    ) as fc.Arbitrary<ProgressOptions | undefined>;
    fc.assert(
      fc.property(
        itemsArb(),
        releasesArb,
        scoresArb,
        groupByArb,
        progressArb,
        progressArb,
        fc.boolean(),
        (items, releases, scores, groupBy, boardProgress, timelineProgress, same) => {
          const today = '2026-03-01';
          const shared = { today, releases, scores, groupBy };
          const timeline = { minWidth: 0, progress: same ? boardProgress : timelineProgress };
          const built = buildRoadmap({ items, ...shared, board: { progress: boardProgress }, timeline });
          const board = groupRoadmap(items, { progress: boardProgress, ...shared });
          const laidOut = layoutTimeline(items, {
            ...timeline,
            done: 'current-release',
            ...shared,
            bucket: undefined,
          });
          expect(built.ok).toBe(board.ok);
          if (!built.ok || !board.ok || !laidOut.ok) return;
          expect(built.value.board).toEqual(board.value);
          expect(built.value.timeline).toEqual(laidOut.value);
        },
      ),
      { numRuns: 120 },
    );
  });
});
