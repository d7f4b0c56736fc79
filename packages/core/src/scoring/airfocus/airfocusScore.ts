import type { Result } from '../../model/problem';

/**
 * A normalised airfocus criterion (0–1) with its weight inside its axis.
 *
 * @example
 * const c: AirfocusCriterion = { value: 0.8, weight: 0.7 };
 */
export interface AirfocusCriterion {
  value: number;
  weight: number;
}

/**
 * airfocus's priority score: Y (value) and X (effort) are weighted sums of normalised criteria,
 * and Focus = (valueWeight·Y + effortWeight·(1 − X)) × 100, the default being 0.5 / 0.5, i.e.
 * (Y + (1 − X)) ÷ 2 × 100. We read the help page's unbalanced example (SCORING.md §6.6 #3) as
 * `… + (1 − X) · 0.4`. Weights within an axis must sum to 1, as must the two factor weights.
 *
 * @example
 * airfocusScore([{ value: 0.8, weight: 0.7 }, { value: 0.33, weight: 0.3 }], [{ value: 0.6, weight: 0.8 }, { value: 0.2, weight: 0.2 }]);
 * // => { ok: true, value: 56.95 }
 */
export function airfocusScore(
  value: readonly AirfocusCriterion[],
  effort: readonly AirfocusCriterion[],
  factorWeights: { value: number; effort: number } = { value: 0.5, effort: 0.5 },
): Result<number> {
  for (const [field, list] of [
    ['value', value],
    ['effort', effort],
  ] as const) {
    const total = list.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(total - 1) > 1e-9) {
      return {
        ok: false,
        problems: [
          {
            field,
            code: 'invalid',
            message: `${field} criterion weights sum to ${total}; they must sum to 1`,
          },
        ],
      };
    }
    const out = list.find((c) => !(c.value >= 0 && c.value <= 1));
    if (out) {
      return {
        ok: false,
        problems: [
          { field, code: 'out_of_range', message: `${field} criterion value ${out.value} is outside 0–1` },
        ],
      };
    }
  }
  if (Math.abs(factorWeights.value + factorWeights.effort - 1) > 1e-9) {
    return {
      ok: false,
      problems: [{ field: 'factorWeights', code: 'invalid', message: 'factor weights must sum to 1' }],
    };
  }
  const y = value.reduce((s, c) => s + c.value * c.weight, 0);
  const x = effort.reduce((s, c) => s + c.value * c.weight, 0);
  return { ok: true, value: (factorWeights.value * y + factorWeights.effort * (1 - x)) * 100 };
}
