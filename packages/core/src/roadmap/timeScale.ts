import { civilOf, dayOf, fromDayNumber, isoWeekday, toDayNumber } from '../calendar/dayNumber';
import type { Problem, Release, Result } from '../model/index';
import type { DateSpan } from './types';

/**
 * The unit of the timeline's columns. `cycle` uses the releases' (or Linear cycles') own
 * start and end dates.
 *
 * @example
 * const b: TimelineBucket = 'quarter';
 */
export type TimelineBucket = 'week' | 'month' | 'quarter' | 'cycle';

/** Every `TimelineBucket`. */
export const TIMELINE_BUCKETS: readonly TimelineBucket[] = ['week', 'month', 'quarter', 'cycle'];

/**
 * One column of the time axis. Buckets tile the axis: each starts the day after the previous
 * one ends and at the x where the previous one stops.
 *
 * @example
 * const b: TimeBucketBox = { start: '2026-01-01', end: '2026-01-31', label: 'Jan', group: '2026', x: 0, width: 88, kind: 'period' };
 */
export interface TimeBucketBox {
  start: string;
  /** Last day of the bucket (inclusive). */
  end: string;
  /** Short label: `Jan`, `Q1`, `5 Jan`, or the cycle's name. */
  label: string;
  /** The coarser period the bucket belongs to, for a second axis row: the year, or month and year. */
  group: string;
  x: number;
  width: number;
  /** `gap` marks filler between (or around) cycles in `cycle` mode. */
  kind: 'period' | 'cycle' | 'gap';
}

/**
 * A time axis: buckets plus a mapping from dates to x. Within a bucket the mapping is linear
 * in days, so it is strictly increasing and every bucket boundary lands exactly on a bucket's x.
 *
 * @example
 * const scale = createTimeScale({ bucket: 'month', range: { start: '2026-01-10', end: '2026-03-05' } });
 * if (scale.ok) scale.value.xOfDate('2026-02-01'); // => 88 (start of the second bucket)
 */
export interface TimeScale {
  bucket: TimelineBucket;
  /** The range actually covered: snapped outwards to bucket boundaries. */
  range: DateSpan;
  buckets: readonly TimeBucketBox[];
  width: number;
  /** x of the start (00:00) of a day number; days outside the range extrapolate linearly. */
  xOfDay: (day: number) => number;
  /** x of the start of a date. */
  xOfDate: (date: string) => number;
}

/**
 * Options of `createTimeScale`.
 *
 * @example
 * const o: TimeScaleOptions = { bucket: 'week', range: { start: '2026-01-01', end: '2026-02-01' }, bucketWidth: 48 };
 */
export interface TimeScaleOptions {
  bucket: TimelineBucket;
  range: DateSpan;
  /** Width of one bucket in px (default: week 48, month 88, quarter 150, cycle 110). */
  bucketWidth?: number | undefined;
  /** Needed for `cycle` buckets: releases with both a start and an end date. */
  releases?: readonly Release[] | undefined;
}

/** Default px per bucket; wide enough for the bucket's label at 11 px. */
export const DEFAULT_BUCKET_WIDTH: Readonly<Record<TimelineBucket, number>> = {
  week: 48,
  month: 88,
  quarter: 150,
  cycle: 110,
};

/**
 * Builds a time axis covering `range`, snapped outwards to whole buckets.
 *
 * @example
 * const scale = createTimeScale({ bucket: 'quarter', range: { start: '2026-02-01', end: '2026-05-01' } });
 * if (scale.ok) scale.value.buckets.map((b) => b.label); // => ['Q1', 'Q2']
 */
export function createTimeScale(options: TimeScaleOptions): Result<TimeScale> {
  const width = options.bucketWidth ?? DEFAULT_BUCKET_WIDTH[options.bucket];
  if (!Number.isFinite(width) || width <= 0) {
    return problem({
      field: 'bucketWidth',
      code: 'invalid',
      message: `bucketWidth must be > 0 px, got ${width}`,
    });
  }
  const from = toDayNumber(options.range.start);
  const to = toDayNumber(options.range.end);
  if (to < from) {
    return problem({
      field: 'range',
      code: 'invalid',
      message: `range end ${options.range.end} is before its start ${options.range.start}`,
    });
  }
  let spans: Span[];
  if (options.bucket === 'cycle') {
    const cycles = cycleSpans(options.releases ?? []);
    if (cycles.length === 0) {
      return problem({
        field: 'bucket',
        code: 'no_cycles',
        message: 'bucket "cycle" needs at least one release or cycle with both a start and an end date',
      });
    }
    spans = fillCycles(cycles, from, to);
  } else {
    spans = periodSpans(options.bucket, from, to);
  }
  const cycleDays = options.bucket === 'cycle' ? medianDays(spans.filter((s) => s.kind === 'cycle')) : 0;
  let x = 0;
  const starts: number[] = [];
  const xs: number[] = [];
  const widths: number[] = [];
  const buckets: TimeBucketBox[] = spans.map((span) => {
    const days = span.end - span.start + 1;
    // Gaps around cycles keep a cycle's px-per-day, so a 3-day gap does not look like a cycle.
    const w = span.kind === 'gap' ? Math.max(4, (width * days) / cycleDays) : width;
    const box: TimeBucketBox = {
      start: fromDayNumber(span.start),
      end: fromDayNumber(span.end),
      label: span.label,
      group: span.group,
      x,
      width: w,
      kind: span.kind,
    };
    starts.push(span.start);
    xs.push(x);
    widths.push(w);
    x += w;
    return box;
  });
  const ends = spans.map((s) => s.end + 1);
  const total = x;
  const xOfDay = (day: number): number => {
    const i = Math.max(0, upperBound(starts, day) - 1);
    const start = starts[i]!;
    return xs[i]! + ((day - start) / (ends[i]! - start)) * widths[i]!;
  };
  return {
    ok: true,
    value: {
      bucket: options.bucket,
      range: { start: fromDayNumber(spans[0]!.start), end: fromDayNumber(spans[spans.length - 1]!.end) },
      buckets,
      width: total,
      xOfDay,
      xOfDate: (date) => xOfDay(toDayNumber(date)),
    },
  };
}

interface Span {
  start: number;
  end: number;
  label: string;
  group: string;
  kind: TimeBucketBox['kind'];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function periodSpans(bucket: 'week' | 'month' | 'quarter', from: number, to: number): Span[] {
  const spans: Span[] = [];
  if (bucket === 'week') {
    for (let start = from - isoWeekday(from); start <= to; start += 7) {
      const [y, m, d] = civilOf(start);
      spans.push({
        start,
        end: start + 6,
        label: `${d} ${MONTHS[m - 1]}`,
        group: `${MONTHS[m - 1]} ${y}`,
        kind: 'period',
      });
    }
    return spans;
  }
  const months = bucket === 'month' ? 1 : 3;
  const [y0, m0] = civilOf(from);
  let year = y0;
  let month = bucket === 'month' ? m0 : m0 - ((m0 - 1) % 3);
  for (let start = dayOf(year, month, 1); start <= to; start = dayOf(year, month, 1)) {
    const end = dayOf(year, month + months, 1) - 1;
    const label = bucket === 'month' ? MONTHS[month - 1]! : `Q${(month + 2) / 3}`;
    spans.push({ start, end, label, group: String(year), kind: 'period' });
    month += months;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return spans;
}

function cycleSpans(releases: readonly Release[]): Span[] {
  const dated = releases
    .filter((r) => r.start !== undefined && r.end !== undefined && r.start <= r.end)
    .map((r) => ({ start: toDayNumber(r.start!), end: toDayNumber(r.end!), name: r.name }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const spans: Span[] = [];
  for (const cycle of dated) {
    const last = spans[spans.length - 1];
    // Overlapping cycles (several teams) cannot tile one axis; the earlier one keeps its column.
    if (last && cycle.start <= last.end) continue;
    spans.push({
      start: cycle.start,
      end: cycle.end,
      label: cycle.name,
      group: groupOfDay(cycle.start),
      kind: 'cycle',
    });
  }
  return spans;
}

function fillCycles(cycles: Span[], from: number, to: number): Span[] {
  const length = Math.max(1, medianDays(cycles));
  const out: Span[] = [];
  const first = cycles[0]!;
  const before: Span[] = [];
  for (let end = first.start - 1; end >= from; end -= length) {
    before.unshift(gap(end - length + 1, end));
  }
  out.push(...before);
  cycles.forEach((cycle, i) => {
    out.push(cycle);
    const next = cycles[i + 1];
    if (next && next.start > cycle.end + 1) out.push(gap(cycle.end + 1, next.start - 1));
  });
  for (let start = cycles[cycles.length - 1]!.end + 1; start <= to; start += length) {
    out.push(gap(start, start + length - 1));
  }
  return out;
}

function gap(start: number, end: number): Span {
  return { start, end, label: '', group: groupOfDay(start), kind: 'gap' };
}

function groupOfDay(day: number): string {
  const [y, m] = civilOf(day);
  return `${MONTHS[m - 1]} ${y}`;
}

function medianDays(spans: readonly Span[]): number {
  const days = spans.map((s) => s.end - s.start + 1).sort((a, b) => a - b);
  return days.length === 0 ? 1 : days[Math.floor(days.length / 2)]!;
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function problem(p: Problem): Result<never> {
  return { ok: false, problems: [p] };
}
