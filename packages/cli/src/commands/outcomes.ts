import { buildOutcomes, outcomesHtml, outcomesSummary } from '@trailmap/core';
import { loadBacklog } from '@trailmap/trackers';
import { type Command, Option } from 'commander';
import { inputValue } from '../errors';
import { readExperimentRecords } from '../experiments/readExperimentRecords';
import { writeOutputFile } from '../writeOutputFile';

/** Options of `trailmap outcomes`. */
export interface OutcomesOptions {
  experiments: string;
  format: 'table' | 'json' | 'html';
  out?: string;
  config?: string;
}

/**
 * `outcomes`: joins experiment records to the backlog's ideas: predicted against measured per
 * idea, calibration by confidence with the Brier score, and a suggested Confidence adjustment per
 * team (shown, never applied).
 *
 * @example
 * await runOutcomes('samples/backlog.jira.csv', { experiments: 'samples/experiments', format: 'table' });
 */
export async function runOutcomes(backlogFile: string, o: OutcomesOptions): Promise<string> {
  const [{ backlog }, records] = await Promise.all([
    loadBacklog(backlogFile, o.config ? { configFile: o.config } : {}).then(inputValue),
    readExperimentRecords(o.experiments),
  ]);
  const view = buildOutcomes(backlog.items, records);
  if (o.format === 'json') return `${JSON.stringify(view, null, 2)}\n`;
  if (o.format === 'html') {
    const page = outcomesHtml(view, backlogFile);
    if (!o.out) return page;
    await writeOutputFile(o.out, page, { what: 'the page', remedy: 'choose another --out path' });
    return `wrote ${o.out}\n`;
  }
  return `${outcomesSummary(view).join('\n')}\n`;
}

/** Registers `trailmap outcomes`. */
export function registerOutcomes(program: Command): void {
  program
    .command('outcomes')
    .description(
      'Predicted vs measured impact per idea, confidence calibration (Brier) and suggested Confidence adjustments.',
    )
    .argument('<backlog>', 'Jira or Linear export with the ideas')
    .requiredOption('--experiments <dir>', 'folder of experiment record JSON files')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'html']).default('table'),
    )
    .option('--out <file>', 'with --format html: write the page here')
    .option('--config <file>', 'trailmap.config.json for the backlog')
    .action(async (backlog: string, o: OutcomesOptions) => {
      process.stdout.write(await runOutcomes(backlog, o));
    });
}
