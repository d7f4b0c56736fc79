import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { Result, WorkItem } from '../model/index';
import { compareRanked } from './compareEntries';
import { buildGroupTree } from './groupTree';
import { parentLookup } from './groupValue';
import { hiddenAsChild } from './hiddenAsChild';
import { indexChildren } from './indexChildren';
import type { LayoutTimelineOptions } from './layoutTimelineOptions';
import { packLanes } from './packLanes';
import { doneInRelease, releaseContext } from './releaseContext';
import { resolveSchedule } from './resolveSchedule';
import { rollupSchedule } from './rollupSchedule';
import { buildScale, geometryOf, later, leaves, type Placed } from './timelineGeometry';
import type {
  TimelineBar,
  TimelineEdge,
  TimelineLayout,
  TimelineMarker,
  TimelineSwimlane,
  UnscheduledItem,
} from './timelineTypes';
import type { ExcludedItem } from './types';
import { type ViewBasis, viewBasis } from './viewBasis';

export type { LayoutTimelineOptions } from './layoutTimelineOptions';

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
  /** Worked out by the caller from these items and options, to share with other views. */
  basis?: ViewBasis,
): Result<TimelineLayout> {
  const checked = basis ? { ok: true as const, value: basis } : viewBasis(items, options);
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
  const { progress, risks } = checked.value;
  const isHiddenChild = hiddenAsChild(items, options.level);

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
  const scheduleOf = (item: WorkItem) =>
    resolveSchedule(item, {
      releases,
      forecasts: options.forecasts,
      releaseForecasts: options.releaseForecasts,
    });
  const children = options.level === 'top' ? indexChildren(items) : undefined;
  const excluded: ExcludedItem[] = [];
  const unscheduled: UnscheduledItem[] = [];
  const placed: Placed[] = [];
  for (const item of items) {
    if (item.canceled) excluded.push({ item, reason: 'canceled' });
    else if (isHiddenChild(item)) {
      excluded.push({ item, reason: 'child' });
    } else if (item.statusCategory === 'done' && !showDone(item)) {
      excluded.push({ item, reason: 'done' });
    } else {
      const own = scheduleOf(item);
      // At level top a parent with no dates of its own is drawn over its children's dates.
      const schedule =
        own.kind === 'unscheduled' && children ? (rollupSchedule(item, children, scheduleOf) ?? own) : own;
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
