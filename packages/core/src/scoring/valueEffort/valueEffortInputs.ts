import { ONE_TO_TEN, ratingHelp } from '../ice/iceInputs';
import type { FactorInput } from '../vocabulary/inputSpec';
import { EFFORT, VALUE } from '../vocabulary/scoringFields';

/**
 * Value / effort inputs: value ≥ 0 and effort > 0 on the team's scale; forms offer a 1–10
 * rating, the scale the default quadrant thresholds assume.
 *
 * @example
 * VALUE_EFFORT_INPUTS.map((i) => i.field.name); // => ['value', 'effort']
 */
export const VALUE_EFFORT_INPUTS: readonly FactorInput[] = [
  {
    field: VALUE,
    label: 'Value',
    help: ratingHelp(ONE_TO_TEN),
    scale: { reads: 'number', min: 0, offer: ONE_TO_TEN },
  },
  {
    field: EFFORT,
    label: 'Effort',
    help: ratingHelp(ONE_TO_TEN),
    scale: { reads: 'number', min: 0, minExclusive: true, offer: ONE_TO_TEN },
  },
];
