// The options of `layoutTimeline`, in their own file so that `timelineGeometry` can read them
// without importing the layout (which imports the geometry: that was an import cycle).
import type { CalendarDate, Release } from '../model/index';
import type { ProgressOptions } from './rollupProgress';
import type { TimelineBucket } from './timeScale';
import type { DateSpan, GroupField, RoadmapLevel } from './types';

/**
 * Options of `layoutTimeline`. Only `today` is required; sizes are in px.
 *
 * @example
 * const o: LayoutTimelineOptions = { today: '2026-02-10', bucket: 'month', releases, forecasts };
 */
export interface LayoutTimelineOptions {
  today: CalendarDate;
  /** Default `month`. */
  bucket?: TimelineBucket | undefined;
  releases?: readonly Release[] | undefined;
  /** Planner forecasts per item key: used for a missing start or target date. */
  forecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Planner forecasts per release id: used for items in that release with missing dates. */
  releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  scores?: ReadonlyMap<string, number> | undefined;
  /** Swimlanes: one per (nested) group. */
  groupBy?: GroupField | readonly GroupField[] | undefined;
  labelOrder?: readonly string[] | undefined;
  level?: RoadmapLevel | undefined;
  /**
   * Done items: `show` (default) draws them all; `current-release` draws only those done in the
   * current release (as the board does) and leaves older ones out; `hide` leaves every done
   * item out. Done items without any dates are always left out.
   */
  done?: 'show' | 'current-release' | 'hide' | undefined;
  progress?: ProgressOptions | undefined;
  /** Force the axis range; default: every bar plus today, snapped to whole buckets. */
  range?: DateSpan | undefined;
  bucketWidth?: number | undefined;
  /** Height of one lane (default 30) and of a bar inside it (default 22). */
  laneHeight?: number | undefined;
  barHeight?: number | undefined;
  /**
   * Width reserved for a bar's label (default 160). A bar's footprint is at least this wide, so
   * a short bar's label, drawn past its end, never runs into the next bar in the lane.
   */
  labelWidth?: number | undefined;
  /** Height of the axis (period, bucket and marker label rows) at the top, default 62. */
  axisHeight?: number | undefined;
  /**
   * Stretch buckets (when `bucketWidth` is not given) until the axis is at least this wide, so
   * a three-month roadmap fills a desktop page. Default 0 (no stretching).
   */
  minWidth?: number | undefined;
  /** Height of a swimlane heading, default 26 (0 when not grouping). */
  swimlaneHeaderHeight?: number | undefined;
}
