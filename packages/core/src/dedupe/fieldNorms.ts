import { FIELD_COUNT } from './duplicateScoring';

/**
 * One document's length normalisers `1 − b + b·len/avg`, one per field, written to
 * `out[outBase + f]`: the index keeps them per slot so its hot loop divides once per field hit
 * instead of re-deriving the normaliser. {@link pseudoFrequencyFromNorms} over them equals
 * {@link pseudoFrequency} to the last bit (the same operations in the same order).
 *
 * @example
 * const out = new Float64Array(4);
 * fieldNorms(new Float64Array([4, 4, 4, 4]), 0, fieldParameters(DEFAULT_DUPLICATE_SCORING, [4, 4, 4, 4]), out, 0);
 * out[0]; // => 1 (an average-length title)
 */
export function fieldNorms(
  lengths: ArrayLike<number>,
  base: number,
  params: Float64Array,
  out: Float64Array,
  outBase: number,
): void {
  for (let f = 0; f < FIELD_COUNT; f++)
    out[outBase + f] =
      1 - params[f * 3 + 1]! + (params[f * 3 + 1]! * lengths[base + f]!) / params[f * 3 + 2]!;
}

/**
 * {@link pseudoFrequency} from a document's precomputed normalisers (see {@link fieldNorms}).
 *
 * @example
 * const p = fieldParameters(DEFAULT_DUPLICATE_SCORING, [4, 4, 4, 4]);
 * pseudoFrequencyFromNorms(1, new Float64Array([1, 1, 1, 1]), 0, p); // => 2
 */
export function pseudoFrequencyFromNorms(
  packed: number,
  norms: Float64Array,
  base: number,
  params: Float64Array,
): number {
  let tf = 0;
  let c = packed & 0xff;
  if (c) tf += (params[0]! * c) / norms[base]!;
  c = (packed >>> 8) & 0xff;
  if (c) tf += (params[3]! * c) / norms[base + 1]!;
  c = (packed >>> 16) & 0xff;
  if (c) tf += (params[6]! * c) / norms[base + 2]!;
  c = packed >>> 24;
  if (c) tf += (params[9]! * c) / norms[base + 3]!;
  return tf;
}
