import { readFile } from 'node:fs/promises';
import {
  applyRules,
  type CompiledRules,
  compileRules,
  deserialiseModel,
  type EvaluationPlan,
  evaluateLabeller,
  type LabelModel,
  predictLabels,
  serialiseModel,
  TeamRuleSchema,
  trainLabeller,
} from '@trailmap/core';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { InputError, UsageError } from '../errors';
import { columnList, readLabelledCsv } from '../label/readLabelledCsv';
import { evaluationJson, evaluationTable } from '../label/renderEvaluation';
import { type PredictedRow, predictionsJson, predictionsTable } from '../label/renderPredictions';
import { toUserMessage } from '../toUserMessage';
import { writeOutputFile } from '../writeOutputFile';

/** Options of `trailmap label eval`. */
export interface LabelEvalOptions {
  train?: string;
  test?: string;
  data?: string;
  folds?: string;
  text: string;
  label: string;
  per?: string;
  stripTemplates?: boolean;
  seed?: string;
  format: 'table' | 'json';
}

/** Registers `trailmap label` with its `train`, `predict` and `eval` subcommands. */
export function registerLabel(program: Command): void {
  const label = program
    .command('label')
    .description('Auto-label feedback tickets: train, predict, evaluate.');
  label
    .command('train')
    .description('Train a labeller from a CSV of labelled tickets and write the model JSON.')
    .argument('<csv>', 'labelled tickets')
    .requiredOption('--text <cols>', 'text columns, comma-separated; the first is the title')
    .requiredOption('--label <cols>', 'label column(s); several columns (class1,…,class5) = multi-label')
    .option('--out <file>', 'where to write the model', 'model.json')
    .option('--strip-templates', 'drop issue-template headings, checklists and title tags first')
    .action(
      async (csv: string, o: { text: string; label: string; out: string; stripTemplates?: boolean }) => {
        process.stdout.write(await runLabelTrain(csv, o));
      },
    );
  label
    .command('predict')
    .description('Label each row of a CSV with a trained model: labels with confidence, or "abstained".')
    .argument('<csv>', 'tickets to label')
    .requiredOption('--model <file>', 'model JSON from `label train`')
    .option('--text <cols>', 'text columns, comma-separated; the first is the title', 'title,body')
    .option(
      '--rules <file>',
      'team rules JSON: [{ "label", "action": "force"|"block", "keywords"?, "pattern"? }]',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      async (csv: string, o: { model: string; text: string; rules?: string; format: 'table' | 'json' }) => {
        process.stdout.write(await runLabelPredict(csv, o));
      },
    );
  label
    .command('eval')
    .description('Evaluate the labeller: --train/--test, or --data with --folds (stratified, seeded).')
    .option('--train <csv>', 'training tickets (with --test)')
    .option('--test <csv>', 'test tickets (with --train)')
    .option('--data <csv>', 'tickets for cross-validation (with --folds)')
    .option('--folds <k>', 'number of folds for --data', '5')
    .requiredOption('--text <cols>', 'text columns, comma-separated; the first is the title')
    .requiredOption('--label <cols>', 'label column(s); several columns = multi-label')
    .option('--per <col>', 'one model per value of this column (e.g. repo)')
    .option('--strip-templates', 'drop issue-template headings, checklists and title tags first')
    .option('--seed <n>', 'fold seed', '42')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: LabelEvalOptions) => {
      const { stdout, stderr } = await runLabelEval(o);
      if (stderr) process.stderr.write(stderr);
      process.stdout.write(stdout);
    });
}

/**
 * `label train`: reads, trains, writes the model; returns the summary to print.
 *
 * @example
 * await runLabelTrain('issues.csv', { text: 'title,body', label: 'label', out: 'model.json' });
 */
export async function runLabelTrain(
  csv: string,
  o: { text: string; label: string; out: string; stripTemplates?: boolean },
): Promise<string> {
  const { examples, unlabelled } = await readLabelledCsv(csv, {
    text: columnList(o.text),
    label: columnList(o.label),
  });
  const started = performance.now();
  const trained = trainLabeller(examples, { stripTemplates: o.stripTemplates === true });
  if (!trained.ok) throw new InputError({ file: csv, message: toUserMessage(trained.problems) });
  const seconds = (performance.now() - started) / 1000;
  const model = trained.value;
  const json = serialiseModel(model);
  await writeOutputFile(o.out, json, { what: 'the model', remedy: 'choose another --out path' });
  const held = model.training.heldOut;
  return [
    `trained ${model.version} on ${model.training.examples} tickets in ${seconds.toFixed(1)} s (${model.exclusive ? 'one label per ticket' : 'multi-label'}; ${unlabelled} unlabelled rows skipped)`,
    `labels: ${model.labels.map((l) => `${l} (${model.training.perLabel[l]})`).join(', ')}`,
    held
      ? `held-out: accuracy ${(held.accuracy * 100).toFixed(1)}%, macro F1 ${held.macroF1.toFixed(3)}; applies labels on ${(held.coverage * 100).toFixed(0)}% of tickets at ${(held.precisionApplied * 100).toFixed(0)}% precision`
      : 'held-out: too few tickets to calibrate',
    `mode: ${model.readiness.mode}${model.readiness.reasons.length ? ` — ${model.readiness.reasons.join('; ')}` : ''}`,
    `wrote ${o.out} (${(json.length / 1024).toFixed(0)} KiB)`,
    '',
  ].join('\n');
}

/**
 * `label predict`: labels every row; returns the table or JSON.
 *
 * @example
 * await runLabelPredict('new.csv', { model: 'model.json', text: 'title,body', format: 'json' });
 */
export async function runLabelPredict(
  csv: string,
  o: { model: string; text: string; rules?: string; format: 'table' | 'json' },
): Promise<string> {
  const model = await readModel(o.model);
  const rules = o.rules ? await readRules(o.rules) : { rules: [] };
  const { examples } = await readLabelledCsv(csv, { text: columnList(o.text) });
  const rows: PredictedRow[] = examples.map((ex) => {
    const p = predictLabels(model, ex);
    const labels = applyRules(p, ex, rules);
    return {
      row: ex.row,
      title: ex.title,
      modelVersion: p.modelVersion,
      labels,
      abstained: labels.length === 0,
      suggestions: p.ranked.slice(0, 3),
      mode: p.mode,
    };
  });
  return o.format === 'json' ? predictionsJson(rows) : predictionsTable(rows);
}

/**
 * `label eval`: the fixed evaluation interface the benchmark and outside checks use.
 *
 * @example
 * (await runLabelEval({ data: 'issues.csv', folds: '5', text: 'title,body', label: 'label', per: 'repo', format: 'json' })).stdout;
 */
export async function runLabelEval(o: LabelEvalOptions): Promise<{ stdout: string; stderr: string }> {
  const crossValidating = o.data !== undefined;
  if (crossValidating === (o.train !== undefined || o.test !== undefined)) {
    throw new UsageError('give either --data <csv> with --folds <k>, or --train <csv> with --test <csv>');
  }
  if (!crossValidating && (o.train === undefined || o.test === undefined)) {
    throw new UsageError('--train and --test go together');
  }
  const columns = { text: columnList(o.text), label: columnList(o.label), ...(o.per ? { per: o.per } : {}) };
  if (columns.label.length === 0) throw new UsageError('--label needs at least one column name');
  const seed = Number(o.seed ?? '42');
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${o.seed}"`);
  let plan: EvaluationPlan;
  let skipped = 0;
  if (crossValidating) {
    const folds = Number(o.folds ?? '5');
    if (!Number.isInteger(folds) || folds < 2)
      throw new UsageError(`--folds must be an integer ≥ 2, got "${o.folds}"`);
    const data = await readLabelledCsv(o.data!, columns);
    skipped = data.unlabelled;
    plan = { mode: 'cross-validation', data: data.examples, folds, seed };
  } else {
    const [train, test] = await Promise.all([
      readLabelledCsv(o.train!, columns),
      readLabelledCsv(o.test!, columns),
    ]);
    skipped = train.unlabelled + test.unlabelled;
    plan = { mode: 'train-test', train: train.examples, test: test.examples };
  }
  const result = evaluateLabeller(plan, { stripTemplates: o.stripTemplates === true, seed });
  if (!result.ok) throw new UsageError(toUserMessage(result.problems));
  const stderr = skipped ? `trailmap: warning: ${skipped} rows without a label were skipped\n` : '';
  return {
    stdout: o.format === 'json' ? evaluationJson(result.value) : evaluationTable(result.value),
    stderr,
  };
}

async function readModel(file: string): Promise<LabelModel> {
  const parsed = deserialiseModel(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new InputError({ file, message: toUserMessage(parsed.problems) });
  return parsed.value;
}

async function readRules(file: string): Promise<CompiledRules> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new InputError({ file, message: `not valid JSON (${error.message})` });
    throw error;
  }
  const rules = z.array(TeamRuleSchema).safeParse(raw);
  if (!rules.success) {
    const issue = rules.error.issues[0];
    throw new InputError({
      file,
      message: `expected a JSON array of rules: ${issue?.path.join('.')} ${issue?.message}`,
    });
  }
  const compiled = compileRules(rules.data);
  if (!compiled.ok) throw new InputError({ file, message: toUserMessage(compiled.problems) });
  return compiled.value;
}
