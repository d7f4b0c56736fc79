import type { FactorSpec, FrameworkDefinition } from '../definition';
import { toFraction, toNumber } from '../fieldValue';

function criterion(name: string, op: 'add' | 'subtract'): FactorSpec {
  return {
    name,
    label: name,
    op,
    parse: (raw) => {
      const n = toNumber(raw);
      return n >= 0 ? n : Number.NaN;
    },
    expects: 'a number ≥ 0 (Aha! uses 1–10 sliders)',
    minKey: `${name}_min`,
    maxKey: `${name}_max`,
  };
}

/**
 * Aha!'s default scorecard, version 1: (population + need + strategy − effort) × confidence,
 * every weight 1.0, confidence a percentage (80, 0.8 or "80%"). Rounding is explicit
 * (`options.ahaRounding`: none by default; `ceil` reproduces the older "round up" doc).
 *
 * @example
 * evaluate(AHA, item, {}); // (4 + 5 + 3 − 2) × 0.8 → 8
 */
export const AHA: FrameworkDefinition = {
  id: 'aha',
  name: 'Aha! default scorecard',
  version: '1',
  formula: '(population + need + strategy − effort) × confidence',
  factors: [
    criterion('population', 'add'),
    criterion('need', 'add'),
    criterion('strategy', 'add'),
    criterion('effort', 'subtract'),
    {
      name: 'confidence',
      label: 'confidence',
      op: 'multiply',
      parse: toFraction,
      expects: 'a percentage 0–100 % (as 80, 0.8 or "80%")',
      fullConfidence: 1,
    },
  ],
  round: (score, options) => {
    switch (options.ahaRounding) {
      case 'ceil':
        // Guard float noise such as 8.000000000000002 turning into 9.
        return Math.ceil(Math.round(score * 1e9) / 1e9);
      case 'half-up':
        return Math.floor(score + 0.5);
      default:
        return score;
    }
  },
};
