import type { FactorInput, NamedValue } from '../vocabulary/inputSpec';
import { CONFIDENCE, EFFORT, IMPACT, REACH } from '../vocabulary/scoringFields';

/** Intercom's impact scale (SCORING.md §5.1): 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
export const RICE_IMPACT_WORDS: readonly NamedValue[] = [
  { value: 3, words: ['massive'] },
  { value: 2, words: ['high'] },
  { value: 1, words: ['medium'] },
  { value: 0.5, words: ['low'] },
  { value: 0.25, words: ['minimal'] },
];

/** Intercom's confidence scale: 100 % high, 80 % medium, 50 % low ("below that is total moonshot"). */
export const RICE_CONFIDENCE_WORDS: readonly NamedValue[] = [
  { value: 1, words: ['high'] },
  { value: 0.8, words: ['medium'] },
  { value: 0.5, words: ['low'] },
];

/**
 * The 20 % "moonshot" level some tools add (idealift, product5x; SCORING.md §5.1 variants).
 * Canonical RICE rejects it; the free-scales variant reads it.
 */
export const MOONSHOT: NamedValue = { value: 0.2, words: ['moonshot'] };

/** Intercom's floor: "a minimum of half a month". */
const MIN_EFFORT = 0.5;

const reach: FactorInput = {
  field: REACH,
  label: 'Reach',
  help: 'People or events per quarter',
  scale: { reads: 'number', min: 0, unit: 'people or events per period' },
};

/**
 * RICE (Intercom) inputs: reach ≥ 0, impact and confidence on Intercom's closed scales, effort
 * in person-months with the 0.5 floor.
 *
 * @example
 * RICE_INPUTS.map((i) => i.field.name); // => ['reach', 'impact', 'confidence', 'effort']
 */
export const RICE_INPUTS: readonly FactorInput[] = [
  reach,
  {
    field: IMPACT,
    label: 'Impact',
    help: 'Per person reached',
    scale: { reads: 'number', values: RICE_IMPACT_WORDS.map((n) => n.value), named: RICE_IMPACT_WORDS },
  },
  {
    field: CONFIDENCE,
    label: 'Confidence',
    help: 'How sure are the estimates',
    scale: {
      reads: 'fraction',
      values: RICE_CONFIDENCE_WORDS.map((n) => n.value),
      named: RICE_CONFIDENCE_WORDS,
    },
  },
  {
    field: EFFORT,
    label: 'Effort',
    help: `Person-months (minimum ${MIN_EFFORT}); blank uses a person-time estimate`,
    scale: { reads: 'number', min: 0, minExclusive: true, floor: MIN_EFFORT, unit: 'person-months' },
  },
];

/**
 * RICE (free scales) inputs: any impact > 0 (Intercom's words still read), any confidence
 * 0–100 % (with "moonshot" 20 %), any effort > 0 in a unit used consistently.
 *
 * @example
 * RICE_OPEN_INPUTS[2]?.scale.named?.map((n) => n.words[0]); // => ['high', 'medium', 'low', 'moonshot']
 */
export const RICE_OPEN_INPUTS: readonly FactorInput[] = [
  reach,
  {
    field: IMPACT,
    label: 'Impact',
    help: 'Any positive scale',
    scale: { reads: 'number', min: 0, minExclusive: true, named: RICE_IMPACT_WORDS },
  },
  {
    field: CONFIDENCE,
    label: 'Confidence',
    help: 'Percent',
    scale: { reads: 'fraction', min: 0, max: 1, named: [...RICE_CONFIDENCE_WORDS, MOONSHOT] },
  },
  {
    field: EFFORT,
    label: 'Effort',
    help: 'Any positive unit, used consistently; blank uses a person-time estimate',
    scale: { reads: 'number', min: 0, minExclusive: true },
  },
];
