import { sigmoid, softmax } from './calibration';
import { featurise } from './featurise';
import type { LabelModel } from './labelModel';
import { scoreLogits } from './linearScorer';
import { modelRuntime } from './modelRuntime';
import { prepareText } from './prepareText';

/** A label and the model's calibrated confidence in it (0–1). */
export interface LabelScore {
  label: string;
  confidence: number;
}

/** What the labeller says about one ticket. */
export interface LabelPrediction {
  /** The model version to record with every applied label. */
  modelVersion: string;
  /** Labels whose confidence reaches their threshold; empty when the labeller abstains. */
  labels: LabelScore[];
  /** Every label, most confident first: the suggestions to show when abstaining. */
  ranked: LabelScore[];
  /** True when no label is confident enough. */
  abstained: boolean;
  /** Single-label model (one kind per ticket) or multi-label (any number of area labels). */
  exclusive: boolean;
  /** `suggest` when the model was trained on too little data to apply labels on its own. */
  mode: 'apply' | 'suggest';
}

/** A ticket to label. */
export interface TicketText {
  title: string;
  body?: string;
}

/**
 * Labels one ticket with calibrated confidences, abstaining below the per-label thresholds.
 * Never throws on any text (empty, huge, any Unicode); throws only for a model object that did
 * not come from `trainLabeller` / `deserialiseModel` and is corrupt, which is a bug.
 *
 * @example
 * const p = predictLabels(model, { title: 'Crash when saving', body: 'TypeError at …' });
 * p.abstained ? p.ranked[0] : p.labels; // => [{ label: 'bug', confidence: 0.93 }]
 */
export function predictLabels(model: LabelModel, ticket: TicketText): LabelPrediction {
  const runtime = modelRuntime(model);
  if (!runtime.ok) throw new Error(runtime.problems[0].message);
  const vector = featurise(prepareText(ticket.title, ticket.body ?? '', model.prepare), model.features);
  const z = scoreLogits(runtime.value, vector);
  const probs = model.exclusive
    ? softmax(z, model.temperature)
    : Array.from(z, (v, o) => sigmoid(model.platt[o]!.a * v + model.platt[o]!.b));
  const scored = model.labels.map((label, i) => ({
    label,
    confidence: probs[i]!,
    threshold: model.thresholds[i]!,
  }));
  const ranked = [...scored].sort((a, b) => b.confidence - a.confidence);
  const passing = model.exclusive ? ranked.slice(0, 1) : ranked;
  const labels = passing
    .filter((s) => s.confidence >= s.threshold)
    .map(({ label, confidence }) => ({ label, confidence }));
  return {
    modelVersion: model.version,
    labels,
    ranked: ranked.map(({ label, confidence }) => ({ label, confidence })),
    abstained: labels.length === 0,
    exclusive: model.exclusive,
    mode: model.readiness.mode,
  };
}

/**
 * The labels an evaluation scores: what the labeller would apply, or, when it abstains, its best
 * guess (the top label), so accuracy figures compare with published classifiers that never abstain.
 *
 * @example
 * forcedLabels(predictLabels(model, { title: 'Crash' })); // => ['bug']
 */
export function forcedLabels(prediction: LabelPrediction): string[] {
  if (prediction.exclusive || prediction.labels.length === 0)
    return prediction.ranked.slice(0, 1).map((s) => s.label);
  return prediction.labels.map((s) => s.label);
}
