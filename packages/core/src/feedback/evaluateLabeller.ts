import type { Result } from '../model/problem';
import { type LabelMetrics, labelMetrics } from './labelMetrics';
import { canonicalSpellings, labelKey } from './labelNames';
import { forcedLabels, predictLabels } from './predictLabels';
import { stratifiedFolds } from './stratifiedFolds';
import { type LabelExample, type TrainOptions, trainLabeller } from './trainLabeller';

/** A labelled ticket for evaluation, optionally in a group (e.g. its repository) that gets its own model. */
export interface EvalExample extends LabelExample {
  group?: string;
}

/** Metrics of an evaluation, plus how often the labeller would have abstained. */
export interface EvaluationReport extends LabelMetrics {
  /** Share of tickets on which the labeller was confident enough to apply a label. */
  coverage: number;
  /** Share of automatically applied labels that were right. */
  precisionApplied: number;
  /** With groups: the same metrics for each group's own model. */
  groups?: Record<string, LabelMetrics & { coverage: number; precisionApplied: number }>;
  /** With groups: the mean over groups of each group's macro F1. */
  meanGroupF1?: number;
}

/** How to evaluate: cross-validation or a fixed train/test split. */
export type EvaluationPlan =
  | { mode: 'cross-validation'; data: readonly EvalExample[]; folds: number; seed?: number }
  | { mode: 'train-test'; train: readonly EvalExample[]; test: readonly EvalExample[] };

/**
 * Evaluates the labeller as a team would meet it: one model per group when examples carry
 * groups, seeded stratified k-fold or a fixed split, scoring the label(s) the labeller would
 * choose (its top label when it would abstain). Also reports coverage and precision of the
 * labels it would have applied automatically.
 *
 * @example
 * const r = evaluateLabeller({ mode: 'cross-validation', data: examples, folds: 5 });
 * if (r.ok) r.value.macroF1; // => 0.8…
 */
export function evaluateLabeller(plan: EvaluationPlan, options: TrainOptions = {}): Result<EvaluationReport> {
  const all = plan.mode === 'cross-validation' ? plan.data : [...plan.train, ...plan.test];
  const spellings = canonicalSpellings(all.map((e) => e.labels));
  const canon = (labels: readonly string[]) => [
    ...new Set(labels.map((l) => spellings.get(labelKey(l))).filter((l): l is string => !!l)),
  ];
  const grouped = all.some((e) => e.group !== undefined);
  const groupNames = grouped ? [...new Set(all.map((e) => e.group ?? ''))].sort() : [''];
  const gold: string[][] = [];
  const predicted: string[][] = [];
  let applied = 0;
  let appliedLabels = 0;
  let appliedRight = 0;
  let exclusive = true;
  const groups: NonNullable<EvaluationReport['groups']> = {};
  for (const name of groupNames) {
    const inGroup = (e: EvalExample) => !grouped || (e.group ?? '') === name;
    const runs = splits(plan, inGroup, canon);
    const g: string[][] = [];
    const p: string[][] = [];
    let gApplied = 0;
    let gLabels = 0;
    let gRight = 0;
    for (const run of runs) {
      const trained = trainLabeller(run.train, options);
      if (!trained.ok) {
        const where = grouped ? ` (group "${name}")` : '';
        const [first, ...rest] = trained.problems;
        return { ok: false, problems: [{ ...first, message: `${first.message}${where}` }, ...rest] };
      }
      exclusive = trained.value.exclusive;
      for (const ex of run.test) {
        const prediction = predictLabels(trained.value, ex);
        const truth = canon(ex.labels);
        g.push(truth);
        p.push(forcedLabels(prediction));
        if (!prediction.abstained) gApplied++;
        gLabels += prediction.labels.length;
        gRight += prediction.labels.filter((s) => truth.includes(s.label)).length;
      }
    }
    gold.push(...g);
    predicted.push(...p);
    applied += gApplied;
    appliedLabels += gLabels;
    appliedRight += gRight;
    if (grouped) {
      groups[name] = {
        ...labelMetrics(g, p, exclusive),
        coverage: g.length ? gApplied / g.length : 0,
        precisionApplied: gLabels ? gRight / gLabels : 0,
      };
    }
  }
  const overall = labelMetrics(gold, predicted, exclusive);
  const report: EvaluationReport = {
    ...overall,
    coverage: gold.length ? applied / gold.length : 0,
    precisionApplied: appliedLabels ? appliedRight / appliedLabels : 0,
  };
  if (grouped) {
    const f1s = Object.values(groups).map((m) => m.macroF1);
    report.groups = groups;
    report.meanGroupF1 = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
  }
  return { ok: true, value: report };
}

function splits(
  plan: EvaluationPlan,
  inGroup: (e: EvalExample) => boolean,
  canon: (labels: readonly string[]) => string[],
): { train: LabelExample[]; test: EvalExample[] }[] {
  const fix = (e: EvalExample): LabelExample => ({
    title: e.title,
    body: e.body ?? '',
    labels: canon(e.labels),
  });
  if (plan.mode === 'train-test') {
    return [{ train: plan.train.filter(inGroup).map(fix), test: plan.test.filter(inGroup) }];
  }
  const data = plan.data.filter(inGroup);
  const folds = stratifiedFolds(
    data.map((e) => canon(e.labels)[0] ?? ''),
    plan.folds,
    plan.seed ?? 42,
  );
  return Array.from({ length: plan.folds }, (_, f) => ({
    train: data.filter((_, i) => folds[i] !== f).map(fix),
    test: data.filter((_, i) => folds[i] === f),
  })).filter((run) => run.test.length > 0);
}
