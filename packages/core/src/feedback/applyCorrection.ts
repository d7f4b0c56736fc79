import type { Result } from '../model/problem';
import { featurise } from './featurise';
import type { LabelModel } from './labelModel';
import { labelKey } from './labelNames';
import { modelRuntime } from './modelRuntime';
import { packModelWeights } from './packModelWeights';
import { prepareText } from './prepareText';

/** A human's correction: the ticket and the labels it carries now. */
export interface LabelCorrection {
  title: string;
  body?: string;
  /** The labels the human left on (or put on) the ticket, in this model's label space. */
  labels: readonly string[];
  /** Labels the human took off; for a multi-label model these are the only negatives learnt. */
  removed?: readonly string[];
}

/** Options of {@link applyCorrection}. */
export interface CorrectionOptions {
  /** Step size of each update. Default 0.5. */
  learningRate?: number;
  /** Update steps at most; stops earlier once the ticket is on the right side with margin. Default 8. */
  maxSteps?: number;
  maxModelBytes?: number;
}

/**
 * Learns from one human correction without retraining: squared-hinge gradient steps on that
 * ticket until each corrected label sits on the human's side of its decision boundary, adding
 * a label the model has not seen before. Returns a new model (revision + 1, new version); the
 * input is not modified. For a single-label model every other label is a negative; for a
 * multi-label model only the labels given and those removed are learnt, since the absence of
 * an area label says little.
 *
 * @example
 * const r = applyCorrection(model, { title: 'Invoice totals wrong', labels: ['billing'], removed: ['ui'] });
 * if (r.ok) r.value.revision; // => model.revision + 1
 */
export function applyCorrection(
  model: LabelModel,
  correction: LabelCorrection,
  options: CorrectionOptions = {},
): Result<LabelModel> {
  const runtime = modelRuntime(model);
  if (!runtime.ok) return runtime;
  const want = new Set(correction.labels.map(labelKey).filter(Boolean));
  if (model.exclusive && want.size !== 1) {
    return {
      ok: false,
      problems: [
        {
          field: 'labels',
          code: 'invalid',
          message: `a single-label model needs exactly one label; got ${want.size}`,
        },
      ],
    };
  }
  const labels = [...model.labels];
  const keys = labels.map(labelKey);
  for (const label of correction.labels) {
    if (labelKey(label) && !keys.includes(labelKey(label))) {
      labels.push(label.trim());
      keys.push(labelKey(label));
    }
  }
  const vector = featurise(
    prepareText(correction.title, correction.body ?? '', model.prepare),
    model.features,
  );
  const old = runtime.value;
  const vocabSet = new Set<number>(old.lookup.keys());
  for (const id of vector.indices) vocabSet.add(id);
  const vocab = Int32Array.from(vocabSet).sort();
  const dims = vocab.length;
  const weights = new Float64Array(labels.length * dims);
  const bias = new Float64Array(labels.length);
  vocab.forEach((id, j) => {
    const col = old.lookup.get(id);
    if (col === undefined) return;
    for (let o = 0; o < old.labels; o++) weights[o * dims + j] = old.weights[o * old.dims + col]!;
  });
  bias.set(old.bias);
  // New labels start below every decision boundary.
  for (let o = old.labels; o < labels.length; o++) bias[o] = -1;
  const local = Int32Array.from(vector.indices, (id) => binarySearch(vocab, id));
  const removed = new Set((correction.removed ?? []).map(labelKey));
  const rate = options.learningRate ?? 0.5;
  for (let o = 0; o < labels.length; o++) {
    const key = keys[o]!;
    const y = want.has(key) ? 1 : model.exclusive || removed.has(key) ? -1 : 0;
    if (y === 0) continue;
    for (let step = 0; step < (options.maxSteps ?? 8); step++) {
      let z = bias[o]!;
      for (let p = 0; p < local.length; p++) z += weights[o * dims + local[p]!]! * vector.values[p]!;
      const slack = 1 - y * z;
      if (slack <= 0) break;
      for (let p = 0; p < local.length; p++)
        weights[o * dims + local[p]!]! += rate * slack * y * vector.values[p]!;
      bias[o]! += rate * slack * y * 0.1;
    }
  }
  const packed = packModelWeights(
    { vocab, weights, bias },
    labels.length,
    options.maxModelBytes ?? 4_500_000,
  );
  const revision = model.revision + 1;
  const added = labels.length - model.labels.length;
  const perLabel = { ...model.training.perLabel };
  for (const o of keys.flatMap((k, i) => (want.has(k) ? [i] : [])))
    perLabel[labels[o]!] = (perLabel[labels[o]!] ?? 0) + 1;
  return {
    ok: true,
    value: {
      ...model,
      version: `${model.version.replace(/\.r\d+$/, '')}.r${revision}`,
      revision,
      labels,
      ...packed,
      platt: [...model.platt, ...Array.from({ length: added }, () => ({ a: 1, b: 0 }))],
      thresholds: [
        ...model.thresholds,
        ...Array.from({ length: added }, () => (model.exclusive ? 0.9 : 0.5)),
      ],
      training: { ...model.training, perLabel, corrections: model.training.corrections + 1 },
    },
  };
}

function binarySearch(sorted: Int32Array, id: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
