import { toDayNumber } from '../../calendar/dayNumber';
import type { Estimate, WorkItem } from '../../model/workItem';
import type { FactorContribution, ItemScore, ScoreExplanation, ScoreResult } from '../types';
import type { ScoringField } from '../vocabulary/inputSpec';
import { VOTES, WATCHERS } from '../vocabulary/scoringFields';
import { priorityPoints } from './priorityPoints';

/** Bumped whenever a weight, a cap or the formula changes meaning. */
export const SIGNALS_VERSION = '1';
export const SIGNALS_NAME = 'Signals (inferred from tracker fields)';
export const SIGNALS_FORMULA =
  '(1 + priority + votes + watchers + feedback + customers + blocks + age) ÷ effort; effort = story points, original estimate (days) or Linear estimate';

/** What signals needs besides each item: today (for age) and the team's known efforts. */
export interface SignalsContext {
  /** `YYYY-MM-DD`; without it age is not counted. */
  today?: string | undefined;
  /** Known efforts of the set being scored, for items without an estimate. */
  efforts: EffortSpread | undefined;
  /** Set when the set mixes story points with items estimated only in time. */
  calibration?: EffortCalibration | undefined;
}

/**
 * How items estimated only in time compare with story points when a set has both: the median
 * points per ideal day of the items that carry both, or `undefined` when none does (their
 * effort is then unknown: a 2-hour sub-task is not 0.5 points).
 */
export interface EffortCalibration {
  pointsPerDay: number | undefined;
  /** How many items have only a time estimate. */
  timeOnly: number;
}

/** The spread of the team's known efforts: typical (median), low (p10) and high (p90). */
export interface EffortSpread {
  low: number;
  typical: number;
  high: number;
  count: number;
}

// When no item in the set is estimated the range spans a Fibonacci story-point scale.
const SCALE: EffortSpread = { low: 1, typical: 3, high: 13, count: 0 };
// Sizing error of a known estimate: planning-poker points are typically off by a step.
const SIZING_ERROR = 1.5;
const MIN_EFFORT = 0.5;
const HOURS_PER_DAY = 8;

/**
 * An item's effort in the unit signals uses: story points or Linear estimate as written, hours
 * as ideal days (÷ 8), a zero estimate floored at 0.5. `undefined` when the item has none. In a
 * set that mixes story points with time-only estimates (`calibration`), a time estimate becomes
 * points at the set's points per day, or `undefined` (unknown) when nothing calibrates it.
 *
 * @example
 * signalsEffort(itemWith({}, { estimate: { value: 16, unit: 'hours' } })); // => 2
 */
export function signalsEffort(item: WorkItem, calibration?: EffortCalibration): number | undefined {
  const e = item.estimate;
  if (!e) return undefined;
  if (calibration && e.unit !== 'points') {
    const ppd = calibration.pointsPerDay;
    return ppd === undefined ? undefined : Math.max(MIN_EFFORT, round(idealDays(e) * ppd));
  }
  return Math.max(MIN_EFFORT, e.unit === 'points' ? e.value : idealDays(e));
}

// Hours as ideal days; other units as written (as signals always read them).
const idealDays = (e: Estimate): number => (e.unit === 'hours' ? e.value / HOURS_PER_DAY : e.value);

/**
 * Whether a set mixes story points with items estimated only in time, and if so how to compare
 * them: the median points per ideal day over the items that have both (`timeEstimate` beside
 * points). `undefined` when the set does not mix units.
 *
 * @example
 * effortCalibration([pointsAndTime(5, 16), timeOnly(8)]); // => { pointsPerDay: 2.5, timeOnly: 1 }
 */
export function effortCalibration(items: readonly WorkItem[]): EffortCalibration | undefined {
  let points = 0;
  let timeOnly = 0;
  const ratios: number[] = [];
  for (const i of items) {
    const e = i.estimate;
    if (!e) continue;
    if (e.unit !== 'points') {
      timeOnly++;
      continue;
    }
    points++;
    const t = i.timeEstimate;
    if (t && t.unit !== 'points' && t.value > 0 && e.value > 0) ratios.push(e.value / idealDays(t));
  }
  if (points === 0 || timeOnly === 0) return undefined;
  return { pointsPerDay: ratios.length ? median(ratios) : undefined, timeOnly };
}

/**
 * The one line a mixed-unit set deserves (printed once, not per item), or `undefined`.
 *
 * @example
 * signalsEffortNote(items); // => '3 item(s) have only a time estimate …'
 */
export function signalsEffortNote(items: readonly WorkItem[]): string | undefined {
  const c = effortCalibration(items);
  if (!c) return undefined;
  return c.pointsPerDay === undefined
    ? `${c.timeOnly} item(s) have only a time estimate (Original estimate) while others have story points, and no item has both to compare them: signals treats their effort as unknown; give them story points`
    : `${c.timeOnly} item(s) have only a time estimate (Original estimate) while others have story points: signals converts it at the median ${round(c.pointsPerDay)} point(s) per day of the items that have both`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The spread of the known efforts among items (median, 10th and 90th percentile), or
 * `undefined` when none is estimated.
 *
 * @example
 * effortSpread(items).typical; // => 3
 */
export function effortSpread(
  items: readonly WorkItem[],
  calibration?: EffortCalibration,
): EffortSpread | undefined {
  const known = items.flatMap((i) => {
    const e = signalsEffort(i, calibration);
    return e === undefined ? [] : [e];
  });
  if (known.length === 0) return undefined;
  known.sort((a, b) => a - b);
  // Linear interpolation between order statistics (the "R-7" quantile spreadsheets use).
  const at = (q: number) => {
    const pos = q * (known.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(known.length - 1, lo + 1);
    return round(known[lo]! + (known[hi]! - known[lo]!) * (pos - lo));
  };
  return { low: at(0.1), typical: at(0.5), high: at(0.9), count: known.length };
}

interface ValueTerm {
  name: string;
  input: string | number;
  points: number;
}

const log2p = (n: number) => Math.log2(1 + Math.max(0, n));
const cap = (n: number, max: number) => Math.min(max, n);

// A count field under its name or an alias a tracker writes (`watches`).
const fieldNames = (field: ScoringField) => [field.name, ...field.aliases.map((a) => a.toLowerCase())];

function numberField(item: WorkItem, names: readonly string[]): number | undefined {
  for (const n of names) {
    const v = item.fields[n];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
    if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  }
  return undefined;
}

function valueTerms(item: WorkItem, today: string | undefined): ValueTerm[] {
  const terms: ValueTerm[] = [];
  const priority = item.priority === undefined ? undefined : priorityPoints(item.priority);
  if (item.priority !== undefined && priority !== undefined)
    terms.push({ name: 'priority', input: item.priority, points: priority });
  const votes = numberField(item, fieldNames(VOTES));
  if (votes) terms.push({ name: 'votes', input: votes, points: cap(2 * log2p(votes), 5) });
  const watchers = numberField(item, fieldNames(WATCHERS));
  if (watchers) terms.push({ name: 'watchers', input: watchers, points: cap(log2p(watchers), 3) });
  const feedback = item.feedbackIds.length;
  if (feedback) terms.push({ name: 'feedback', input: feedback, points: cap(2 * log2p(feedback), 5) });
  const customers = item.customerIds.length;
  if (customers) terms.push({ name: 'customers', input: customers, points: cap(2 * log2p(customers), 5) });
  const blocks = item.blocks.length;
  if (blocks) terms.push({ name: 'blocks', input: blocks, points: cap(1.5 * log2p(blocks), 4) });
  if (today && item.createdAt) {
    const days = toDayNumber(today) - toDayNumber(item.createdAt.slice(0, 10));
    // An open item's age counts a little: long-standing asks were not made up yesterday.
    if (days > 0) terms.push({ name: 'age', input: `${days} days`, points: cap(days / 180, 2) });
  }
  return terms;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Scores one item from what the tracker records (version 1, see docs/scoring.md):
 * value = 1 + priority (Highest/Urgent 5 … Lowest 1) + votes, watchers, linked feedback,
 * customers and blocked items (each log-scaled and capped) + age (up to 2 after a year);
 * score = value ÷ effort. An item with no estimate is still scored: on its value over the
 * team's typical effort, flagged "effort unknown", its range spanning the team's known efforts
 * (10th–90th percentile, or a 1–13 point scale when nothing is estimated or the known efforts
 * are all alike).
 *
 * @example
 * scoreSignals(item, { efforts: undefined }).ok; // => true
 */
export function scoreSignals(item: WorkItem, context: SignalsContext): ScoreResult {
  const terms = valueTerms(item, context.today);
  const value = 1 + terms.reduce((s, t) => s + t.points, 0);
  const effort = signalsEffort(item, context.calibration);
  const spread = context.efforts ?? SCALE;
  const known = effort !== undefined;
  const used = known ? effort : spread.typical;
  const score = round(value / used);
  // One known effort (or all alike) has no spread: an unknown effort is still unknown, so the
  // range falls back to the scale's, stretched to include the team's typical effort.
  const bounds =
    spread.low < spread.high
      ? spread
      : { low: Math.min(SCALE.low, spread.low), high: Math.max(SCALE.high, spread.high) };
  const range = known
    ? { low: round(value / (effort * SIZING_ERROR)), high: round(value / (effort / SIZING_ERROR)) }
    : { low: round(value / bounds.high), high: round(value / bounds.low) };
  const factors: FactorContribution[] = [
    { name: 'base', input: 1, normalised: 1, op: 'add', contribution: 1 },
    ...terms.map(
      (t): FactorContribution => ({
        name: t.name,
        input: t.input,
        normalised: round(t.points),
        op: 'add',
        contribution: round(t.points),
      }),
    ),
    {
      name: 'effort',
      input: known
        ? `${item.estimate!.value} ${item.estimate!.unit}`
        : item.estimate
          ? `unknown (${item.estimate.value} ${item.estimate.unit}, not comparable with story points)`
          : 'unknown',
      normalised: round(used),
      op: 'divide',
      contribution: round(1 / used),
    },
  ];
  const top = terms.reduce<ValueTerm | undefined>(
    (best, t) => (!best || t.points > best.points ? t : best),
    undefined,
  );
  const parts = terms.map((t) => `${t.name} ${t.input} (+${round(t.points)})`);
  const effortText = known
    ? `effort ${round(used)}`
    : `effort unknown (team typical ${round(used)}${context.efforts ? '' : ' on a 1–13 scale'})`;
  const explanation: ScoreExplanation = {
    frameworkId: 'signals',
    name: SIGNALS_NAME,
    version: SIGNALS_VERSION,
    formula: SIGNALS_FORMULA,
    factors,
    topFactor: top?.name ?? 'base',
    label: known ? 'estimated' : 'effort unknown',
    summary: `Signals v${SIGNALS_VERSION} ${score} = (1${parts.length ? ` + ${parts.join(' + ')}` : ''}) ÷ ${effortText}; inferred from tracker fields, not the team's judgement`,
  };
  const warnings = known
    ? []
    : item.estimate
      ? ['only a time estimate, and no item has both story points and time to compare them: effort unknown']
      : ['no estimate: scored on value alone, effort unknown'];
  return { ok: true, score, range, explanation, warnings };
}

/**
 * Scores a set with signals: the known efforts of the set give the typical effort and range
 * for its unestimated items. Every item gets a score.
 *
 * @example
 * scoreAllSignals(items, { today: '2026-03-01' }).every((s) => s.result.ok); // => true
 */
export function scoreAllSignals(
  items: readonly WorkItem[],
  options: { today?: string | undefined } = {},
): ItemScore[] {
  const calibration = effortCalibration(items);
  const context: SignalsContext = {
    today: options.today,
    efforts: effortSpread(items, calibration),
    calibration,
  };
  return items.map((item) => ({ key: item.key, result: scoreSignals(item, context) }));
}
