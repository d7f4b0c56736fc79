// Geometry helpers of `layoutTimeline`: item extents, the axis, and group leaves.

import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { Result, WorkItem } from '../model/index';
import type { RoadmapGroup } from './groupTree';
import type { LayoutTimelineOptions } from './layoutTimelineOptions';
import type { DateSource } from './resolveSchedule';
import { createTimeScale, type TimelineBucket, type TimeScale } from './timeScale';
import type { GroupField } from './types';

/**
 * An item with resolved days, before lanes are assigned.
 *
 * @example
 * const p: Placed = { item, kind: 'bar', startDay: 20454, endDay: 20470, startSource: 'item', endSource: 'item', score: 3, slipDay: undefined };
 */
export interface Placed {
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

/**
 * A placed item's geometry on a scale: its shape's x and width, where a forecast slip ends, and
 * the footprint it reserves in its lane (shape, label room and slip, plus 4 px of air).
 *
 * @example
 * geometryOf(placed, scale, 160).footprint; // => { start: 120, end: 284 }
 */
export function geometryOf(
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

/**
 * `day` when it is after `than`, else `undefined`.
 *
 * @example
 * later(10, 5); // => 10
 */
export function later(day: number | undefined, than: number): number | undefined {
  return day !== undefined && day > than ? day : undefined;
}

/**
 * The time axis for placed items: covers every bar, slip and today (or a forced range),
 * stretches buckets to `minWidth`, and widens the range until the rightmost footprint fits.
 *
 * @example
 * const scale = buildScale(placed, { today: '2026-02-10', bucket: 'month', labelWidth: 160 });
 */
export function buildScale(
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

/**
 * The leaf groups of a group tree, in order, with the path of field values that leads to each.
 *
 * @example
 * [...leaves(groups)].map(({ path }) => path.map((p) => p.label).join(' › ')); // => ['Growth › Web']
 */
export function* leaves<E>(
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
