import type { Problem } from '../model/problem';
import type { FieldValue, WorkItem } from '../model/workItem';
import type { FactorOp, ScoreOptions } from './types';
import type { FactorInput } from './vocabulary/inputSpec';

/**
 * How one factor is read and where it enters the formula. Internal: presets and scorecards are
 * compiled into these so one evaluator serves every framework.
 *
 * @example
 * const effort: FactorSpec = { name: 'effort', label: 'effort', op: 'divide', parse: toNumber, expects: 'a number > 0' };
 */
export interface FactorSpec {
  /** Lower-case field name on `item.fields`. */
  name: string;
  /** Words for explanations. */
  label: string;
  op: FactorOp;
  /** Weight for added/subtracted factors (default 1). */
  weight?: number;
  /** Raw field → the number used, NaN when invalid. Must reject ≤ 0 for divided factors. */
  parse: (raw: FieldValue) => number;
  /** What a valid value looks like, for the problem message. */
  expects: string;
  /** For multiplied/divided factors: the value that neither lifts nor drags (picks the top factor). */
  neutral?: number;
  /** This factor is the confidence: its value at full confidence (1 for fractions, 10 for ICE). */
  fullConfidence?: number;
  /** A stand-in when the field is blank, e.g. effort from the item's person-time estimate. */
  fallback?: (item: WorkItem) => { input: FieldValue; note: string } | undefined;
  /** Read once by the compiler: `${name}_min`, `${name}_max`. */
  minKey?: string;
  maxKey?: string;
}

/**
 * A compiled framework: identity, formula text and the factors. Internal.
 *
 * @example
 * evaluate(RICE, item, {});
 */
export interface FrameworkDefinition {
  id: string;
  name: string;
  version: string;
  formula: string;
  /** The inputs it asks for, in formula order, as the vocabulary declares them (forms derive from these). */
  inputs: readonly FactorInput[];
  factors: readonly FactorSpec[];
  /**
   * Framework-specific checks after parsing: may adjust `values` (e.g. RICE's effort floor), add
   * warnings, or return problems that leave the item unscored.
   */
  check?: (values: number[], warnings: string[], options: ScoreOptions) => Problem[] | undefined;
  /** A category from the values and score, e.g. the value/effort quadrant. */
  label?: (values: readonly number[], score: number, options: ScoreOptions) => string;
  /** Final display rounding (Aha!); applied to score and range alike. */
  round?: (score: number, options: ScoreOptions) => number;
}

/**
 * Score = (Σ ± weight·value, or 1 when nothing is added) × Π multiplied ÷ Π divided.
 *
 * @example
 * compute(RICE.factors, [450, 3, 1, 2]); // => 675
 */
export function compute(factors: readonly FactorSpec[], values: readonly number[]): number {
  let sum = 0;
  let hasSum = false;
  let product = 1;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    const v = values[i]!;
    switch (f.op) {
      case 'add':
        sum += (f.weight ?? 1) * v;
        hasSum = true;
        break;
      case 'subtract':
        sum -= (f.weight ?? 1) * v;
        hasSum = true;
        break;
      case 'multiply':
        product *= v;
        break;
      case 'divide':
        product /= v;
        break;
    }
  }
  return (hasSum ? sum : 1) * product;
}
