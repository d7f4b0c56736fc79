import type { CalendarDate, Release, Result, WorkItem } from '../model/index';
import { type GroupRoadmapOptions, groupRoadmap, type RoadmapBoard } from './groupRoadmap';
import { type LayoutTimelineOptions, layoutTimeline } from './layoutTimeline';
import type { TimelineLayout } from './timelineTypes';
import { DEFAULT_BUCKET_WIDTH, type TimelineBucket } from './timeScale';
import type { DateSpan, GroupField } from './types';
import { viewBasis } from './viewBasis';

/**
 * Which views a roadmap page shows.
 *
 * @example
 * const v: RoadmapView = 'both';
 */
export type RoadmapView = 'now-next-later' | 'timeline' | 'both';

/**
 * What a roadmap is built from (`buildRoadmap`, and `renderRoadmapHtml` with its page limits).
 * Only `items` and `today` are required.
 *
 * @example
 * const input: RoadmapInput = {
 *   items: backlog.items, releases: backlog.releases, today: '2026-02-10',
 *   scores, view: 'both', groupBy: 'initiative', bucket: 'month', title: 'Q1 roadmap',
 *   itemUrl: (item) => `https://acme.atlassian.net/browse/${item.key}`,
 * };
 */
export interface RoadmapInput {
  items: readonly WorkItem[];
  /** Today as `YYYY-MM-DD` (the caller reads the clock; core never does). */
  today: CalendarDate;
  releases?: readonly Release[] | undefined;
  /** Scores per item key, e.g. from `scoreItems`. */
  scores?: ReadonlyMap<string, number> | undefined;
  /** Release-planner forecasts per item key. */
  forecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Release-planner forecasts per release id. */
  releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Default `both`. */
  view?: RoadmapView | undefined;
  /** Groups on the board and swimlanes on the timeline; one field or a nested list. */
  groupBy?: GroupField | readonly GroupField[] | undefined;
  /** Default `month`. */
  bucket?: TimelineBucket | undefined;
  /** Default "Roadmap". */
  title?: string | undefined;
  /** A short notice shown as a pill next to the title, e.g. "Demo data". */
  banner?: string | undefined;
  /** Link back to the tracker; only http(s) URLs are used. */
  itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
  /** Board-only options: placement rules, top N, done handling, level, label order, progress. */
  board?:
    | Pick<GroupRoadmapOptions, 'rules' | 'topN' | 'done' | 'level' | 'labelOrder' | 'progress'>
    | undefined;
  /** Timeline-only options: level, range, sizes. */
  timeline?:
    | Pick<
        LayoutTimelineOptions,
        | 'level'
        | 'done'
        | 'progress'
        | 'labelOrder'
        | 'range'
        | 'bucketWidth'
        | 'minWidth'
        | 'laneHeight'
        | 'barHeight'
        | 'labelWidth'
      >
    | undefined;
}

/**
 * The computed views behind a roadmap page.
 *
 * @example
 * const model = buildRoadmap(input);
 * if (model.ok) model.value.board?.columns[0].total;
 */
export interface RoadmapModel {
  board: RoadmapBoard | undefined;
  timeline: TimelineLayout | undefined;
  /**
   * The timeline at natural bucket widths, for narrow screens; present only when `timeline`
   * was stretched to fill a desktop page.
   */
  timelineCompact: TimelineLayout | undefined;
}

/**
 * Groups and lays out the views `input.view` asks for. Bad input (an invalid `today`, unknown
 * group field, duplicate keys, `cycle` buckets without dated releases) comes back as problems.
 *
 * @example
 * const model = buildRoadmap({ items, today: '2026-02-10', view: 'timeline' });
 * if (!model.ok) console.error(model.problems[0].message);
 */
export function buildRoadmap(input: RoadmapInput): Result<RoadmapModel> {
  const view = input.view ?? 'both';
  if (!['now-next-later', 'timeline', 'both'].includes(view)) {
    return {
      ok: false,
      problems: [
        {
          field: 'view',
          code: 'invalid',
          message: `view must be now-next-later, timeline or both, got ${JSON.stringify(view)}`,
        },
      ],
    };
  }
  const shared = {
    today: input.today,
    releases: input.releases,
    scores: input.scores,
    groupBy: input.groupBy,
    forecasts: input.forecasts,
    releaseForecasts: input.releaseForecasts,
  };
  // The backlog-wide passes are worked out once for every view whose options agree: the board,
  // the timeline and its unstretched copy differ only in progress options, if at all.
  const timelineBasis =
    view === 'now-next-later'
      ? undefined
      : viewBasis(input.items, { ...shared, progress: input.timeline?.progress });
  if (timelineBasis && !timelineBasis.ok) return timelineBasis;
  const boardBasis =
    view === 'timeline'
      ? undefined
      : timelineBasis && input.board?.progress === input.timeline?.progress
        ? timelineBasis
        : viewBasis(input.items, { ...shared, progress: input.board?.progress });
  if (boardBasis && !boardBasis.ok) return boardBasis;
  let board: RoadmapBoard | undefined;
  let timeline: TimelineLayout | undefined;
  let timelineCompact: TimelineLayout | undefined;
  if (boardBasis) {
    const result = groupRoadmap(input.items, { ...input.board, ...shared }, boardBasis.value);
    if (!result.ok) return result;
    board = result.value;
  }
  if (timelineBasis) {
    // 1,240 px fills a 1280 px window; narrow screens get a second, unstretched copy (see
    // `timelineCompact`). Old finished work is noise on a plan: by default the timeline hides
    // what the board hides.
    const done = input.timeline?.done ?? (input.board?.done === 'hide' ? 'hide' : 'current-release');
    const options = { minWidth: 1240, ...input.timeline, done, ...shared, bucket: input.bucket };
    const result = layoutTimeline(input.items, options, timelineBasis.value);
    if (!result.ok) return result;
    timeline = result.value;
    if (
      input.timeline?.minWidth === undefined &&
      input.timeline?.bucketWidth === undefined &&
      stretched(timeline)
    ) {
      const natural = layoutTimeline(input.items, { ...options, minWidth: 0 }, timelineBasis.value);
      if (natural.ok && natural.value.width < timeline.width) timelineCompact = natural.value;
    }
  }
  return { ok: true, value: { board, timeline, timelineCompact } };
}

// Whether `minWidth` stretched the axis's buckets beyond their default width. Only then can an
// unstretched copy be narrower: otherwise it is laid out by the same steps to the same width, so
// it is not laid out at all (on a 50k-issue export that is a whole second layout, ~0.4 s).
function stretched(layout: TimelineLayout): boolean {
  const period = layout.buckets.find((b) => b.kind !== 'gap');
  return period === undefined || period.width !== DEFAULT_BUCKET_WIDTH[layout.bucket];
}
