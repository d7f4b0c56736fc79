import type { SparseVector } from './featurise';
import { fitSvm, type SvmRow } from './fitSvm';

/** Training targets: a label index per row (exclusive) or a label-index set per row. */
export type Targets = { exclusive: true; labels: Int32Array } | { exclusive: false; labels: number[][] };

/** Hyper-parameters of the ensemble; the defaults hold across the benchmark data sets. */
export interface EnsembleOptions {
  /** SVM cost of the plain view. */
  c: number;
  /** SVM cost of the NB-weighted view. */
  cNb: number;
  /**
   * Balancing exponent for each one-vs-rest problem: a row's cost is multiplied by
   * `(n / (2·n_side)) ** balance`, where n_side counts the rows on its side; 0 = none, 1 = balanced.
   */
  balance: number;
  /** Which linear views to average. */
  views: readonly ('plain' | 'nb')[];
  /** Passes of dual coordinate descent at most per SVM. */
  maxEpochs: number;
}

/** Ensemble defaults. */
export const DEFAULT_ENSEMBLE_OPTIONS: EnsembleOptions = {
  c: 1,
  cNb: 1,
  balance: 0.5,
  views: ['plain', 'nb'],
  maxEpochs: 20,
};

/** A fitted model over the buckets seen in training: `labels × vocab.length` weights. */
export interface EnsembleFit {
  vocab: Int32Array;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Fits, per label (one-vs-rest), each linear view: a plain linear SVM over the hashed features
 * and an NBSVM (features scaled by the label's log-count ratios, Wang & Manning 2012), then
 * averages their margins. Averaging linear models is linear, so the ensemble costs nothing
 * extra at prediction time and serialises as one weight matrix. Margins become probabilities
 * through the calibration fitted on held-out folds.
 *
 * @example
 * const fit = fitEnsemble(vectors, { exclusive: true, labels: Int32Array.of(0, 1) }, 2);
 */
export function fitEnsemble(
  vectors: readonly SparseVector[],
  targets: Targets,
  labelCount: number,
  options: EnsembleOptions = DEFAULT_ENSEMBLE_OPTIONS,
): EnsembleFit {
  const vocab = buildVocab(vectors);
  const local = new Map<number, number>();
  for (let i = 0; i < vocab.length; i++) local.set(vocab[i]!, i);
  const rows: SvmRow[] = vectors.map((v) => ({
    indices: v.indices.map((id) => local.get(id)!),
    values: v.values,
  }));
  const dims = vocab.length;
  const weights = new Float64Array(labelCount * dims);
  const bias = new Float64Array(labelCount);
  const share = 1 / options.views.length;
  for (let k = 0; k < labelCount; k++) {
    const y = Int8Array.from(rows, (_, i) =>
      (targets.exclusive ? targets.labels[i] === k : targets.labels[i]!.includes(k)) ? 1 : -1,
    );
    const rowCost = balancedCosts(y, options.balance);
    for (const view of options.views) {
      const fit =
        view === 'plain'
          ? fitSvm(rows, dims, y, { c: options.c, rowCost, seed: k + 1, maxEpochs: options.maxEpochs })
          : fitSvm(rows, dims, y, {
              c: options.cNb,
              rowCost,
              scale: nbRatios(rows, y, dims),
              seed: k + 1,
              maxEpochs: options.maxEpochs,
            });
      for (let j = 0; j < dims; j++) weights[k * dims + j]! += share * fit.weights[j]!;
      bias[k]! += share * fit.bias;
    }
  }
  return { vocab, weights, bias };
}

function buildVocab(vectors: readonly SparseVector[]): Int32Array {
  const seen = new Set<number>();
  for (const v of vectors) for (const id of v.indices) seen.add(id);
  return Int32Array.from(seen).sort();
}

function balancedCosts(y: Int8Array, balance: number): Float64Array {
  const n = y.length;
  const pos = y.reduce((a, v) => a + (v > 0 ? 1 : 0), 0);
  const costPos = pos > 0 ? (n / (2 * pos)) ** balance : 1;
  const costNeg = n - pos > 0 ? (n / (2 * (n - pos))) ** balance : 1;
  return Float64Array.from(y, (v) => (v > 0 ? costPos : costNeg));
}

// NBSVM log-count ratios over binarised features: label rows against the rest, add-one smoothed.
function nbRatios(rows: readonly SvmRow[], y: Int8Array, dims: number): Float64Array {
  const pos = new Float64Array(dims).fill(1);
  const neg = new Float64Array(dims).fill(1);
  rows.forEach((row, i) => {
    const side = y[i]! > 0 ? pos : neg;
    for (const id of row.indices) side[id]!++;
  });
  let pSum = 0;
  let qSum = 0;
  for (let j = 0; j < dims; j++) {
    pSum += pos[j]!;
    qSum += neg[j]!;
  }
  return Float64Array.from(pos, (p, j) => Math.log(p / pSum / (neg[j]! / qSum)));
}
