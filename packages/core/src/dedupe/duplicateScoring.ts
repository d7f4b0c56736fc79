import { DUPLICATE_FIELDS, type DuplicateField } from './duplicateTerms';

/**
 * BM25F settings: per field a weight and a length normalisation `b`; `k1` saturates term
 * frequency. `queryTitleBoost` counts a term the query's own title states more than one only
 * its body mentions.
 */
export interface DuplicateScoring {
  k1: number;
  weight: Record<DuplicateField, number>;
  b: Record<DuplicateField, number>;
  queryTitleBoost: number;
}

/**
 * Defaults: a title word weighs two body words (the title states the problem, the body adds
 * context and noise; heavier title weights lost recall on paraphrased titles in our sets); code
 * and traces count twice as much as body words, being specific; component/version/platform are
 * light signals.
 */
export const DEFAULT_DUPLICATE_SCORING: DuplicateScoring = {
  k1: 1.2,
  weight: { title: 2, body: 1, code: 2, meta: 0.3 },
  b: { title: 0.5, body: 0.75, code: 0.5, meta: 0 },
  queryTitleBoost: 1,
};

/** How many fields {@link DUPLICATE_FIELDS} has: the packed counts hold one byte per field. */
export const FIELD_COUNT = DUPLICATE_FIELDS.length;

/**
 * BM25's IDF with the +1 inside the log (Lucene's form): always positive, so a term every
 * document has still counts a little and never subtracts.
 *
 * @example
 * bm25Idf(1, 100) > bm25Idf(50, 100); // => true
 * bm25Idf(100, 100) > 0; // => true
 */
export function bm25Idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/**
 * The per-field constants of the BM25F sum, flattened for the hot loop: per field its weight,
 * `b` and average length (`[w0, b0, avg0, w1, b1, avg1, …]`).
 *
 * @example
 * fieldParameters(DEFAULT_DUPLICATE_SCORING, [10, 50, 2, 1])[0]; // => 2 (the title weight)
 */
export function fieldParameters(scoring: DuplicateScoring, averages: ArrayLike<number>): Float64Array {
  const out = new Float64Array(FIELD_COUNT * 3);
  DUPLICATE_FIELDS.forEach((f, i) => {
    out[i * 3] = scoring.weight[f];
    out[i * 3 + 1] = scoring.b[f];
    out[i * 3 + 2] = averages[i] || 1;
  });
  return out;
}

/**
 * BM25F's pseudo term frequency of one term in one document: each field's count (one byte per
 * field in `packed`, see {@link packFieldCounts}) times the field weight, over that field's
 * length normalisation `1 − b + b·len/avg`. `lengths[base + f]` is the document's length of
 * field f. The index, the exhaustive scorer and the self-score all call this one function, so
 * their sums agree to the last bit.
 *
 * @example
 * const p = fieldParameters(DEFAULT_DUPLICATE_SCORING, [4, 4, 4, 4]);
 * pseudoFrequency(1, new Float64Array([4, 4, 4, 4]), 0, p); // => 2 (one title hit, average length)
 */
export function pseudoFrequency(
  packed: number,
  lengths: ArrayLike<number>,
  base: number,
  params: Float64Array,
): number {
  // Unrolled over the four fields (one byte each): this is the innermost loop of every query.
  let tf = 0;
  let c = packed & 0xff;
  if (c) tf += (params[0]! * c) / (1 - params[1]! + (params[1]! * lengths[base]!) / params[2]!);
  c = (packed >>> 8) & 0xff;
  if (c) tf += (params[3]! * c) / (1 - params[4]! + (params[4]! * lengths[base + 1]!) / params[5]!);
  c = (packed >>> 16) & 0xff;
  if (c) tf += (params[6]! * c) / (1 - params[7]! + (params[7]! * lengths[base + 2]!) / params[8]!);
  c = packed >>> 24;
  if (c) tf += (params[9]! * c) / (1 - params[10]! + (params[10]! * lengths[base + 3]!) / params[11]!);
  return tf;
}

/**
 * BM25's saturation `tf / (k1 + tf)`: in [0, 1), so a term's query weight bounds what it adds.
 *
 * @example
 * saturate(1.2, 1.2); // => 0.5
 */
export function saturate(tf: number, k1: number): number {
  return tf / (k1 + tf);
}
