import type { Problem } from '../model/problem';
import type { FieldValue } from '../model/workItem';

/**
 * How a factor enters a formula. Every framework has the shape
 * `(Σ added − Σ subtracted) × Π multiplied ÷ Π divided`, which is what lets
 * {@link compareItems} split a score gap between factors exactly.
 *
 * @example
 * const op: FactorOp = 'divide'; // RICE effort
 */
export type FactorOp = 'add' | 'subtract' | 'multiply' | 'divide';

/**
 * One factor's part in a score.
 *
 * @example
 * const f: FactorContribution = { name: 'effort', input: '2', normalised: 2, op: 'divide', contribution: 0.5 };
 */
export interface FactorContribution {
  /** The field name the factor was read from, e.g. `effort` or `business_value`. */
  name: string;
  /** The raw value as found on the item (`'80%'`, `'high'`, `3`). */
  input: FieldValue;
  /** The number the formula used after parsing and scale mapping (`'80%'` → 0.8, `'high'` → 2, `M` → 0.5). */
  normalised: number;
  /** How the factor enters the formula. */
  op: FactorOp;
  /**
   * The factor's effect. For added or subtracted factors: the signed points it adds to the sum
   * (weights applied). For multiplied factors: the multiplier; for divided ones: 1 ÷ value.
   */
  contribution: number;
}

/**
 * Why an item scored what it did: the framework, the formula and each factor's part.
 *
 * @example
 * explanation.summary; // => 'RICE (Intercom) 675 = reach 450 × impact 3 × confidence 100% ÷ effort 2'
 */
export interface ScoreExplanation {
  /** Framework id (`rice`, `wsjf`, or a scorecard name). */
  frameworkId: string;
  /** Display name, e.g. `RICE (Intercom)`. */
  name: string;
  /** Formula version; bumped whenever the formula or a scale changes meaning. */
  version: string;
  /** The formula in words, e.g. `reach × impact × confidence ÷ effort`. */
  formula: string;
  /** Each factor in formula order. */
  factors: FactorContribution[];
  /** The factor that lifts the score most (largest added term, or largest lift over its neutral value in a product). */
  topFactor: string;
  /** A category the framework assigns, e.g. the value/effort quadrant or the MoSCoW bucket. */
  label?: string;
  /** One line: the score and how it was computed. */
  summary: string;
}

/**
 * A score, or why there is none. Scores are absolute: an item's score never depends on other
 * items. `range` is the uncertainty band (see docs/scoring.md). Never NaN or Infinity.
 *
 * @example
 * const r = scoreItem(item, 'rice');
 * if (r.ok) console.log(r.score, r.range); else console.log(r.problems.map((p) => p.message));
 */
export type ScoreResult =
  | {
      ok: true;
      score: number;
      range: { low: number; high: number };
      explanation: ScoreExplanation;
      warnings: string[];
    }
  | { ok: false; problems: [Problem, ...Problem[]] };

/**
 * An item key with its score result, as returned by {@link scoreItems}.
 *
 * @example
 * const s: ItemScore = { key: 'PM-1', result: scoreItem(item, 'rice') };
 */
export interface ItemScore {
  /** The item's key. */
  key: string;
  /** Its score or the problems preventing one. */
  result: ScoreResult;
}

/**
 * Options that tune scoring without changing a formula.
 *
 * @example
 * scoreItem(item, 'value-effort', { quadrant: { value: 3, effort: 3 } });
 */
export interface ScoreOptions {
  /**
   * Value/effort quadrant thresholds: an item is high-value when `value ≥ quadrant.value` and
   * high-effort when `effort ≥ quadrant.effort`. Default 5.5 for both (the middle of 1–10).
   */
  quadrant?: { value: number; effort: number };
  /** How `aha` rounds its score: `none` (default), `half-up`, or `ceil` (Aha!'s older "round up"). */
  ahaRounding?: 'none' | 'half-up' | 'ceil';
}
