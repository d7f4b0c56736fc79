import type { Problem, Result } from '../model/problem';
import { fitPlatt, fitTemperature, sigmoid, softmax } from './calibration';
import { chooseExclusiveThresholds, chooseMultiThresholds } from './chooseThresholds';
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig, featurise, type SparseVector } from './featurise';
import { DEFAULT_ENSEMBLE_OPTIONS, type EnsembleOptions, fitEnsemble, type Targets } from './fitEnsemble';
import { hashString } from './hashString';
import { labelMetrics } from './labelMetrics';
import { LABEL_MODEL_FORMAT, LABEL_MODEL_SCHEMA_VERSION, type LabelModel } from './labelModel';
import { canonicalSpellings, labelKey } from './labelNames';
import { makeScorer, scoreLogits } from './linearScorer';
import { packModelWeights } from './packModelWeights';
import { prepareText } from './prepareText';
import { stratifiedFolds } from './stratifiedFolds';

/** One labelled ticket: its title, body and the labels a human gave it. */
export interface LabelExample {
  title: string;
  body?: string;
  labels: readonly string[];
}

/** Training options; every default is meant to hold on a team's own tracker, untuned. */
export interface TrainOptions {
  /** One label per ticket? Default: yes unless some example carries several labels. */
  exclusive?: boolean;
  /** Remove issue-template scaffolding before learning (see `prepareText`). Default false. */
  stripTemplates?: boolean;
  maxBodyChars?: number;
  features?: Partial<FeatureConfig>;
  ensemble?: Partial<EnsembleOptions>;
  /** Held-out folds used to calibrate confidences and pick thresholds. Default 3; 0 skips calibration. */
  calibrationFolds?: number;
  /** Precision a label must reach on held-out tickets before it is applied automatically. Default 0.85. */
  targetPrecision?: number;
  /** Labels with fewer examples are not learnt (reported in `readiness.reasons`). Default 3. */
  minLabelSupport?: number;
  /** Fewer examples than this, and the model only suggests. Default 40. */
  minExamplesToApply?: number;
  /** Upper bound of the packed model in bytes; weakest features are pruned to fit. Default 4.5 MB. */
  maxModelBytes?: number;
  seed?: number;
}

/**
 * Trains a labeller from labelled tickets: hashed word and character n-grams, an ensemble of a
 * plain and an NB-weighted logistic regression, confidences calibrated on held-out folds
 * (temperature for single-label, Platt per label for multi-label) and per-label thresholds below
 * which the labeller abstains. Runs in seconds on a few hundred tickets.
 *
 * @example
 * const r = trainLabeller([{ title: 'App crashes', labels: ['bug'] }, { title: 'Please add dark mode', labels: ['feature request'] }]);
 * if (r.ok) r.value.readiness.mode; // => 'suggest' (too little data to apply labels)
 */
export function trainLabeller(
  examples: readonly LabelExample[],
  options: TrainOptions = {},
): Result<LabelModel> {
  const minSupport = options.minLabelSupport ?? 3;
  const spellings = canonicalSpellings(examples.map((e) => e.labels));
  const support = new Map<string, number>();
  for (const e of examples)
    for (const key of new Set(e.labels.map(labelKey))) support.set(key, (support.get(key) ?? 0) + 1);
  const reasons: string[] = [];
  const kept = [...support].filter(([key, n]) => key && n >= minSupport).map(([key]) => key);
  for (const [key, n] of support) {
    if (key && n < minSupport)
      reasons.push(`label "${spellings.get(key)}" has ${n} example(s); ${minSupport} needed to learn it`);
  }
  const labels = kept.map((k) => spellings.get(k)!).sort();
  const index = new Map(labels.map((l, i) => [labelKey(l), i]));
  const rows = examples
    .map((e) => ({
      e,
      set: [...new Set(e.labels.map((l) => index.get(labelKey(l))))].filter((i) => i !== undefined),
    }))
    .filter((r) => r.set.length > 0);
  const exclusive = options.exclusive ?? !rows.some((r) => r.set.length > 1);
  const problem = checkTrainable(labels, rows.length);
  if (problem) return { ok: false, problems: [problem] };

  const prepare = {
    stripTemplates: options.stripTemplates ?? false,
    maxBodyChars: options.maxBodyChars ?? 3000,
  };
  const features = { ...DEFAULT_FEATURE_CONFIG, ...options.features };
  const ensemble = { ...DEFAULT_ENSEMBLE_OPTIONS, ...options.ensemble };
  const vectors = rows.map((r) => featurise(prepareText(r.e.title, r.e.body ?? '', prepare), features));
  // Exclusive rows that came with several labels keep the first one (in label order).
  const sets = rows.map((r) => (exclusive ? [Math.min(...r.set)] : r.set.sort((a, b) => a - b)));
  const targets = toTargets(sets, exclusive);

  const calibration = calibrate(vectors, sets, targets, labels.length, ensemble, options);
  const fit = fitEnsemble(vectors, targets, labels.length, ensemble);
  const packed = packModelWeights(fit, labels.length, options.maxModelBytes ?? 4_500_000);

  const perLabel = Object.fromEntries(labels.map((l, i) => [l, sets.filter((s) => s.includes(i)).length]));
  const minApply = options.minExamplesToApply ?? 40;
  if (rows.length < minApply)
    reasons.push(`only ${rows.length} labelled examples; ${minApply} needed before labels are applied`);
  for (const [label, n] of Object.entries(perLabel)) {
    if (n < 8) reasons.push(`label "${label}" has only ${n} examples; it is suggested, not applied`);
  }
  if (calibration.heldOut && calibration.heldOut.macroF1 < 0.5) {
    reasons.push(
      `held-out macro F1 is ${calibration.heldOut.macroF1.toFixed(2)}; labels are suggested until it reaches 0.50`,
    );
  }
  const blocking = rows.length < minApply || !calibration.heldOut || calibration.heldOut.macroF1 < 0.5;
  const fingerprint = hashString(rows.map((r, i) => `${r.e.title}\u0001${sets[i]!.join(',')}`).join('\u0002'))
    .toString(16)
    .padStart(8, '0');
  return {
    ok: true,
    value: {
      format: LABEL_MODEL_FORMAT,
      schemaVersion: LABEL_MODEL_SCHEMA_VERSION,
      version: `lbl-${fingerprint}.r0`,
      revision: 0,
      exclusive,
      labels,
      prepare,
      features,
      ...packed,
      temperature: calibration.temperature,
      platt: calibration.platt,
      thresholds: calibration.thresholds,
      readiness: { mode: blocking ? 'suggest' : 'apply', reasons },
      training: {
        examples: rows.length,
        perLabel,
        ...(calibration.heldOut ? { heldOut: calibration.heldOut } : {}),
        corrections: 0,
      },
    },
  };
}

function checkTrainable(labels: string[], rows: number): Problem | undefined {
  if (rows === 0)
    return { field: 'examples', code: 'missing', message: 'no labelled examples to learn from' };
  if (labels.length === 0)
    return { field: 'labels', code: 'too_few', message: 'no label has enough examples to learn' };
  if (labels.length === 1) {
    return {
      field: 'labels',
      code: 'too_few',
      message: `only one label ("${labels[0]}") has enough examples; at least two are needed to tell them apart`,
    };
  }
  return undefined;
}

function toTargets(sets: number[][], exclusive: boolean): Targets {
  return exclusive
    ? { exclusive: true, labels: Int32Array.from(sets, (s) => s[0]!) }
    : { exclusive: false, labels: sets };
}

interface Calibration {
  temperature: number;
  platt: { a: number; b: number }[];
  thresholds: number[];
  heldOut?: { accuracy: number; macroF1: number; coverage: number; precisionApplied: number };
}

// Out-of-fold logits from `folds` models, then temperature/Platt and thresholds fitted on them.
function calibrate(
  vectors: SparseVector[],
  sets: number[][],
  targets: Targets,
  k: number,
  ensemble: EnsembleOptions,
  options: TrainOptions,
): Calibration {
  const folds = Math.min(options.calibrationFolds ?? 3, Math.floor(vectors.length / 4));
  const identity = { a: 1, b: 0 };
  const fallback: Calibration = {
    temperature: 1,
    platt: Array.from({ length: k }, () => identity),
    thresholds: Array.from({ length: k }, () => (targets.exclusive ? 0.9 : 0.5)),
  };
  if (folds < 2) return fallback;
  const assignment = stratifiedFolds(
    sets.map((s) => String(s[0])),
    folds,
    options.seed ?? 17,
  );
  const logits: Float64Array[] = new Array(vectors.length);
  for (let f = 0; f < folds; f++) {
    const train = vectors.flatMap((_, i) => (assignment[i] === f ? [] : [i]));
    const fit = fitEnsemble(
      train.map((i) => vectors[i]!),
      subsetTargets(targets, train),
      k,
      ensemble,
    );
    const scorer = makeScorer(fit.vocab, fit.weights, fit.bias);
    vectors.forEach((v, i) => {
      if (assignment[i] === f) logits[i] = scoreLogits(scorer, v);
    });
  }
  const labelNames = Array.from({ length: k }, (_, i) => String(i));
  if (targets.exclusive) {
    const temperature = fitTemperature(logits, Array.from(targets.labels));
    const preds = logits.map((z, i) => {
      const p = softmax(z, temperature);
      const label = argmax(p);
      return { label, confidence: p[label]!, correct: label === targets.labels[i] };
    });
    const thresholds = chooseExclusiveThresholds(preds, k, options.targetPrecision ?? 0.85);
    const applied = preds.filter((p) => p.confidence >= thresholds[p.label]!);
    const m = labelMetrics(
      sets.map((s) => s.map((i) => labelNames[i]!)),
      preds.map((p) => [labelNames[p.label]!]),
      true,
    );
    return {
      temperature,
      platt: fallback.platt,
      thresholds,
      heldOut: {
        accuracy: m.accuracy,
        macroF1: m.macroF1,
        coverage: applied.length / preds.length,
        precisionApplied: applied.length ? applied.filter((p) => p.correct).length / applied.length : 0,
      },
    };
  }
  const truth = sets.map((s) => Array.from({ length: k }, (_, o) => (s.includes(o) ? 1 : 0)));
  const platt = Array.from({ length: k }, (_, o) =>
    fitPlatt(
      logits.map((z) => z[o]!),
      truth.map((t) => t[o]!),
    ),
  );
  const probs = logits.map((z) => Array.from(z, (v, o) => sigmoid(platt[o]!.a * v + platt[o]!.b)));
  const thresholds = chooseMultiThresholds(probs, truth, k);
  const chosen = probs.map((p) => p.flatMap((v, o) => (v >= thresholds[o]! ? [o] : [])));
  const decided = chosen.map((c, i) => (c.length ? c : [argmax(probs[i]!)]));
  const m = labelMetrics(
    sets.map((s) => s.map((i) => labelNames[i]!)),
    decided.map((s) => s.map((i) => labelNames[i]!)),
    false,
  );
  const appliedCount = chosen.reduce((n, c) => n + c.length, 0);
  const appliedRight = chosen.reduce((n, c, i) => n + c.filter((o) => sets[i]!.includes(o)).length, 0);
  return {
    temperature: 1,
    platt,
    thresholds,
    heldOut: {
      accuracy: m.accuracy,
      macroF1: m.macroF1,
      coverage: chosen.filter((c) => c.length > 0).length / chosen.length,
      precisionApplied: appliedCount ? appliedRight / appliedCount : 0,
    },
  };
}

function subsetTargets(targets: Targets, rows: number[]): Targets {
  return targets.exclusive
    ? { exclusive: true, labels: Int32Array.from(rows, (i) => targets.labels[i]!) }
    : { exclusive: false, labels: rows.map((i) => targets.labels[i]!) };
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
