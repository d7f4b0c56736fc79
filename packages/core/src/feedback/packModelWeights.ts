import type { EnsembleFit } from './fitEnsemble';
import { packVocab, packWeights } from './modelCodec';

/**
 * Packs fitted weights for the model file, pruning buckets whose largest weight is negligible
 * (below 1e-3 of the largest in the model) and, if the packed size would still exceed
 * `maxBytes`, the weakest buckets until it fits. Pruning the weakest first costs the least
 * accuracy: their contribution to any logit is bounded by their weight.
 *
 * @example
 * const packed = packModelWeights(fit, 3, 4_500_000);
 * packed.vocabSize <= fit.vocab.length; // => true
 */
export function packModelWeights(
  fit: EnsembleFit,
  labels: number,
  maxBytes: number,
): { vocab: string; vocabSize: number; weights: string; scales: number[]; bias: number[] } {
  const dims = fit.vocab.length;
  const strength = new Float64Array(dims);
  let top = 0;
  for (let j = 0; j < dims; j++) {
    for (let o = 0; o < labels; o++)
      strength[j] = Math.max(strength[j]!, Math.abs(fit.weights[o * dims + j]!));
    top = Math.max(top, strength[j]!);
  }
  // Base64 of ~2 varint bytes per bucket plus 2 bytes per label weight.
  const bytesPerBucket = ((2 + 2 * labels) * 4) / 3;
  const budget = Math.floor(maxBytes / bytesPerBucket);
  let keep = Array.from({ length: dims }, (_, j) => j).filter((j) => strength[j]! >= top * 1e-3);
  if (keep.length > budget) {
    keep = keep
      .sort((a, b) => strength[b]! - strength[a]!)
      .slice(0, budget)
      .sort((a, b) => a - b);
  }
  const vocab = Int32Array.from(keep, (j) => fit.vocab[j]!);
  const matrix = new Float64Array(labels * keep.length);
  for (let o = 0; o < labels; o++) {
    keep.forEach((j, c) => {
      matrix[o * keep.length + c] = fit.weights[o * dims + j]!;
    });
  }
  const { weights, scales } = packWeights(matrix, labels, keep.length);
  return { vocab: packVocab(vocab), vocabSize: keep.length, weights, scales, bias: Array.from(fit.bias) };
}
