import type { CalendarDate, Release, Result, WorkItem } from '../model/index.ts';
import { assessRisks } from './assessRisks.ts';
import { fromDayNumber, toDayNumber } from './calendar.ts';
import { compareRanked } from './compareEntries.ts';
import { buildGroupTree, type RoadmapGroup } from './groupTree.ts';
import { parentLookup } from './groupValue.ts';
import { packLanes } from './packLanes.ts';
import { doneInRelease, releaseContext } from './releaseContext.ts';
import { type DateSource, resolveSchedule } from './resolveSchedule.ts';
import { type ProgressOptions, rollupProgress } from './rollupProgress.ts';
import type {
  TimelineBar,
  TimelineEdge,
  TimelineLayout,
  TimelineMarker,
  TimelineSwimlane,
  UnscheduledItem,
} from './timelineTypes.ts';
import { createTimeScale, type TimelineBucket, type TimeScale } from './timeScale.ts';
import type { DateSpan, ExcludedItem, GroupField, RoadmapLevel } from './types.ts';
import { validateViewOptions } from './validateViewOptions.ts';

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

/**
 * Lays items out on a time axis: resolves dates (own → forecast → release), packs bars into the
 * fewest lanes per swimlane, and places release markers, the today line and dependency edges.
 * No DOM: the result is numbers a renderer draws.
 *
 * @example
 * const result = layoutTimeline(items, { today: '2026-02-10', bucket: 'month', releases });
 * if (result.ok) result.value.laneCount; // => 3
 */
export function layoutTimeline(
  items: readonly WorkItem[],
  options: LayoutTimelineOptions,
): Result<TimelineLayout> {
  const checked = validateViewOptions(items, options);
  if (!checked.ok) return checked;
  const { groupBy, warnings } = checked.value;
  const today = options.today;
  const bucket = options.bucket ?? 'month';
  const laneHeight = options.laneHeight ?? 30;
  const barHeight = Math.min(options.barHeight ?? 22, laneHeight);
  const labelWidth = options.labelWidth ?? 160;
  const axisHeight = options.axisHeight ?? 62;
  const headerHeight = groupBy.length > 0 ? (options.swimlaneHeaderHeight ?? 26) : 0;
  const releases = releaseContext(options.releases ?? [], today);
  const scores = options.scores;
  const progress = rollupProgress(items, options.progress);
  const risks = assessRisks(items, {
    today,
    releases: options.releases,
    forecasts: options.forecasts,
    releaseForecasts: options.releaseForecasts,
    dependencies: checked.value.dependencies,
  });
  const keys = new Set(items.map((i) => i.key));

  const done = options.done ?? 'show';
  const showDone = (item: WorkItem): boolean =>
    done === 'show' ||
    (done === 'current-release' &&
      releases.current !== undefined &&
      doneInRelease(item, releases.current, releases.releaseOf));
  // The planner's forecast end, when it is later than where the bar ends: drawn as a slip.
  const slipEnd = (item: WorkItem): number | undefined => {
    const own = options.forecasts?.get(item.key)?.end;
    const release = own === undefined ? releases.releaseOf(item) : undefined;
    const end = own ?? (release ? options.releaseForecasts?.get(release.id)?.end : undefined);
    return end === undefined || item.statusCategory === 'done' ? undefined : toDayNumber(end);
  };
  const excluded: ExcludedItem[] = [];
  const unscheduled: UnscheduledItem[] = [];
  const placed: Placed[] = [];
  for (const item of items) {
    if (item.canceled) excluded.push({ item, reason: 'canceled' });
    else if (
      options.level === 'top' &&
      item.parentKey !== undefined &&
      item.parentKey !== item.key &&
      keys.has(item.parentKey)
    ) {
      excluded.push({ item, reason: 'child' });
    } else if (item.statusCategory === 'done' && !showDone(item)) {
      excluded.push({ item, reason: 'done' });
    } else {
      const schedule = resolveSchedule(item, {
        releases,
        forecasts: options.forecasts,
        releaseForecasts: options.releaseForecasts,
      });
      if (schedule.kind === 'unscheduled' && item.statusCategory === 'done') {
        // Finished work with no dates has nothing left to schedule; keep the shelf for open work.
        excluded.push({ item, reason: 'done' });
      } else if (schedule.kind === 'unscheduled') {
        unscheduled.push({
          item,
          reason: schedule.reason,
          score: scores?.get(item.key),
          risks: risks.get(item.key) ?? [],
        });
      } else if (schedule.kind === 'milestone') {
        const day = toDayNumber(schedule.date);
        placed.push({
          item,
          kind: 'milestone',
          startDay: day,
          endDay: day,
          startSource: schedule.source,
          endSource: schedule.source,
          score: scores?.get(item.key),
          slipDay: later(slipEnd(item), day),
        });
      } else {
        const endDay = toDayNumber(schedule.end);
        placed.push({
          item,
          kind: 'bar',
          startDay: toDayNumber(schedule.start),
          endDay,
          startSource: schedule.startSource,
          endSource: schedule.endSource,
          score: scores?.get(item.key),
          slipDay: later(slipEnd(item), endDay),
        });
      }
    }
  }
  unscheduled.sort((a, b) =>
    compareRanked(a.score, a.item.rank, a.item.key, b.score, b.item.rank, b.item.key),
  );

  const scaleResult = buildScale(placed, { ...options, bucket, today, labelWidth });
  if (!scaleResult.ok) return scaleResult;
  const scale = scaleResult.value;

  const groups = buildGroupTree(placed, groupBy, {
    releases,
    labelOrder: options.labelOrder,
    parentOf: groupBy.some((f) => f === 'initiative' || f === 'project' || f === 'theme')
      ? parentLookup(items)
      : undefined,
    compare: (a, b) =>
      a.startDay - b.startDay ||
      compareRanked(a.score, a.item.rank, a.item.key, b.score, b.item.rank, b.item.key),
  });
  const bars: TimelineBar[] = [];
  const swimlanes: TimelineSwimlane[] = [];
  let y = axisHeight;
  let row = 0;
  for (const { group, path } of leaves(groups)) {
    const geometry = group.items.map((p) => geometryOf(p, scale, labelWidth));
    const { lanes, laneCount } = packLanes(geometry.map((g) => g.footprint));
    const top = y + headerHeight;
    group.items.forEach((p, i) => {
      const g = geometry[i]!;
      const lane = lanes[i]!;
      bars.push({
        key: p.item.key,
        item: p.item,
        kind: p.kind,
        start: fromDayNumber(p.startDay),
        end: fromDayNumber(p.endDay),
        startSource: p.startSource,
        endSource: p.endSource,
        swimlaneId: group.id,
        lane,
        row: row + lane,
        x: g.x,
        width: g.width,
        y: top + lane * laneHeight + (laneHeight - barHeight) / 2,
        height: barHeight,
        footprint: g.footprint,
        ...(g.slipX !== undefined && p.slipDay !== undefined
          ? { slip: { end: fromDayNumber(p.slipDay), x: g.slipX } }
          : {}),
        done: p.item.statusCategory === 'done',
        score: p.score,
        progress: progress.get(p.item.key),
        risks: risks.get(p.item.key) ?? [],
      });
    });
    const height = headerHeight + Math.max(1, laneCount) * laneHeight;
    swimlanes.push({
      id: group.id,
      label: path.length === 0 ? 'All items' : path.map((p) => p.label).join(' › '),
      path,
      y,
      headerHeight,
      height,
      laneCount,
      firstRow: row,
      barCount: group.items.length,
    });
    y += height;
    row += laneCount;
  }

  const barByKey = new Map(bars.map((b) => [b.key, b]));
  const itemByKey = new Map(items.map((i) => [i.key, i]));
  // With level 'top', a link between two children is drawn between their top-level ancestors
  // (as Jira Plans rolls dependencies up), so hiding children does not hide the plan's shape.
  const shownBar = (key: string): TimelineBar | undefined => {
    let current: string | undefined = key;
    for (let depth = 0; current !== undefined && depth < 32; depth++) {
      const bar = barByKey.get(current);
      if (bar) return bar;
      if (options.level !== 'top') return undefined;
      const parent: string | undefined = itemByKey.get(current)?.parentKey;
      current = parent === current ? undefined : parent;
    }
    return undefined;
  };
  const edges: TimelineEdge[] = [];
  const drawnPairs = new Set<string>();
  let hiddenEdges = 0;
  for (const dependency of checked.value.dependencies) {
    const a = shownBar(dependency.from);
    const b = shownBar(dependency.to);
    if (!a || !b) {
      hiddenEdges++;
      continue;
    }
    const rolledUp = a.key !== dependency.from || b.key !== dependency.to;
    const pair = `${a.key}\u0000${b.key}`;
    // Links inside one epic, or repeats of a link already drawn, add nothing to the picture.
    if (a === b || drawnPairs.has(pair)) continue;
    drawnPairs.add(pair);
    edges.push({
      from: a.key,
      to: b.key,
      x1: a.x + a.width,
      y1: a.y + a.height / 2,
      x2: b.x,
      y2: b.y + b.height / 2,
      violated: b.start <= a.end,
      ...(rolledUp ? { via: dependency } : {}),
    });
  }

  const first = toDayNumber(scale.range.start);
  const last = toDayNumber(scale.range.end);
  const markers: TimelineMarker[] = [];
  for (const release of releases.all) {
    if (release.end === undefined) continue;
    const day = toDayNumber(release.end);
    if (day < first || day > last) continue;
    markers.push({
      kind: 'release',
      date: release.end,
      x: scale.xOfDay(day + 1),
      label: release.name,
      releaseId: release.id,
      released: release.released,
    });
  }
  const todayDay = toDayNumber(today);
  if (todayDay >= first && todayDay <= last) {
    markers.push({ kind: 'today', date: today, x: scale.xOfDay(todayDay + 0.5), label: 'Today' });
  }

  return {
    ok: true,
    value: {
      today,
      bucket,
      range: scale.range,
      buckets: scale.buckets,
      width: scale.width,
      height: y,
      axisHeight,
      laneHeight,
      labelWidth,
      swimlanes,
      bars,
      markers,
      edges,
      hiddenEdges,
      unscheduled,
      excluded,
      laneCount: row,
      warnings,
    },
  };
}

interface Placed {
  item: WorkItem;
  kind: 'bar' | 'milestone';
  startDay: number;
  endDay: number;
  startSource: DateSource;
  endSource: DateSource;
  score: number | undefined;
  /** Last day the planner forecasts for this item, when that is after the bar's end. */
  slipDay: number | undefined;
}

/** Half the width of a milestone diamond, in px. */
const DIAMOND = 7;

function geometryOf(
  p: Placed,
  scale: TimeScale,
  labelWidth: number,
): { x: number; width: number; slipX: number | undefined; footprint: { start: number; end: number } } {
  // A forecast slip extends the footprint to the forecast end, so it never crosses a neighbour.
  const slipX = p.slipDay === undefined ? undefined : scale.xOfDay(p.slipDay + 1);
  if (p.kind === 'milestone') {
    const centre = scale.xOfDay(p.startDay + 0.5);
    const x = centre - DIAMOND;
    const end = Math.max(x + 2 * DIAMOND + labelWidth, (slipX ?? 0) + 4);
    return { x, width: 2 * DIAMOND, slipX, footprint: { start: x, end } };
  }
  const x = scale.xOfDay(p.startDay);
  // A bar is never thinner than 4 px, so a one-day task in quarter view stays visible.
  const width = Math.max(4, scale.xOfDay(p.endDay + 1) - x);
  // 4 px of air after every footprint keeps neighbouring bars visibly apart.
  const end = Math.max(x + Math.max(width, labelWidth), slipX ?? 0) + 4;
  return { x, width, slipX, footprint: { start: x, end } };
}

function later(day: number | undefined, than: number): number | undefined {
  return day !== undefined && day > than ? day : undefined;
}

function buildScale(
  placed: readonly Placed[],
  options: LayoutTimelineOptions & { bucket: TimelineBucket; labelWidth: number },
): Result<TimeScale> {
  let from = toDayNumber(options.today);
  let to = from;
  for (const p of placed) {
    if (p.startDay < from) from = p.startDay;
    if (p.endDay > to) to = p.endDay;
    if (p.slipDay !== undefined && p.slipDay > to) to = p.slipDay;
  }
  const range = options.range ?? { start: fromDayNumber(from), end: fromDayNumber(to) };
  // A footprint's right edge grows with both the start and the end day, so the widest one is
  // among the latest-starting bar, the latest-ending bar and the latest milestone.
  const latest = (pick: (p: Placed) => boolean, day: (p: Placed) => number): Placed[] => {
    let best: Placed | undefined;
    for (const p of placed) if (pick(p) && (best === undefined || day(p) > day(best))) best = p;
    return best ? [best] : [];
  };
  const extremes = [
    ...latest(
      (p) => p.kind === 'bar',
      (p) => p.startDay,
    ),
    ...latest(
      (p) => p.kind === 'bar',
      (p) => p.endDay,
    ),
    ...latest(
      (p) => p.kind === 'milestone',
      (p) => p.startDay,
    ),
    ...latest(
      (p) => p.slipDay !== undefined,
      (p) => p.slipDay ?? 0,
    ),
  ];
  let end = toDayNumber(range.end);
  let bucketWidth = options.bucketWidth;
  // Labels of bars that end near the right edge need room: widen until every footprint fits.
  for (let attempt = 0; ; attempt++) {
    const scale = createTimeScale({
      bucket: options.bucket,
      range: { start: range.start, end: fromDayNumber(end) },
      bucketWidth,
      releases: options.releases,
    });
    if (!scale.ok) return scale;
    const minWidth = options.minWidth ?? 0;
    if (attempt === 0 && options.bucketWidth === undefined && scale.value.width < minWidth) {
      // A short range would leave a desktop page mostly empty: stretch the buckets instead.
      const current = scale.value.buckets.find((b) => b.kind !== 'gap')?.width ?? scale.value.width;
      bucketWidth = (current * minWidth) / scale.value.width;
      continue;
    }
    if (options.range || attempt >= 4) return scale;
    let overflow = 0;
    for (const p of extremes) {
      overflow = Math.max(
        overflow,
        geometryOf(p, scale.value, options.labelWidth).footprint.end - scale.value.width,
      );
    }
    if (overflow <= 0) return scale;
    const pxPerDay =
      scale.value.width / (toDayNumber(scale.value.range.end) - toDayNumber(scale.value.range.start) + 1);
    end = toDayNumber(scale.value.range.end) + Math.ceil(overflow / pxPerDay) + 1;
  }
}

function* leaves<E>(
  groups: readonly RoadmapGroup<E>[],
  path: { field: GroupField; value: string | null; label: string }[] = [],
): Generator<{ group: RoadmapGroup<E>; path: { field: GroupField; value: string | null; label: string }[] }> {
  for (const group of groups) {
    const here =
      group.field === null ? path : [...path, { field: group.field, value: group.value, label: group.label }];
    if (group.groups.length === 0) yield { group, path: here };
    else yield* leaves(group.groups, here);
  }
}
