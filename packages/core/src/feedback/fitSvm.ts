import { seededRandom } from '../random/seededRandom';

/** Rows over a compact local vocabulary, as `fitSvm` consumes them. */
export interface SvmRow {
  indices: Int32Array;
  values: Float64Array;
}

/** Options of {@link fitSvm}. */
export interface SvmOptions {
  /** Inverse regularisation strength (liblinear's C); larger fits the training data harder. */
  c: number;
  /** Optional feature scaling `x ∘ scale` (NBSVM log-count ratios); folded into the returned weights. */
  scale?: Float64Array;
  /** Cost multiplier per row (class balancing). */
  rowCost?: Float64Array;
  maxEpochs?: number;
  seed?: number;
}

/**
 * One binary L2-regularised, squared-hinge-loss linear SVM trained by dual coordinate descent
 * (Hsieh et al., ICML 2008, the liblinear default). Each epoch costs one pass over the non-zeros
 * and a few epochs converge, where a primal quasi-Newton solver needed hundreds of passes over
 * the far larger weight space of hashed n-grams. Deterministic for a given seed.
 *
 * @example
 * const rows = [{ indices: Int32Array.of(0), values: Float64Array.of(1) }, { indices: Int32Array.of(1), values: Float64Array.of(1) }];
 * const { weights } = fitSvm(rows, 2, Int8Array.of(1, -1), { c: 1 });
 * weights[0]! > 0 && weights[1]! < 0; // => true
 */
export function fitSvm(
  rows: readonly SvmRow[],
  dims: number,
  y: Int8Array,
  options: SvmOptions,
): { weights: Float64Array; bias: number } {
  const n = rows.length;
  const w = new Float64Array(dims);
  let bias = 0;
  const alpha = new Float64Array(n);
  const diag = new Float64Array(n);
  const qii = new Float64Array(n);
  const scale = options.scale;
  rows.forEach((row, i) => {
    diag[i] = 1 / (2 * options.c * (options.rowCost?.[i] ?? 1));
    let sq = 1; // the bias feature
    for (let p = 0; p < row.indices.length; p++) {
      const v = row.values[p]! * (scale ? scale[row.indices[p]!]! : 1);
      sq += v * v;
    }
    qii[i] = sq + diag[i]!;
  });
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed ?? 1);
  const maxEpochs = options.maxEpochs ?? 50;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let pgMax = Number.NEGATIVE_INFINITY;
    let pgMin = Number.POSITIVE_INFINITY;
    for (const i of order) {
      const row = rows[i]!;
      const yi = y[i]!;
      let dot = bias;
      for (let p = 0; p < row.indices.length; p++) {
        const j = row.indices[p]!;
        dot += w[j]! * row.values[p]! * (scale ? scale[j]! : 1);
      }
      const g = yi * dot - 1 + diag[i]! * alpha[i]!;
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      pgMax = Math.max(pgMax, pg);
      pgMin = Math.min(pgMin, pg);
      if (Math.abs(pg) < 1e-12) continue;
      const old = alpha[i]!;
      const next = Math.max(old - g / qii[i]!, 0);
      alpha[i] = next;
      const step = (next - old) * yi;
      if (step === 0) continue;
      for (let p = 0; p < row.indices.length; p++) {
        const j = row.indices[p]!;
        w[j]! += step * row.values[p]! * (scale ? scale[j]! : 1);
      }
      bias += step;
    }
    // liblinear's stopping rule: the projected gradient's spread is small.
    if (pgMax - pgMin <= 0.1) break;
  }
  if (scale) for (let j = 0; j < dims; j++) w[j]! *= scale[j]!;
  return { weights: w, bias };
}
