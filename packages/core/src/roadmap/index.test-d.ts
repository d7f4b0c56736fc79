// Pins the roadmap API: layouts and models are results, dates are day-precision strings, and
// day numbers are plain numbers (no Date arithmetic reaches a caller).
import type { CalendarDate, Result, WorkItem } from '@trailmap/core/model';
import type {
  LayoutTimelineOptions,
  RoadmapInput,
  RoadmapModel,
  TimelineLayout,
  ViewBasis,
} from '@trailmap/core/roadmap';
import { buildRoadmap, fromDayNumber, layoutTimeline, toDayNumber } from '@trailmap/core/roadmap';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core/roadmap', () => {
  it('buildRoadmap and layoutTimeline return results', () => {
    expectTypeOf(buildRoadmap).parameter(0).toEqualTypeOf<RoadmapInput>();
    expectTypeOf(buildRoadmap).returns.toEqualTypeOf<Result<RoadmapModel>>();
    // The basis is optional: a caller laying out one view never needs to know of it.
    expectTypeOf(layoutTimeline).parameters.toEqualTypeOf<
      [readonly WorkItem[], LayoutTimelineOptions, (ViewBasis | undefined)?]
    >();
    expectTypeOf(layoutTimeline).returns.toEqualTypeOf<Result<TimelineLayout>>();
  });

  it('today is a parameter, never read from a clock', () => {
    expectTypeOf<LayoutTimelineOptions['today']>().toEqualTypeOf<CalendarDate>();
  });

  it('day numbers convert to and from calendar dates', () => {
    expectTypeOf(toDayNumber).toEqualTypeOf<(date: CalendarDate) => number>();
    expectTypeOf(fromDayNumber).toEqualTypeOf<(day: number) => CalendarDate>();
  });
});
