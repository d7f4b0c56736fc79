import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArb, groupByArb, itemsArb, releasesArb, scoresArb } from './__fixtures__/arbitraries';
import { buildRoadmap } from './buildRoadmap';
import { layoutTimeline } from './layoutTimeline';
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
});
