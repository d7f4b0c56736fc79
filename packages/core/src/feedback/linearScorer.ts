import type { SparseVector } from './featurise';

/** A linear model ready to score hashed vectors: bucket → column lookup plus weights. */
export interface LinearScorer {
  labels: number;
  dims: number;
  lookup: Map<number, number>;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Builds a scorer over a vocabulary of hash buckets and a `labels × vocab.length` matrix.
 *
 * @example
 * const s = makeScorer(Int32Array.of(5), Float64Array.of(2), Float64Array.of(0));
 * scoreLogits(s, { indices: Int32Array.of(5), values: Float64Array.of(1) }); // => Float64Array [2]
 */
export function makeScorer(vocab: Int32Array, weights: Float64Array, bias: Float64Array): LinearScorer {
  const lookup = new Map<number, number>();
  for (let i = 0; i < vocab.length; i++) lookup.set(vocab[i]!, i);
  return { labels: bias.length, dims: vocab.length, lookup, weights, bias };
}

/**
 * Raw logits of one vector; buckets never seen in training contribute nothing.
 *
 * @example
 * scoreLogits(makeScorer(Int32Array.of(1), Float64Array.of(3), Float64Array.of(1)), { indices: Int32Array.of(9), values: Float64Array.of(1) }); // => Float64Array [1]
 */
export function scoreLogits(scorer: LinearScorer, vector: SparseVector): Float64Array {
  const z = Float64Array.from(scorer.bias);
  const { indices, values } = vector;
  for (let i = 0; i < indices.length; i++) {
    const col = scorer.lookup.get(indices[i]!);
    if (col === undefined) continue;
    const v = values[i]!;
    for (let o = 0; o < scorer.labels; o++) z[o]! += scorer.weights[o * scorer.dims + col]! * v;
  }
  return z;
}
