import { RICE_CONFIDENCE_WORDS } from '../rice/riceInputs';
import type { FactorInput, InputScale } from '../vocabulary/inputSpec';
import { CONFIDENCE, EASE, IMPACT } from '../vocabulary/scoringFields';

/** A 1–10 rating, as ICE (and value/effort by default) asks for it. */
export const ONE_TO_TEN: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const first = ONE_TO_TEN[0]!;
const last = ONE_TO_TEN[ONE_TO_TEN.length - 1]!;

/**
 * The help line for a rating a form offers: `1 (low) – 10 (high)`.
 *
 * @example
 * ratingHelp([1, 2, 3]); // => '1 (low) – 3 (high)'
 */
export function ratingHelp(offer: readonly number[]): string {
  return `${offer[0]} (low) – ${offer[offer.length - 1]} (high)`;
}

const rating: InputScale = { reads: 'number', min: first, max: last, offer: ONE_TO_TEN };

/**
 * ICE inputs (GrowthHackers, SCORING.md §5.2): impact, confidence and ease, each rated 1–10 (any
 * number in the range scores; forms offer the whole numbers). Confidence also reads a fraction
 * or percentage as a share of 10 and Intercom's words on the same footing (high 10, medium 8,
 * low 5), so one imported confidence means the same under RICE and ICE.
 *
 * @example
 * ICE_INPUTS.map((i) => i.field.name); // => ['impact', 'confidence', 'ease']
 */
export const ICE_INPUTS: readonly FactorInput[] = [
  { field: IMPACT, label: 'Impact', help: ratingHelp(ONE_TO_TEN), scale: rating },
  {
    field: CONFIDENCE,
    label: 'Confidence',
    help: ratingHelp(ONE_TO_TEN),
    scale: {
      ...rating,
      reads: 'share-of-10',
      named: RICE_CONFIDENCE_WORDS.map((n) => ({ value: n.value * last, words: n.words })),
    },
  },
  { field: EASE, label: 'Ease', help: ratingHelp(ONE_TO_TEN), scale: rating },
];
