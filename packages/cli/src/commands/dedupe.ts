import { type DuplicateEvaluation, evaluateDuplicates } from '@trailmap/core';
import Table from 'cli-table3';
import { type Command, Option } from 'commander';
import { readPairsCsv, readReportCsv } from '../dedupe/readDuplicateCsv';
import { InputError, UsageError } from '../errors';
import { columnList } from '../label/readLabelledCsv';
import { runDedupeExports } from './dedupeExports';

/** Options of `trailmap dedupe eval`. */
export interface DedupeEvalOptions {
  data: string;
  pairs: string;
  id: string;
  text: string;
  format: 'table' | 'json';
}

/** Registers `trailmap dedupe <export…>` and `trailmap dedupe eval`. */
export function registerDedupe(program: Command): void {
  const dedupe = program
    .command('dedupe')
    .description('List likely duplicate issues across Jira and Linear exports, or evaluate the ranking.')
    .argument('[exports...]', 'Jira CSV, Linear CSV or Trailmap JSON exports, in any mix')
    // No default here: commander hands `dedupe eval --format json` to this parent option.
    .addOption(new Option('--format <format>', 'output format (default table)').choices(['table', 'json']))
    .option('--suggest', 'also list pairs at the suggest threshold')
    .action(async (exports: string[], o: { format?: 'table' | 'json'; suggest?: boolean }) => {
      if (exports.length === 0)
        throw new UsageError(
          'give one or more exports (trailmap dedupe <export> […]) or use `trailmap dedupe eval`',
        );
      const { stdout, stderr } = await runDedupeExports(exports, { ...o, format: o.format ?? 'table' });
      if (stderr) process.stderr.write(stderr);
      process.stdout.write(stdout);
    });
  dedupe
    .command('eval')
    .description('Recall@1/5/10 and MRR of duplicate ranking on known duplicate pairs.')
    .requiredOption('--data <csv>', 'the reports')
    .requiredOption('--pairs <csv>', 'known duplicates: a report id, then the id of the report it duplicates')
    .requiredOption('--id <column>', 'the id column of --data')
    .requiredOption('--text <cols>', 'text columns: <title col>,<body col>')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: DedupeEvalOptions, command: Command) => {
      const parentFormat = command.parent?.opts().format as DedupeEvalOptions['format'] | undefined;
      const { stdout, stderr } = await runDedupeEval({ ...o, format: parentFormat ?? o.format });
      if (stderr) process.stderr.write(stderr);
      process.stdout.write(stdout);
    });
}

/**
 * `dedupe eval`: for each pair whose two ids are in --data, ranks every other report for the
 * first id and reports where the second lands.
 *
 * @example
 * (await runDedupeEval({ data: 'bugs.csv', pairs: 'pairs.csv', id: 'key', text: 'title,body', format: 'json' })).stdout;
 * // => '{"pairs":125,"recallAt":{"1":0.42,"5":0.72,"10":0.81},"mrr":0.55}\n'
 */
export async function runDedupeEval(o: DedupeEvalOptions): Promise<{ stdout: string; stderr: string }> {
  const { docs, skipped } = await readReportCsv(o.data, { id: o.id, text: columnList(o.text) });
  const ids = new Set(docs.map((d) => d.id));
  const pairs = await readPairsCsv(o.pairs, ids);
  const result = evaluateDuplicates(docs, pairs);
  if (result.pairs === 0) {
    throw new InputError({
      file: o.pairs,
      message: `none of its ${pairs.length} pairs has both ids in column "${o.id}" of ${o.data}; check --id and that the pairs use the same ids`,
    });
  }
  const warnings: string[] = [];
  const missing = pairs.length - result.pairs;
  if (missing > 0)
    warnings.push(
      `${missing} pairs skipped (an id not in ${o.data}, a report paired with itself, or a repeat)`,
    );
  if (skipped > 0) warnings.push(`${skipped} rows of ${o.data} skipped (empty or repeated id)`);
  return {
    stdout: o.format === 'json' ? evaluationJson(result) : evaluationTable(result, docs.length),
    stderr: warnings.map((w) => `trailmap: warning: ${w}\n`).join(''),
  };
}

function evaluationJson(r: DuplicateEvaluation): string {
  return `${JSON.stringify({
    pairs: r.pairs,
    recallAt: { '1': round(r.recallAt[1]), '5': round(r.recallAt[5]), '10': round(r.recallAt[10]) },
    mrr: round(r.mrr),
  })}\n`;
}

function evaluationTable(r: DuplicateEvaluation, reports: number): string {
  const table = new Table({
    head: ['pairs', 'Recall@1', 'Recall@5', 'Recall@10', 'MRR'],
    style: { head: [], border: [] },
  });
  table.push([r.pairs, f3(r.recallAt[1]), f3(r.recallAt[5]), f3(r.recallAt[10]), f3(r.mrr)]);
  return `Duplicate ranking over ${reports} reports (BM25F, every report ranked)\n${table.toString()}\n`;
}

// Six decimals: exact enough for any comparison, free of 0.30000000000000004 noise.
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function f3(x: number): string {
  return x.toFixed(3);
}
