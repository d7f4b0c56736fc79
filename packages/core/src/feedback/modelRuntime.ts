import type { Problem, Result } from '../model/problem';
import type { LabelModel } from './labelModel';
import { type LinearScorer, makeScorer } from './linearScorer';
import { unpackVocab, unpackWeights } from './modelCodec';

const cache = new WeakMap<LabelModel, LinearScorer>();

/**
 * The unpacked, ready-to-score form of a model, decoded once per model object and cached (the
 * model itself stays a plain JSON object). Fails, as data, when the packed weights are corrupt.
 *
 * @example
 * const r = modelRuntime(model);
 * if (r.ok) r.value.dims; // => number of weighted buckets
 */
export function modelRuntime(model: LabelModel): Result<LinearScorer> {
  const hit = cache.get(model);
  if (hit) return { ok: true, value: hit };
  const k = model.labels.length;
  const vocab = unpackVocab(model.vocab, model.vocabSize);
  if (!vocab) return corrupt('vocab', 'the vocabulary block is corrupt or has the wrong length');
  const weights = unpackWeights(model.weights, model.scales, k, model.vocabSize);
  if (!weights)
    return corrupt('weights', 'the weight block is corrupt or does not match labels × vocabulary');
  for (const [field, list] of [
    ['bias', model.bias],
    ['thresholds', model.thresholds],
    ['platt', model.platt],
  ] as const) {
    if (list.length !== k) return corrupt(field, `has ${list.length} entries for ${k} labels`);
  }
  const scorer = makeScorer(vocab, weights, Float64Array.from(model.bias));
  cache.set(model, scorer);
  return { ok: true, value: scorer };
}

function corrupt(field: string, message: string): { ok: false; problems: [Problem] } {
  return { ok: false, problems: [{ field, code: 'corrupt_model', message: `model ${field}: ${message}` }] };
}
