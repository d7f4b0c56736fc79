import type { FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import type { ScoreOptions } from '../types';
import { VALUE_EFFORT_INPUTS } from './valueEffortInputs';

/**
 * The four value/effort quadrants, best first.
 *
 * @example
 * const q: Quadrant = 'quick-win';
 */
export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

// The middle of the rating forms offer (1–10), so 1–5 is low and 6–10 high.
const offered = VALUE_EFFORT_INPUTS[0]!.scale.offer!;
const MIDDLE = (offered[0]! + offered[offered.length - 1]!) / 2;

/** Default thresholds: the middle of a 1–10 scale, so 1–5 is low and 6–10 high. */
export const DEFAULT_QUADRANT_THRESHOLDS: { readonly value: number; readonly effort: number } = {
  value: MIDDLE,
  effort: MIDDLE,
};

/**
 * The 2×2 quadrant: high value & low effort = quick win, high & high = big bet, low & low =
 * fill-in, low value & high effort = money pit. High means ≥ the threshold.
 *
 * @example
 * quadrantOf(8, 2); // => 'quick-win'
 * quadrantOf(2, 9); // => 'money-pit'
 */
export function quadrantOf(
  value: number,
  effort: number,
  thresholds: ScoreOptions['quadrant'] = DEFAULT_QUADRANT_THRESHOLDS,
): Quadrant {
  const highValue = value >= thresholds.value;
  const highEffort = effort >= thresholds.effort;
  if (highValue) return highEffort ? 'big-bet' : 'quick-win';
  return highEffort ? 'money-pit' : 'fill-in';
}

/**
 * Value ÷ effort with its quadrant (version 1). `value` ≥ 0 and `effort` > 0 on the team's
 * scale (1–10 assumed by the default quadrant thresholds; set `options.quadrant` otherwise).
 *
 * @example
 * evaluate(VALUE_EFFORT, item, {}); // value 8, effort 2 → 4, quick-win
 */
export const VALUE_EFFORT: FrameworkDefinition = {
  id: 'value-effort',
  name: 'Value / effort',
  version: '1',
  formula: 'value ÷ effort, with the 2×2 quadrant',
  inputs: VALUE_EFFORT_INPUTS,
  factors: [
    factorFrom(VALUE_EFFORT_INPUTS[0]!, { label: 'value', op: 'multiply', neutral: MIDDLE, ranged: true }),
    factorFrom(VALUE_EFFORT_INPUTS[1]!, { label: 'effort', op: 'divide', neutral: MIDDLE, ranged: true }),
  ],
  label: (values, _score, options) => quadrantOf(values[0]!, values[1]!, options.quadrant),
};
