import type { FactorInput, NamedValue } from '../vocabulary/inputSpec';
import { MOSCOW_FIELD } from '../vocabulary/scoringFields';

/**
 * DSDM's buckets, best first, with their rank score (Must 3 … Won't 0) and the words that name
 * them; the first word of a value decides (`Must have`, `M - Must`, `Won't have (this time)`).
 */
export const MOSCOW_BUCKETS: readonly NamedValue[] = [
  { value: 3, words: ['must', 'm'], label: 'Must have' },
  { value: 2, words: ['should', 's'], label: 'Should have' },
  { value: 1, words: ['could', 'c'], label: 'Could have' },
  { value: 0, words: ['wont', 'w', 'won', 'will'], label: "Won't have (this time)" },
];

/**
 * MoSCoW's one input: the bucket, as one of its words (a bare number is not a bucket).
 *
 * @example
 * MOSCOW_INPUTS[0]?.field.name; // => 'moscow'
 */
export const MOSCOW_INPUTS: readonly FactorInput[] = [
  {
    field: MOSCOW_FIELD,
    label: 'MoSCoW',
    help: 'DSDM priority bucket',
    scale: { reads: 'first-word', values: MOSCOW_BUCKETS.map((b) => b.value), named: MOSCOW_BUCKETS },
  },
];
