import { fromDayNumber, isCalendarDate, toDayNumber } from '../calendar/dayNumber';
import type { ProblemCode, Result } from '../model/problem';
import { seededRandom } from '../random/seededRandom';

/** A release to forecast: the work it adds, in the unit of the throughput history. */
export interface ForecastRelease {
  id: string;
  name?: string;
  work: number;
}

/** Percentile finish dates of one release (`null`: not within the simulated horizon). */
export interface ReleaseForecast {
  id: string;
  name: string;
  work: number;
  /** Work up to and including this release; releases ship in order. */
  cumulativeWork: number;
  p50: string | null;
  p85: string | null;
  p95: string | null;
}

/** The forecast, with what the history could and could not support. */
export interface Forecast {
  releases: ReleaseForecast[];
  weeksOfHistory: number;
  /** Fewer than 8 weeks of history: the percentiles are rough. */
  thinHistory: boolean;
  warnings: string[];
}

/** Options of the Monte Carlo forecast. */
export interface ForecastOptions {
  /** Work done per week, oldest first (see `weeklyThroughput`). */
  throughput: readonly number[];
  /** The date the simulation starts from (`YYYY-MM-DD`); core never reads the clock. */
  today: string;
  trials?: number;
  seed?: number;
  /** Simulated weeks after which a release counts as "not within the horizon". Default 520. */
  horizonWeeks?: number;
}

const MIN_WEEKS = 3;
const THIN_WEEKS = 8;

/**
 * Monte Carlo forecast: each trial samples weekly throughput from the team's own history (with
 * replacement) until each release's cumulative work is done; P50/P85/P95 finish dates per
 * release. Seeded, so the same input gives the same dates. Needs at least 3 weeks of history.
 *
 * @example
 * forecastReleases([{ id: 'r1', work: 20 }], { throughput: [5, 3, 6, 4], today: '2026-03-02' });
 * // => { ok: true, value: { releases: [{ id: 'r1', p50: '2026-03-30', … }], thinHistory: true, … } }
 */
export function forecastReleases(
  releases: readonly ForecastRelease[],
  options: ForecastOptions,
): Result<Forecast> {
  const history = options.throughput;
  if (history.length < MIN_WEEKS) {
    return fail(
      'history_too_thin',
      `only ${history.length} week(s) of completed work; a forecast needs at least ${MIN_WEEKS}`,
    );
  }
  if (!history.some((w) => w > 0)) {
    return fail('no_throughput', `no work was completed in the last ${history.length} weeks`);
  }
  if (!isCalendarDate(options.today)) {
    return fail('invalid_date', `today "${options.today}" is not a YYYY-MM-DD date`);
  }
  const start = toDayNumber(options.today);
  const trials = options.trials ?? 10_000;
  const horizon = options.horizonWeeks ?? 520;
  const random = seededRandom(options.seed ?? 1);
  const cumulative: number[] = [];
  let total = 0;
  for (const release of releases) {
    total += release.work;
    cumulative.push(total);
  }
  // How many trials finish each release on each day. A finish day is a whole number of days
  // from 0 to the horizon (or beyond it: Infinity), so counting trials per day gives the same
  // percentiles as sorting every trial's day, without a 10,000-entry array to sort per release
  // (a real export has hundreds of releases).
  const lastDay = Math.max(0, Math.ceil(horizon)) * 7;
  const finishes = releases.map(() => new Uint32Array(lastDay + 1));
  for (let t = 0; t < trials; t++) {
    let done = 0;
    let week = 0;
    for (let r = 0; r < releases.length; r++) {
      const target = cumulative[r]!;
      let finished = Number.POSITIVE_INFINITY;
      if (target <= done) finished = week * 7;
      while (done < target && week < horizon) {
        const got = history[Math.floor(random() * history.length)]!;
        if (done + got >= target) {
          // Finishes part-way through the week, in proportion to the work left.
          finished = Math.ceil((week + (target - done) / got) * 7);
          done += got;
          week++;
          break;
        }
        done += got;
        week++;
      }
      // Infinity (and any day past the last) is simply not counted: it sorts after every day.
      if (finished <= lastDay) finishes[r]![finished]!++;
    }
  }
  const warnings: string[] = [];
  const thinHistory = history.length < THIN_WEEKS;
  if (thinHistory) warnings.push(`only ${history.length} weeks of history: treat these dates as rough`);
  const date = (d: number): string | null => (Number.isFinite(d) ? fromDayNumber(start + d) : null);
  const result = releases.map((release, r): ReleaseForecast => {
    const counts = finishes[r]!;
    // The day of the trial at this rank when all trials are sorted by finish day.
    const pick = (q: number): number => {
      const rank = Math.min(trials - 1, Math.ceil(q * trials) - 1);
      if (!(rank >= 0)) return Number.NaN;
      let seen = 0;
      for (let day = 0; day <= lastDay; day++) {
        seen += counts[day]!;
        if (seen > rank) return day;
      }
      return Number.POSITIVE_INFINITY;
    };
    const p95 = pick(0.95);
    if (!Number.isFinite(p95))
      warnings.push(`${release.id}: some trials do not finish within ${horizon} weeks`);
    return {
      id: release.id,
      name: release.name ?? release.id,
      work: release.work,
      cumulativeWork: cumulative[r]!,
      p50: date(pick(0.5)),
      p85: date(pick(0.85)),
      p95: date(p95),
    };
  });
  return { ok: true, value: { releases: result, weeksOfHistory: history.length, thinHistory, warnings } };
}

function fail(code: ProblemCode, message: string): Result<Forecast> {
  return { ok: false, problems: [{ field: 'history', code, message }] };
}
