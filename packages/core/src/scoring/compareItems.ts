import type { ItemScore } from './types';

/**
 * One factor's part in the gap between two items.
 *
 * @example
 * const d: FactorDifference = { factor: 'effort', a: 1, b: 4, share: 0.61, effect: 4 };
 */
export interface FactorDifference {
  /** The factor (field) name. */
  factor: string;
  /** Its value (as the formula used it) for the first and second item. */
  a: number;
  b: number;
  /**
   * Signed share of the gap this factor explains: positive favours the higher-ranked item.
   * Shares of all factors sum to 1 when the split is exact (see `exact`).
   */
  share: number;
  /**
   * The factor's effect in the comparison's `effectKind`: for `ratio`, how many times higher the
   * higher item's score is because of this factor (effort 1 vs 2 → 2; ratios multiply to the
   * score ratio); for `points`, the score points it adds; for `direction`, +1 / 0 / −1.
   */
  effect: number;
}

/**
 * Why one item ranks above another.
 *
 * @example
 * compareItems(a, b).summary; // => 'PM-3 ranks above PM-1 (800 vs 675), mainly on effort (1 vs 2); they could swap within their ranges'
 */
export interface Comparison {
  /** Key of the item ranked higher (the first on a tie), and of the other. */
  higher: string;
  lower: string;
  /** Same score: the order is a tie-break, not a preference. */
  tie: boolean;
  /** The factors, those deciding it first. Empty when either item is unscored. */
  differences: FactorDifference[];
  /** Whether the shares are an exact split of the gap (log-ratio or point split) or only an ordering. */
  exact: boolean;
  /** How `effect` reads: score multipliers (products, ratios), points (sums) or only a direction. */
  effectKind: 'ratio' | 'points' | 'direction';
  /** The two uncertainty ranges overlap, so the order could flip as estimates firm up. */
  couldSwap: boolean;
  /** One line for people. */
  summary: string;
}

/**
 * Explains why A ranks above B (or B above A): which factor differences decide it and whether
 * the two could swap within their uncertainty ranges. Both must be scored with the same
 * framework; a scored item always ranks above an unscored one.
 *
 * For sums the gap splits exactly into point differences. For products and ratios the log of
 * the score ratio splits exactly into per-factor log ratios (the added terms share their sum's
 * part in proportion to their differences). Otherwise factors are only ordered by difference.
 *
 * @example
 * const [a, b] = scoreItems([p1, p3], 'rice');
 * compareItems(a, b).higher; // => 'P-3'
 */
export function compareItems(a: ItemScore, b: ItemScore): Comparison {
  const ra = a.result;
  const rb = b.result;
  if (!ra.ok || !rb.ok) {
    const [higher, lower] = ra.ok || !rb.ok ? [a, b] : [b, a];
    const both = !ra.ok && !rb.ok;
    return {
      higher: higher.key,
      lower: lower.key,
      tie: both,
      differences: [],
      exact: false,
      effectKind: 'direction',
      couldSwap: false,
      summary: both
        ? `neither ${a.key} nor ${b.key} has a score`
        : `${higher.key} ranks above ${lower.key}, which is unscored (${firstProblem(lower)})`,
    };
  }
  if (ra.explanation.frameworkId !== rb.explanation.frameworkId) {
    throw new Error(
      `compareItems: ${a.key} was scored with ${ra.explanation.frameworkId} and ${b.key} with ${rb.explanation.frameworkId}`,
    );
  }
  const aFirst = ra.score >= rb.score;
  const [hi, lo] = aFirst ? [a, b] : [b, a];
  const [h, l] = aFirst ? [ra, rb] : [rb, ra];
  const { differences, exact, effectKind } = split(h.explanation.factors, l.explanation.factors);
  const couldSwap = h.range.low <= l.range.high && l.range.low <= h.range.high && h.score !== l.score;
  const tie = h.score === l.score;
  const lead = differences.filter((d) => d.share > 0).slice(0, 2);
  const why = lead.length
    ? `, mainly on ${lead.map((d) => `${d.factor} (${round(d.a)} vs ${round(d.b)})`).join(' and ')}`
    : '';
  return {
    higher: hi.key,
    lower: lo.key,
    tie,
    differences,
    exact,
    effectKind,
    couldSwap,
    summary: tie
      ? `${hi.key} and ${lo.key} tie at ${round(h.score)}`
      : `${hi.key} ranks above ${lo.key} (${round(h.score)} vs ${round(l.score)})${why}${
          couldSwap ? '; they could swap within their ranges' : '; their ranges do not overlap'
        }`,
  };
}

type Factors = { name: string; normalised: number; op: string; contribution: number }[];

function split(
  h: Factors,
  l: Factors,
): { differences: FactorDifference[]; exact: boolean; effectKind: Comparison['effectKind'] } {
  const isSum = (op: string) => op === 'add' || op === 'subtract';
  const sumH = h.filter((f) => isSum(f.op)).reduce((s, f) => s + f.contribution, 0);
  const sumL = l.filter((f) => isSum(f.op)).reduce((s, f) => s + f.contribution, 0);
  const hasSum = h.some((f) => isSum(f.op));
  const hasProduct = h.some((f) => !isSum(f.op));
  const raw: number[] = h.map(() => 0);
  let exact = true;
  let effectKind: Comparison['effectKind'] = hasProduct ? 'ratio' : 'points';
  if (!hasProduct) {
    h.forEach((f, i) => {
      raw[i] = f.contribution - l[i]!.contribution;
    });
  } else if (
    h.every((f, i) => isSum(f.op) || (f.contribution > 0 && l[i]!.contribution > 0)) &&
    (!hasSum || (sumH > 0 && sumL > 0))
  ) {
    const logSum = hasSum ? Math.log(sumH / sumL) : 0;
    h.forEach((f, i) => {
      const g = l[i]!;
      if (isSum(f.op)) {
        raw[i] = sumH === sumL ? 0 : (logSum * (f.contribution - g.contribution)) / (sumH - sumL);
      } else raw[i] = Math.log(f.contribution / g.contribution);
    });
  } else {
    exact = false;
    effectKind = 'direction';
    h.forEach((f, i) => {
      const d = f.contribution - l[i]!.contribution;
      raw[i] = Math.sign(d);
    });
  }
  const total = raw.reduce((s, x) => s + x, 0);
  const scale =
    exact && Math.abs(total) > 1e-12 ? Math.abs(total) : raw.reduce((s, x) => s + Math.abs(x), 0) || 1;
  const differences = h.map((f, i) => ({
    factor: f.name,
    a: f.normalised,
    b: l[i]!.normalised,
    share: raw[i]! / scale,
    effect: effectKind === 'ratio' ? Math.exp(raw[i]!) : raw[i]!,
  }));
  differences.sort((x, y) => y.share - x.share);
  return { differences, exact, effectKind };
}

function firstProblem(s: ItemScore): string {
  return s.result.ok ? '' : s.result.problems.map((p) => p.field).join(', ');
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
