import type { FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import { AHA_INPUTS } from './ahaInputs';

const [population, need, strategy, effort, confidence] = AHA_INPUTS as [
  (typeof AHA_INPUTS)[number],
  (typeof AHA_INPUTS)[number],
  (typeof AHA_INPUTS)[number],
  (typeof AHA_INPUTS)[number],
  (typeof AHA_INPUTS)[number],
];

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
  inputs: AHA_INPUTS,
  factors: [
    factorFrom(population, { label: 'population', op: 'add', ranged: true }),
    factorFrom(need, { label: 'need', op: 'add', ranged: true }),
    factorFrom(strategy, { label: 'strategy', op: 'add', ranged: true }),
    factorFrom(effort, { label: 'effort', op: 'subtract', ranged: true }),
    factorFrom(confidence, { label: 'confidence', op: 'multiply', fullConfidence: 1 }),
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
