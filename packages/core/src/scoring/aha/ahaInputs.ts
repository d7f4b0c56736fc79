import type { FactorInput, InputScale } from '../vocabulary/inputSpec';
import { CONFIDENCE, EFFORT, NEED, POPULATION, STRATEGY } from '../vocabulary/scoringFields';

// Aha!'s sliders run 0–10; any number ≥ 0 scores (a team may widen them).
const SLIDER_MAX = 10;
const slider: InputScale = { reads: 'number', min: 0, note: `Aha! uses 0–${SLIDER_MAX} sliders` };
const help = `Aha! slider 0–${SLIDER_MAX}`;

/**
 * Aha!'s default scorecard inputs (SCORING.md §5.7): population, need, strategy and the
 * subtracted effort as slider values, confidence as a percentage.
 *
 * @example
 * AHA_INPUTS.map((i) => i.field.name); // => ['population', 'need', 'strategy', 'effort', 'confidence']
 */
export const AHA_INPUTS: readonly FactorInput[] = [
  { field: POPULATION, label: 'Population', help, scale: slider },
  { field: NEED, label: 'Need', help, scale: slider },
  { field: STRATEGY, label: 'Strategy', help, scale: slider },
  { field: EFFORT, label: 'Effort', help: `${help} (subtracted)`, scale: slider },
  { field: CONFIDENCE, label: 'Confidence', help: 'Percent', scale: { reads: 'fraction', min: 0, max: 1 } },
];
