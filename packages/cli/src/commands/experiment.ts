import { analyseExperiments, analysisJson, experimentReportHtml } from '@trailmap/core';
import { type Command, Option } from 'commander';
import { UsageError } from '../errors';
import { analysisTable } from '../experiments/analysisTable';
import { readAnalysisFile } from '../experiments/readAnalysisFile';
import { type SizeOptions, sizeExperiment, sizeText } from '../experiments/sizeReport';
import { writeOutputFile } from '../writeOutputFile';

/** Options of `trailmap experiment analyze`. */
export interface AnalyzeOptions {
  format: 'table' | 'json' | 'html';
  out?: string;
  engine?: string;
  difference?: string;
  alpha?: string;
  alternative?: string;
  sequential?: string | boolean;
  correction?: string;
}

function flagDefaults(o: AnalyzeOptions): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (o.engine) d.engine = o.engine;
  if (o.difference) d.difference = o.difference;
  if (o.alternative) d.alternative = o.alternative;
  if (o.correction) d.correction = o.correction;
  if (o.alpha !== undefined) {
    const alpha = Number(o.alpha);
    if (!(alpha > 0 && alpha < 1)) throw new UsageError(`--alpha must be between 0 and 1, got "${o.alpha}"`);
    d.alpha = alpha;
  }
  if (o.sequential !== undefined) {
    const tuning = o.sequential === true ? 5000 : Number(o.sequential);
    if (!(tuning > 0)) throw new UsageError(`--sequential takes a positive tuning N*, got "${o.sequential}"`);
    d.sequential = { tuning };
  }
  return d;
}

/**
 * `experiment analyze`: reads the file, analyses every entry, and renders the contract's JSON, a
 * table for people, or an HTML report with the lift chart.
 *
 * @example
 * await runExperimentAnalyze('checkout.json', { format: 'json' }); // => '{"srm":{…},"comparisons":[…],"problems":[]}\n'
 */
export async function runExperimentAnalyze(file: string, o: AnalyzeOptions): Promise<string> {
  const { analyses, single } = await readAnalysisFile(file, flagDefaults(o));
  const results = analyseExperiments(analyses);
  if (o.format === 'json') {
    const json = results.map(analysisJson);
    return `${JSON.stringify(single ? json[0] : json, null, 2)}\n`;
  }
  const entries = analyses.map((analysis, i) => ({ analysis, result: results[i]! }));
  if (o.format === 'html') {
    const page = experimentReportHtml(entries, file);
    if (!o.out) return page;
    await writeOutputFile(o.out, page, { what: 'the page', remedy: 'choose another --out path' });
    return `wrote ${o.out}\n`;
  }
  return analysisTable(entries);
}

/** Registers `trailmap experiment` with `analyze` and `size`. */
export function registerExperiment(program: Command): void {
  const experiment = program
    .command('experiment')
    .description('Analyse A/B experiments (GrowthBook-compatible) and size new ones.');
  experiment
    .command('analyze')
    .alias('analyse')
    .description(
      'Analyse one experiment or a list (JSON, or CSV with one row per variant); the first variant is the control.',
    )
    .argument('<file>', 'analysis JSON (object or array) or CSV')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'html']).default('table'),
    )
    .option('--out <file>', 'with --format html: write the page here instead of stdout')
    .addOption(
      new Option('--engine <engine>', 'default engine where the file gives none').choices([
        'frequentist',
        'bayesian',
      ]),
    )
    .addOption(
      new Option('--difference <difference>', 'default effect where the file gives none').choices([
        'relative',
        'absolute',
      ]),
    )
    .option('--alpha <alpha>', 'default significance level where the file gives none')
    .addOption(
      new Option('--alternative <alternative>', 'default test direction').choices([
        'two-sided',
        'greater',
        'less',
      ]),
    )
    .option('--sequential [tuning]', 'default to sequential testing with this N* (5000)')
    .addOption(
      new Option('--correction <correction>', 'default multiple-testing correction').choices([
        'none',
        'holm-bonferroni',
        'benjamini-hochberg',
      ]),
    )
    .action(async (file: string, o: AnalyzeOptions) => {
      process.stdout.write(await runExperimentAnalyze(file, o));
    });
  experiment
    .command('size')
    .description('Users per variant (and days) to detect a relative lift: GrowthBook planner formulas.')
    .requiredOption('--baseline <value>', 'baseline conversion rate (0-1), or baseline mean with --variance')
    .option('--variance <v>', 'per-user variance of a mean metric (omit for a conversion rate)')
    .requiredOption('--mde <relative>', 'relative lift to detect, e.g. 0.05 for +5 %')
    .option('--power <p>', 'target power', '0.8')
    .option('--variants <k>', 'number of variants including control', '2')
    .option('--alpha <alpha>', 'significance level (two-sided)', '0.05')
    .option('--sequential', 'plan for sequential testing')
    .option('--tuning <n>', 'sequential N* (pairwise users where the interval is tightest)')
    .option('--daily-users <n>', 'users entering the experiment per day, for the duration')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((o: SizeOptions) => {
      const result = sizeExperiment(o);
      process.stdout.write(o.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : sizeText(result));
    });
}
