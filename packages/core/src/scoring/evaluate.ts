import type { Problem } from '../model/problem';
import type { FieldValue, WorkItem } from '../model/workItem';
import { compute, type FactorSpec, type FrameworkDefinition } from './definition';
import { fmt, isBlank } from './fieldValue';
import { type ReadSink, readValues } from './readValues';
import { ScoredResult } from './scoredResult';
import type { ScoreOptions, ScoreResult } from './types';

/** Per-definition facts computed once, not per item. */
export interface Prepared {
  confidence: number;
  full: number;
  hasBounds: boolean;
}
const prepared = new WeakMap<FrameworkDefinition, Prepared>();

/**
 * The per-definition facts, cached.
 *
 * @example
 * prepare(RICE).confidence; // => 2
 */
export function prepare(def: FrameworkDefinition): Prepared {
  let p = prepared.get(def);
  if (!p) {
    const confidence = def.factors.findIndex((f) => f.fullConfidence !== undefined);
    p = {
      confidence,
      full: confidence < 0 ? 1 : def.factors[confidence]!.fullConfidence!,
      hasBounds: def.factors.some((f) => f.minKey !== undefined),
    };
    prepared.set(def, p);
  }
  return p;
}

// Scoring is synchronous and not re-entrant, so scratch arrays serve every call: the values
// being read and the two range corners.
let scratch: number[] = [];
let lowScratch: number[] = [];
let highScratch: number[] = [];
const sink: ReadSink = { warnings: undefined };
// Results without warnings share this empty list instead of allocating one each.
const NO_WARNINGS: string[] = [];
Object.freeze(NO_WARNINGS);

/**
 * Scores one item with a compiled framework: reads and validates every factor (collecting every
 * problem, not just the first), applies the framework's checks, then computes the score and the
 * uncertainty range. The explanation is built on first access (see `ScoredResult`). Internal; the
 * public entries are `scoreItem` and `scoreItems`.
 *
 * @example
 * evaluate(RICE, item, {}); // => { ok: true, score: 675, … }
 */
export function evaluate(
  def: FrameworkDefinition,
  item: WorkItem,
  options: ScoreOptions,
  meta: Prepared = prepare(def),
): ScoreResult {
  const { factors } = def;
  if (scratch.length < factors.length) scratch = new Array<number>(factors.length).fill(0);
  const values = scratch;
  sink.warnings = undefined;
  let problems = readValues(def, item, options, values, undefined, sink);
  const warnings = sink.warnings ?? NO_WARNINGS;
  let bounds: Bounds | undefined;
  if (!problems && meta.hasBounds) {
    const read = readBounds(factors, item.fields, values);
    if (Array.isArray(read)) problems = read;
    else bounds = read;
  }
  if (problems && isNonEmpty(problems)) return { ok: false, problems };

  let score = compute(factors, values);
  if (!Number.isFinite(score)) {
    return {
      ok: false,
      problems: [
        { field: factors[0]!.name, code: 'out_of_range', message: 'the inputs are too large to score' },
      ],
    };
  }
  let low = score;
  let high = score;
  if (bounds || meta.confidence >= 0) {
    low = rangeLow(factors, values, bounds, score, meta);
    high = rangeHigh;
  }
  if (def.round) {
    score = def.round(score, options);
    low = def.round(low, options);
    high = def.round(high, options);
  }
  // −0 reads oddly in JSON and tables.
  if (score === 0) score = 0;
  return new ScoredResult(def, item, options, score, low, high, warnings);
}

interface Bounds {
  min: number[];
  max: number[];
}

// `<name>_min` / `<name>_max` give a three-point estimate; both must bracket the likely value.
// Returns the problems instead when a bound is invalid.
function readBounds(
  factors: readonly FactorSpec[],
  fields: WorkItem['fields'],
  values: readonly number[],
): Bounds | Problem[] | undefined {
  let bounds: Bounds | undefined;
  let problems: Problem[] | undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (!f.minKey || !f.maxKey) continue;
    const rawMin = fields[f.minKey];
    const rawMax = fields[f.maxKey];
    if (isBlank(rawMin) && isBlank(rawMax)) continue;
    bounds ??= { min: values.slice(0, factors.length), max: values.slice(0, factors.length) };
    problems ??= [];
    if (!isBlank(rawMin)) readBound(f, f.minKey, rawMin, values[i]!, 'min', bounds.min, i, problems);
    if (!isBlank(rawMax)) readBound(f, f.maxKey, rawMax, values[i]!, 'max', bounds.max, i, problems);
  }
  return problems?.length ? problems : bounds;
}

function readBound(
  f: FactorSpec,
  key: string,
  raw: FieldValue,
  likely: number,
  side: 'min' | 'max',
  into: number[],
  i: number,
  problems: Problem[],
): void {
  const b = f.parse(raw);
  if (Number.isNaN(b)) {
    problems.push({
      field: key,
      code: 'invalid',
      message: `${key} is ${JSON.stringify(raw)}; expected ${f.expects}`,
    });
  } else if (side === 'min' ? b > likely : b < likely) {
    problems.push({
      field: key,
      code: 'out_of_range',
      message: `${key} is ${fmt(b)}; it must be ${side === 'min' ? 'at most' : 'at least'} ${f.name} (${fmt(likely)})`,
    });
  } else into[i] = b;
}

// `rangeLow` returns the low end and leaves the high end here, sparing a tuple per item.
let rangeHigh = 0;

// The range: the formula at the worst and best corners of any min/max bounds, then widened by
// the confidence band (low × confidence; high at full confidence). See docs/scoring.md.
function rangeLow(
  factors: readonly FactorSpec[],
  values: readonly number[],
  bounds: Bounds | undefined,
  score: number,
  meta: Prepared,
): number {
  const n = factors.length;
  if (lowScratch.length < n) {
    lowScratch = new Array<number>(n).fill(0);
    highScratch = new Array<number>(n).fill(0);
  }
  const lo = lowScratch;
  const hi = highScratch;
  for (let i = 0; i < n; i++) {
    if (bounds) {
      const up = factors[i]!.op === 'add' || factors[i]!.op === 'multiply';
      lo[i] = up ? bounds.min[i]! : bounds.max[i]!;
      hi[i] = up ? bounds.max[i]! : bounds.min[i]!;
    } else {
      lo[i] = values[i]!;
      hi[i] = values[i]!;
    }
  }
  const lowCorner = bounds ? compute(factors, lo) : score;
  const highCorner = bounds ? compute(factors, hi) : Number.NaN;
  let c1 = Number.NaN;
  let c2 = Number.NaN;
  let c3 = Number.NaN;
  if (meta.confidence >= 0) {
    const c = meta.confidence;
    c1 = lowCorner * (values[c]! / meta.full);
    hi[c] = meta.full;
    lo[c] = meta.full;
    c2 = compute(factors, hi);
    c3 = bounds ? compute(factors, lo) : Number.NaN;
  }
  rangeHigh = higher(higher(higher(higher(higher(score, lowCorner), highCorner), c1), c2), c3);
  return lower(lower(lower(lower(lower(score, lowCorner), highCorner), c1), c2), c3);
}

function isNonEmpty<T>(list: T[]): list is [T, ...T[]] {
  return list.length > 0;
}

// NaN and ±Infinity corners are skipped: the range never holds them.
function lower(a: number, b: number): number {
  return Number.isFinite(b) && b < a ? b : a;
}

function higher(a: number, b: number): number {
  return Number.isFinite(b) && b > a ? b : a;
}
