import type { FieldValue } from '../../model/workItem';
import type { FrameworkDefinition } from '../definition';

/**
 * A MoSCoW bucket (DSDM): Must, Should, Could, Won't (this time).
 *
 * @example
 * const b: MoscowBucket = 'must';
 */
export type MoscowBucket = 'must' | 'should' | 'could' | 'wont';

/** Bucket → rank score: Must 3, Should 2, Could 1, Won't 0. */
export const MOSCOW_SCORE: Readonly<Record<MoscowBucket, number>> = { must: 3, should: 2, could: 1, wont: 0 };
const BUCKETS: readonly MoscowBucket[] = ['wont', 'could', 'should', 'must'];

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
  // The first word decides, so `Must-have`, `M - Must` and `Won't have (this time)` read, and
  // `Mustard` does not.
  const words = raw
    .trim()
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  const first = words.split(' ')[0] ?? '';
  if (first === 'must' || first === 'm') return 'must';
  if (first === 'should' || first === 's') return 'should';
  if (first === 'could' || first === 'c') return 'could';
  if (first === 'wont' || first === 'w' || first === 'won' || first === 'will') return 'wont';
  return undefined;
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
  formula: "Must 3, Should 2, Could 1, Won't 0",
  factors: [
    {
      name: 'moscow',
      label: 'bucket',
      op: 'multiply',
      parse: (raw) => {
        const b = parseMoscow(raw);
        return b === undefined ? Number.NaN : MOSCOW_SCORE[b];
      },
      expects: "Must, Should, Could or Won't",
    },
  ],
  label: (values) => BUCKETS[values[0]!]!,
};
