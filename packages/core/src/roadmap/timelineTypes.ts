import type { CalendarDate, WorkItem } from '../model/index';
import type { Dependency } from './dependencies';
import type { DateSource } from './resolveSchedule';
import type { TimeBucketBox, TimelineBucket } from './timeScale';
import type { DateSpan, ExcludedItem, GroupField, Progress, RiskFlag, RoadmapWarning } from './types';

/**
 * One item on the timeline: a bar (or a milestone diamond) with its lane and geometry.
 *
 * @example
 * bar.footprint; // => { start: 120, end: 260 } — no other bar in the lane intersects it
 */
export interface TimelineBar {
  key: string;
  item: WorkItem;
  kind: 'bar' | 'milestone';
  start: CalendarDate;
  /** Last day (inclusive); equals `start` for milestones. */
  end: CalendarDate;
  startSource: DateSource;
  endSource: DateSource;
  swimlaneId: string;
  /** Lane within the swimlane, from 0. */
  lane: number;
  /** Lane counted over the whole timeline, from 0 at the top. */
  row: number;
  /** The bar (or the diamond's box): from the start of `start` to the end of `end`. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** The horizontal extent reserved in the lane, label and slip included: `[start, end)` in px. */
  footprint: { start: number; end: number };
  /**
   * When the planner forecasts this open item to finish after the bar ends: the forecast's last
   * day and its x (end of that day). Drawn as a slip line from the bar's end.
   */
  slip?: { end: CalendarDate; x: number };
  done: boolean;
  score: number | undefined;
  progress: Progress | undefined;
  risks: readonly RiskFlag[];
}

/**
 * A horizontal band of lanes for one group (or the whole timeline when not grouping).
 *
 * @example
 * swimlane.label; // => 'Growth › Web app'
 */
export interface TimelineSwimlane {
  id: string;
  /** The group path joined with ` › `; "All items" when not grouping. */
  label: string;
  path: readonly { field: GroupField; value: string | null; label: string }[];
  y: number;
  headerHeight: number;
  height: number;
  laneCount: number;
  /** The first global row of this swimlane. */
  firstRow: number;
  barCount: number;
}

/**
 * A vertical line: a release's end or today.
 *
 * @example
 * const m: TimelineMarker = { kind: 'today', date: '2026-02-10', x: 212, label: 'Today' };
 */
export interface TimelineMarker {
  kind: 'release' | 'today';
  date: CalendarDate;
  x: number;
  label: string;
  releaseId?: string;
  released?: boolean;
}

/**
 * A dependency drawn from the end of the prerequisite's bar to the start of the dependent's.
 * Links between children of the same top-level item, and repeats of a drawn link, are not drawn.
 *
 * @example
 * edge.violated; // => true when the dependent starts before its prerequisite ends
 */
export interface TimelineEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  violated: boolean;
  /**
   * Present when the link was rolled up (level `top`): the child-level dependency this edge
   * stands for. `from` and `to` are then the bars of the children's top-level ancestors.
   */
  via?: Dependency;
}

/**
 * An item that has no place in time yet.
 *
 * @example
 * const u: UnscheduledItem = { item, reason: 'no-dates', score: 12, risks: [] };
 */
export interface UnscheduledItem {
  item: WorkItem;
  /** `no-dates`: no start or end anywhere; `no-target`: a start but no end. */
  reason: 'no-dates' | 'no-target';
  score: number | undefined;
  risks: readonly RiskFlag[];
}

/**
 * Pure timeline geometry, serialisable as JSON. Every input item is exactly one of a bar,
 * an unscheduled item or an excluded item.
 *
 * @example
 * layout.bars.length + layout.unscheduled.length + layout.excluded.length === items.length; // => true
 */
export interface TimelineLayout {
  today: CalendarDate;
  bucket: TimelineBucket;
  range: DateSpan;
  buckets: readonly TimeBucketBox[];
  width: number;
  height: number;
  axisHeight: number;
  laneHeight: number;
  /** The label room each footprint reserves (see `LayoutTimelineOptions.labelWidth`). */
  labelWidth: number;
  swimlanes: readonly TimelineSwimlane[];
  bars: readonly TimelineBar[];
  markers: readonly TimelineMarker[];
  edges: readonly TimelineEdge[];
  /** Dependencies not drawn because one end is not on the timeline. */
  hiddenEdges: number;
  unscheduled: readonly UnscheduledItem[];
  excluded: readonly ExcludedItem[];
  laneCount: number;
  warnings: readonly RoadmapWarning[];
}
