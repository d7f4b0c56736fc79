// `pnpm bench label`: the feedback labeller on the shared reference data sets: NLBSE'24 issue
// classification (one model per repo, 5-fold CV, with and without template stripping), forum
// sentences (18 imbalanced kinds) and app-review areas (multi-label, mixed encoding), plus
// training time, prediction time per ticket and model size. Reads ../shared in place; skips
// each data set that is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type EvalExample,
  type EvaluationReport,
  evaluateLabeller,
  predictLabels,
  serialiseModel,
  trainLabeller,
} from '@trailmap/core';
import { sharedDir } from '@trailmap/test-support';
import { readLabelledCsv } from '../src/label/readLabelledCsv';

const shared = sharedDir();
const data = (...parts: string[]) => join(shared, 'data', 'feedback', ...parts);
const FOLDS = 5;
// `LABEL_BENCH=speed,forum pnpm bench label` runs only those sections (nlbse, speed, forum, reviews).
const only = process.env.LABEL_BENCH?.split(',');
const wanted = (section: string) => !only || only.includes(section);

async function main(): Promise<void> {
  const nlbse = data('nlbse24', 'issues_train.csv');
  if (existsSync(nlbse)) {
    const { examples } = await readLabelledCsv(nlbse, {
      text: ['title', 'body'],
      label: ['label'],
      per: 'repo',
    });
    for (const strip of wanted('nlbse') ? [false, true] : []) {
      const r = timed(() => cv(examples, { stripTemplates: strip }));
      const groups = Object.entries(r.value.groups ?? {})
        .map(([g, m]) => `${g.split('/')[1]} ${m.macroF1.toFixed(3)}`)
        .join(', ');
      log(
        `NLBSE'24 issues, per repo, ${FOLDS}-fold CV${strip ? ', --strip-templates' : ''}`,
        `mean group F1 ${f3(r.value.meanGroupF1 ?? 0)} (${groups}); accuracy ${f3(r.value.accuracy)}; auto-applied on ${pct(r.value.coverage)} at ${pct(r.value.precisionApplied)} precision; ${r.seconds.toFixed(0)} s`,
      );
    }
    if (wanted('speed')) speed(examples.filter((e) => e.group === 'facebook/react'));
  } else skip(nlbse);

  const forum = data('forum-sentences', 'labelled_sentences.csv');
  if (!wanted('forum')) {
    // not requested
  } else if (existsSync(forum)) {
    const { examples } = await readLabelledCsv(forum, { text: ['sentence'], label: ['label'] });
    const r = timed(() => cv(examples, {}));
    const recall = Object.entries(r.value.perClass)
      .filter(([, c]) => c.support >= 50)
      .map(([l, c]) => `${l} ${c.recall.toFixed(2)}`)
      .join(', ');
    // The raw file spells some kinds several ways and holds a few stray labels with 1–3 rows; the
    // full macro F1 counts each as a class, so also report it over the labels with ≥ 20 rows.
    const common = Object.values(r.value.perClass).filter((c) => c.support >= 20);
    const commonF1 = common.reduce((a, c) => a + c.f1, 0) / Math.max(1, common.length);
    log(
      `Forum sentences (${examples.length}, imbalanced), ${FOLDS}-fold CV`,
      `macro F1 ${f3(r.value.macroF1)} over ${Object.keys(r.value.perClass).length} labels, ${f3(commonF1)} over the ${common.length} with ≥ 20 rows; accuracy ${f3(r.value.accuracy)}; recall of labels with ≥ 50 examples: ${recall}; ${r.seconds.toFixed(0)} s`,
    );
  } else skip(forum);

  const reviews = data('app-reviews', 'golden_set.csv');
  if (!wanted('reviews')) {
    // not requested
  } else if (existsSync(reviews)) {
    const label = ['class1', 'class2', 'class3', 'class4', 'class5'];
    const { examples } = await readLabelledCsv(reviews, { text: ['reviewText'], label });
    const r = timed(() => cv(examples, {}));
    log(
      `App-review areas (${examples.length}, multi-label, latin-1/mixed), ${FOLDS}-fold CV`,
      `micro F1 ${f3(r.value.microF1)}; macro F1 ${f3(r.value.macroF1)}; exact-set accuracy ${f3(r.value.accuracy)}; ${r.seconds.toFixed(0)} s`,
    );
  } else skip(reviews);
}

function cv(examples: EvalExample[], options: { stripTemplates?: boolean }): EvaluationReport {
  const r = evaluateLabeller({ mode: 'cross-validation', data: examples, folds: FOLDS, seed: 42 }, options);
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.value;
}

function speed(examples: EvalExample[]): void {
  const cpu0 = process.cpuUsage();
  const t = timed(() => trainLabeller(examples));
  const trainCpu = process.cpuUsage(cpu0);
  if (!t.value.ok) throw new Error(t.value.problems[0].message);
  const model = t.value.value;
  const size = serialiseModel(model).length;
  const rounds = 5;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const e of examples) predictLabels(model, e);
  const used = process.cpuUsage(cpu);
  const perTicket = (performance.now() - started) / (rounds * examples.length);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the queue.
  const cpuPerTicket = (used.user + used.system) / 1000 / (rounds * examples.length);
  log(
    `Speed (facebook/react, ${examples.length} tickets)`,
    `training ${t.seconds.toFixed(2)} s wall / ${((trainCpu.user + trainCpu.system) / 1e6).toFixed(2)} s CPU (incl. 3-fold calibration); prediction ${perTicket.toFixed(3)} ms wall / ${cpuPerTicket.toFixed(3)} ms CPU per ticket (title + body up to 3,000 chars); model ${(size / 1024).toFixed(0)} KiB JSON (${model.vocabSize} features × ${model.labels.length} labels)`,
  );
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function log(name: string, result: string): void {
  process.stdout.write(`| ${name} | ${result} |\n`);
}

function skip(path: string): void {
  process.stdout.write(`skipped: ${path} is absent (the shared reference data lives beside the repo)\n`);
}

const f3 = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
