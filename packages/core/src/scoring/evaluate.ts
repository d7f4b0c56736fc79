import type { Problem } from '../model/problem.ts';
import type { FieldValue, WorkItem } from '../model/workItem.ts';
import { compute, type FactorSpec, type FrameworkDefinition } from './definition.ts';
import { fmt, isBlank } from './fieldValue.ts';
import type { FactorContribution, ScoreOptions, ScoreResult } from './types.ts';

const OP_SIGN = { add: '+', subtract: '−', multiply: '×', divide: '÷' } as const;

/**
 * Scores one item with a compiled framework: reads and validates every factor (collecting every
 * problem, not just the first), applies the framework's checks, then builds the score, the
 * uncertainty range and the explanation. Internal; the public entry is `scoreItem`.
 *
 * @example
 * evaluate(riceDefinition, item, {}); // => { ok: true, score: 675, … }
 */
export function evaluate(def: FrameworkDefinition, item: WorkItem, options: ScoreOptions): ScoreResult {
  const { factors } = def;
  const fields = item.fields;
  const n = factors.length;
  const values: number[] = new Array(n);
  const inputs: FieldValue[] = new Array(n);
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = factors[i]!;
    let raw = fields[f.name];
    if (isBlank(raw) && f.fallback) {
      const stand = f.fallback(item);
      if (stand) {
        raw = stand.input;
        warnings.push(stand.note);
      }
    }
    if (isBlank(raw)) {
      problems.push({
        field: f.name,
        code: 'missing',
        message: `${f.name} is missing; expected ${f.expects}`,
      });
      continue;
    }
    const v = f.parse(raw);
    if (Number.isNaN(v)) {
      problems.push({
        field: f.name,
        code: 'invalid',
        message: `${f.name} is ${JSON.stringify(raw)}; expected ${f.expects}`,
      });
      continue;
    }
    values[i] = v;
    inputs[i] = raw;
  }
  if (problems.length === 0 && def.check) {
    const extra = def.check(values, warnings, options);
    if (extra) problems.push(...extra);
  }
  const bounds = problems.length === 0 ? readBounds(factors, fields, values, problems) : undefined;
  const [first, ...rest] = problems;
  if (first) return { ok: false, problems: [first, ...rest] };

  let score = compute(factors, values);
  if (!Number.isFinite(score)) {
    return {
      ok: false,
      problems: [
        { field: factors[0]!.name, code: 'out_of_range', message: 'the inputs are too large to score' },
      ],
    };
  }
  let { low, high } = range(factors, values, bounds, score);
  if (def.round) {
    score = def.round(score, options);
    low = def.round(low, options);
    high = def.round(high, options);
  }
  // −0 reads oddly in JSON and tables.
  if (score === 0) score = 0;

  const contributions: FactorContribution[] = new Array(n);
  // The top factor is the one that lifts the score most: the largest added term in a sum, or in
  // a product the largest log-lift over the factor's neutral value (divided factors lift when small).
  let top = '';
  let topLift = Number.NEGATIVE_INFINITY;
  let hasSum = false;
  for (let i = 0; i < n; i++) if (factors[i]!.op === 'add' || factors[i]!.op === 'subtract') hasSum = true;
  for (let i = 0; i < n; i++) {
    const f = factors[i]!;
    const v = values[i]!;
    let contribution: number;
    let lift = Number.NEGATIVE_INFINITY;
    if (f.op === 'add' || f.op === 'subtract') {
      contribution = (f.op === 'add' ? 1 : -1) * (f.weight ?? 1) * v;
      lift = contribution;
    } else {
      contribution = f.op === 'multiply' ? v : 1 / v;
      if (!hasSum && f.neutral !== undefined && v > 0) {
        lift = f.op === 'multiply' ? Math.log(v / f.neutral) : Math.log(f.neutral / v);
      }
    }
    if (lift > topLift) {
      topLift = lift;
      top = f.name;
    }
    contributions[i] = { name: f.name, input: inputs[i]!, normalised: v, op: f.op, contribution };
  }
  const label = def.label?.(values, score, options);
  const summary = `${def.name} ${fmt(score)} = ${describe(factors, values)}${label ? ` (${label})` : ''}`;
  return {
    ok: true,
    score,
    range: { low, high },
    explanation: {
      frameworkId: def.id,
      name: def.name,
      version: def.version,
      formula: def.formula,
      factors: contributions,
      topFactor: top || factors[0]!.name,
      ...(label === undefined ? {} : { label }),
      summary,
    },
    warnings,
  };
}

// `<name>_min` / `<name>_max` give a three-point estimate; both must bracket the likely value.
function readBounds(
  factors: readonly FactorSpec[],
  fields: WorkItem['fields'],
  values: readonly number[],
  problems: Problem[],
): { min: number[]; max: number[] } | undefined {
  let bounds: { min: number[]; max: number[] } | undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (!f.minKey || !f.maxKey) continue;
    const rawMin = fields[f.minKey];
    const rawMax = fields[f.maxKey];
    if (isBlank(rawMin) && isBlank(rawMax)) continue;
    bounds ??= { min: [...values], max: [...values] };
    for (const [key, raw, into, ok] of [
      [f.minKey, rawMin, bounds.min, (b: number) => b <= values[i]!],
      [f.maxKey, rawMax, bounds.max, (b: number) => b >= values[i]!],
    ] as const) {
      if (isBlank(raw)) continue;
      const b = f.parse(raw);
      if (Number.isNaN(b)) {
        problems.push({
          field: key,
          code: 'invalid',
          message: `${key} is ${JSON.stringify(raw)}; expected ${f.expects}`,
        });
      } else if (!ok(b)) {
        const side = key === f.minKey ? 'at most' : 'at least';
        problems.push({
          field: key,
          code: 'out_of_range',
          message: `${key} is ${fmt(b)}; it must be ${side} ${f.name} (${fmt(values[i]!)})`,
        });
      } else into[i] = b;
    }
  }
  return bounds;
}

// The range: the formula at the worst and best corners of any min/max bounds, then widened by
// the confidence band (low × confidence; high at full confidence). See docs/scoring.md.
function range(
  factors: readonly FactorSpec[],
  values: readonly number[],
  bounds: { min: number[]; max: number[] } | undefined,
  score: number,
): { low: number; high: number } {
  let confidence = -1;
  for (let i = 0; i < factors.length; i++) if (factors[i]!.fullConfidence !== undefined) confidence = i;
  if (!bounds && confidence < 0) return { low: score, high: score };
  const lowVals = [...values];
  const highVals = [...values];
  if (bounds) {
    for (let i = 0; i < factors.length; i++) {
      const up = factors[i]!.op === 'add' || factors[i]!.op === 'multiply';
      lowVals[i] = up ? bounds.min[i]! : bounds.max[i]!;
      highVals[i] = up ? bounds.max[i]! : bounds.min[i]!;
    }
  }
  const candidates = [score, compute(factors, lowVals), compute(factors, highVals)];
  if (confidence >= 0) {
    const full = factors[confidence]!.fullConfidence!;
    const c = values[confidence]! / full;
    candidates.push(candidates[1]! * c);
    highVals[confidence] = full;
    lowVals[confidence] = full;
    candidates.push(compute(factors, highVals), compute(factors, lowVals));
  }
  let low = score;
  let high = score;
  for (const c of candidates) {
    if (!Number.isFinite(c)) continue;
    if (c < low) low = c;
    if (c > high) high = c;
  }
  return { low, high };
}

function describe(factors: readonly FactorSpec[], values: readonly number[]): string {
  let sum = '';
  let product = '';
  let sumTerms = 0;
  // An average is written `(a + b + c) ÷ 3`, not with a 0.33 weight on each term.
  const weights = new Set(
    factors.filter((f) => f.op === 'add' || f.op === 'subtract').map((f) => f.weight ?? 1),
  );
  const common = weights.size === 1 ? [...weights][0]! : 1;
  const divisor = common < 1 && Number.isInteger(Math.round(1e9 / common) / 1e9) ? Math.round(1 / common) : 1;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    const w = divisor === 1 ? (f.weight ?? 1) : 1;
    const term = `${w === 1 ? '' : `${fmt(w)}·`}${f.label} ${fmt(values[i]!)}`;
    if (f.op === 'add' || f.op === 'subtract') {
      sum += sumTerms === 0 ? (f.op === 'add' ? term : `−${term}`) : ` ${OP_SIGN[f.op]} ${term}`;
      sumTerms++;
    } else {
      product += product === '' && sumTerms === 0 && f.op === 'multiply' ? term : ` ${OP_SIGN[f.op]} ${term}`;
    }
  }
  if (sumTerms === 0) return product.trimStart();
  if (divisor !== 1) product = ` ÷ ${divisor}${product}`;
  return product === '' ? sum : `(${sum})${product}`;
}
