import {
  type Comparison,
  checkMoscowShares,
  compareItems,
  type ItemScore,
  isOpen,
  ReachOptionsSchema,
  type WorkItem,
  withDerivedReach,
} from '@trailmap/core';
import { today } from '@trailmap/core/calendar';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import { type Command, Option } from 'commander';
import { InputError, inputValue, UsageError } from '../errors';
import {
  type CliFramework,
  chooseScores,
  describeFramework,
  resolveCliFramework,
} from '../scoring/chooseScores';
import { readScorecards } from '../scoring/readScorecards';
import { noIssuesLine } from './emptyExport';
import {
  renderComparison,
  renderCsv,
  renderJson,
  renderMoscowShares,
  renderTable,
  scoreRows,
} from './scoreOutput';

/** Options of `trailmap score`. */
export interface ScoreCommandOptions {
  /** Default: the config's `framework`, else rice. */
  framework?: string;
  format: 'table' | 'json' | 'csv';
  config?: string;
  limit?: string;
  relative?: boolean;
  deriveReach?: boolean;
  includeDone?: boolean;
  compare?: string;
}

/**
 * Registers `trailmap score`.
 *
 * @example
 * registerScore(new Command()); // then: trailmap score backlog.csv --framework wsjf --format json
 */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description('Rank a Jira/Linear export or Trailmap JSON by a scoring framework, with explanations.')
    .argument('<file>', 'Jira CSV, Linear CSV or Trailmap JSON backlog')
    .option(
      '-f, --framework <name>',
      "rice, rice-open, ice, ice-average, wsjf, wsjf-open, value-effort, moscow, aha, signals (from tracker fields), or a scorecard from the config; falls back to signals when the export has none of its inputs (default: the config's framework, else rice)",
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option('-c, --config <path>', 'trailmap.config.json (scorecards, reach weights, column mapping)')
    .option('-n, --limit <n>', 'rows in the table (0 = all)', '25')
    .option('--relative', 'add the relative 0–100 view (JPD-style; changes when items are added)')
    .option('--compare <keys>', 'explain why one item ranks above another, e.g. --compare PM-3,PM-1')
    .option('--include-done', 'also score done and canceled items (skipped by default)')
    .option(
      '--derive-reach',
      'fill a blank reach from linked feedback and customers (config "reach" sets the weights)',
    )
    .action(async (file: string, options: ScoreCommandOptions) => {
      // Build the whole output first: a failure part-way must not look like a short success.
      const output = await runScore(file, options);
      process.stdout.write(output.stdout);
      if (output.stderr) process.stderr.write(output.stderr);
    });
}

/**
 * Loads, scores and renders; returns the text to print. Throws `CliError`s for bad input.
 *
 * @example
 * (await runScore('backlog.csv', { framework: 'rice', format: 'json' })).stdout;
 */
export async function runScore(
  file: string,
  options: ScoreCommandOptions,
): Promise<{ stdout: string; stderr: string }> {
  const limit = parseLimit(options.limit);
  const loaded = inputValue(await loadBacklog(file, options.config ? { configFile: options.config } : {}));
  // Nothing to do is not an error (plan's "no open items" exits 0 too), but an empty ranking
  // would not say why: one line, on stderr beside machine-readable output.
  if (loaded.backlog.items.length === 0) {
    const line = `${noIssuesLine(file, loaded.source)}\n`;
    if (options.format === 'json') return { stdout: renderJson([]), stderr: `trailmap: ${line}` };
    if (options.format === 'csv') return { stdout: renderCsv([]), stderr: `trailmap: ${line}` };
    return { stdout: line, stderr: '' };
  }
  const requested = resolveCliFramework(
    options.framework ?? loaded.config?.framework ?? 'rice',
    readScorecards(loaded),
  );
  const all = options.deriveReach
    ? withDerivedReach(loaded.backlog, readReachOptions(loaded))
    : loaded.backlog.items;
  const { items, note } = candidates(all, loaded, options.includeDone === true);
  const chosen = chooseScores(items, requested, { today: today(Date.now) });
  const { framework, scores } = chosen;
  const stderr = [
    ...(loaded.configFile ? [`trailmap: using config ${loaded.configFile}`] : []),
    ...(chosen.fallbackNote ? [`trailmap: ${chosen.fallbackNote}`] : []),
    ...loaded.warnings.map((w) => `trailmap: warning: ${w}`),
  ]
    .map((line) => `${line}\n`)
    .join('');
  if (options.compare !== undefined) {
    return { stdout: renderComparison(compareKeys(options.compare, scores), options.format), stderr };
  }
  const rows = scoreRows(items, scores, {
    relative: options.relative === true,
    framework: chosen.frameworkId,
  });
  switch (options.format) {
    case 'json':
      return { stdout: renderJson(rows), stderr };
    case 'csv':
      return { stdout: renderCsv(rows), stderr };
    default:
      return {
        stdout:
          renderTable(rows, framework, {
            heading: heading(framework, rows.length, note, chosen.fellBackFrom),
            ...(limit ? { limit } : {}),
          }) + (framework === 'moscow' ? renderMoscowShares(checkMoscowShares(items)) : ''),
        stderr,
      };
  }
}

// Done and canceled items are not candidates, and feedback issues are evidence for ideas
// (they feed derived reach), not ideas themselves.
function candidates(
  all: readonly WorkItem[],
  loaded: LoadedBacklog,
  includeDone: boolean,
): { items: WorkItem[]; note: string } {
  const feedbackIds = new Set(loaded.backlog.feedback.map((f) => f.id));
  let done = 0;
  let feedback = 0;
  const items = all.filter((i) => {
    if (feedbackIds.has(i.key)) {
      feedback++;
      return false;
    }
    if (!includeDone && !isOpen(i)) {
      done++;
      return false;
    }
    return true;
  });
  const parts = [
    done ? `${done} done or canceled skipped (--include-done scores them)` : '',
    feedback ? `${feedback} feedback issues counted as evidence, not ranked` : '',
  ].filter(Boolean);
  return { items, note: parts.join('; ') };
}

function heading(framework: CliFramework, count: number, note: string, fellBackFrom?: string): string {
  const d = describeFramework(framework);
  const because = fellBackFrom ? `; scored by signals because ${fellBackFrom} found none of its inputs` : '';
  return `${d.name} v${d.version}: ${d.formula}\n${count} items${note ? `; ${note}` : ''}; absolute scores${because}\n`;
}

function compareKeys(raw: string, scores: readonly ItemScore[]): Comparison {
  const keys = raw.split(',').map((k) => k.trim());
  if (keys.length !== 2 || !keys[0] || !keys[1]) {
    throw new UsageError(`--compare takes two item keys separated by a comma, e.g. PM-3,PM-1; got "${raw}"`);
  }
  const [a, b] = keys.map((key) => {
    const found = scores.find((s) => s.key.toLowerCase() === key.toLowerCase());
    if (!found)
      throw new UsageError(
        `--compare: no candidate item "${key}" (done, canceled and feedback items are skipped)`,
      );
    return found;
  });
  return compareItems(a!, b!);
}

function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--limit must be a whole number ≥ 0, got "${raw}"`);
  return n === 0 ? undefined : n;
}

function configName(loaded: LoadedBacklog): string {
  return loaded.configFile ?? 'trailmap.config.json';
}

function readReachOptions(loaded: LoadedBacklog) {
  const parsed = ReachOptionsSchema.safeParse(loaded.config?.reach ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError({
      file: configName(loaded),
      message: `field "reach.${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}
