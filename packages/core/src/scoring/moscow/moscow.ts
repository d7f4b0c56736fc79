import type { FieldValue } from '../../model/workItem';
import type { FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import { readInput } from '../vocabulary/readInput';
import { MOSCOW_BUCKETS, MOSCOW_INPUTS } from './moscowInputs';

/**
 * A MoSCoW bucket (DSDM): Must, Should, Could, Won't (this time).
 *
 * @example
 * const b: MoscowBucket = 'must';
 */
export type MoscowBucket = 'must' | 'should' | 'could' | 'wont';

// A bucket's id is its first word in the vocabulary.
const bucketOf = (value: number): MoscowBucket | undefined =>
  MOSCOW_BUCKETS.find((b) => b.value === value)?.words[0] as MoscowBucket | undefined;

/** Bucket → rank score: Must 3, Should 2, Could 1, Won't 0. */
export const MOSCOW_SCORE: Readonly<Record<MoscowBucket, number>> = Object.fromEntries(
  MOSCOW_BUCKETS.map((b) => [b.words[0], b.value]),
) as Record<MoscowBucket, number>;

const scale = MOSCOW_INPUTS[0]!.scale;

/**
 * Reads a MoSCoW value: `Must`, `Must have`, `M`, `should have`, `Won't`, `wont have this time`…
 * (case-insensitive; curly apostrophes accepted). Undefined when it is none of them. The one
 * MoSCoW reader: importers and scoring both use it.
 *
 * @example
 * parseMoscow("Won't have"); // => 'wont'
 * parseMoscow('S'); // => 'should'
 */
export function parseMoscow(raw: FieldValue | undefined): MoscowBucket | undefined {
  if (typeof raw !== 'string') return undefined;
  return bucketOf(readInput(scale, raw));
}

/**
 * MoSCoW as a ranking (version 1): the `moscow` field mapped to Must 3, Should 2, Could 1,
 * Won't 0, with the bucket as the label. Set-level effort shares are checked by `checkMoscowShares`.
 *
 * @example
 * evaluate(MOSCOW, item, {}); // moscow 'Must have' → 3, label 'must'
 */
export const MOSCOW: FrameworkDefinition = {
  id: 'moscow',
  name: 'MoSCoW (DSDM)',
  version: '1',
  formula: MOSCOW_BUCKETS.map((b) => `${b.label!.split(' ')[0]} ${b.value}`).join(', '),
  inputs: MOSCOW_INPUTS,
  factors: [factorFrom(MOSCOW_INPUTS[0]!, { label: 'bucket', op: 'multiply' })],
  label: (values) => bucketOf(values[0]!)!,
};
