import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Backlog } from '@trailmap/core';
import { SCORING_VOCABULARY } from '@trailmap/core/scoring';
import {
  CONFIG_FILE_NAME,
  defaultConfig,
  type FieldCoverage,
  inspectColumns,
  loadBacklogText,
  parseCsvText,
  readExportText,
} from '@trailmap/trackers';
import type { Command } from 'commander';
import { CliError, inputValue } from '../errors';
import { writeOutputFile } from '../writeOutputFile';
import { noIssuesLine } from './emptyExport';

/** Options of `trailmap init`. */
export interface InitCommandOptions {
  write?: boolean;
  force?: boolean;
}

// The frameworks init checks an export against, with the fields each reads and the column
// names a team would add to the tracker: both from core's scoring vocabulary.
const SUGGESTED = ['rice', 'wsjf'] as const;
const inputsFor = (id: (typeof SUGGESTED)[number]) => SCORING_VOCABULARY.frameworks[id];

/**
 * Registers `trailmap init`.
 *
 * @example
 * registerInit(new Command()); // then: trailmap init export.csv --write
 */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Inspect an export: usable fields with coverage, and a proposed trailmap.config.json.')
    .argument('<file>', 'Jira CSV, Linear CSV, Jira REST JSON or Trailmap JSON export')
    .option('--write', `write the proposed ${CONFIG_FILE_NAME} beside the export`)
    .option('--force', `with --write, replace an existing ${CONFIG_FILE_NAME}`)
    .action(async (file: string, options: InitCommandOptions) => {
      const output = await runInit(file, options);
      process.stdout.write(output.stdout);
    });
}

/** The proposed config, as written by `--write`. */
export interface ProposedConfig {
  framework: string;
  mapping: Record<string, string[]>;
  releases: { name: string; start?: string; end?: string; released?: boolean }[];
  /** Proposed when all-numeric dates could be read either way, so the assumption is visible. */
  dates?: { order: 'dmy' | 'mdy' };
}

/**
 * Inspects an export and proposes a config; writes it only with `write`.
 *
 * @example
 * (await runInit('export.csv', {})).stdout; // => 'export.csv: a Jira CSV export, 92 items\n…'
 */
export async function runInit(
  file: string,
  options: InitCommandOptions,
): Promise<{ stdout: string; config: ProposedConfig; fields: FieldCoverage[]; written?: string }> {
  const text = inputValue(await readExportText(file));
  // The defaults, not a config found on disk: init describes the export as it is.
  const loaded = inputValue(await loadBacklogText(text, file, defaultConfig()));
  const isCsv = loaded.format !== 'json';
  const fields = isCsv
    ? inspectColumns(inputValue(parseCsvText(text, file)))
    : backlogCoverage(loaded.backlog);
  const items = loaded.backlog.items;
  const has = (names: readonly string[]) => names.every((n) => items.some((i) => i.fields[n] !== undefined));
  const fieldsOf = (id: (typeof SUGGESTED)[number]) => inputsFor(id).map((i) => i.field.name);
  const framework = SUGGESTED.find((id) => has(fieldsOf(id))) ?? 'signals';
  const config: ProposedConfig = {
    framework,
    mapping: {},
    releases: loaded.backlog.releases.map((r) => ({
      name: r.name,
      ...(r.start ? { start: r.start } : {}),
      ...(r.end ? { end: r.end } : {}),
      ...(r.released ? { released: true } : {}),
    })),
    ...(loaded.guessedDateOrder ? { dates: { order: loaded.guessedDateOrder } } : {}),
  };
  const kind = { 'jira-csv': 'a Jira CSV export', 'linear-csv': 'a Linear CSV export', json: '' }[
    loaded.format
  ];
  const source = kind || (loaded.source === 'jira' ? 'a Jira REST search response' : 'Trailmap JSON');
  const width = Math.max(12, ...fields.map((f) => f.column.length));
  const count = `${items.length} ${items.length === 1 ? 'item' : 'items'}`;
  const lines = [`${file}: ${source}, ${count}`, '', 'Usable fields:'];
  if (items.length === 0) lines.splice(1, 0, noIssuesLine(file, loaded.source));
  if (!fields.some((x) => x.filled > 0)) lines.push('  (none Trailmap reads beyond key, title and status)');
  for (const f of fields)
    lines.push(`  ${f.column.padEnd(width)} ${`${f.filled}/${f.total}`.padStart(9)} → ${f.role}`);
  lines.push(
    '',
    framework === 'signals'
      ? 'Framework: signals (value from priority, votes, watchers and links; effort from the estimate), inferred from tracker fields'
      : `Framework: ${framework} (every input is in the export)`,
  );
  for (const name of SUGGESTED) {
    const missing = inputsFor(name)
      .filter((i) => !has([i.field.name]))
      .map((i) => i.field.column);
    if (missing.length)
      lines.push(
        `For ${name.toUpperCase()} add ${missing.map((c) => `"${c}"`).join(', ')} as number fields${loaded.source === 'linear' ? ' (Linear: labels such as reach:400, or a <export>.scores.csv sidecar)' : ' (exported as "Custom field (…)")'}`,
      );
  }
  lines.push(
    `Releases in order: ${config.releases.length ? config.releases.map((r) => r.name).join(', ') : 'none in the export'}`,
  );
  if (loaded.guessedDateOrder)
    lines.push(
      `Dates: all-numeric and every value ≤ 12/12, so they read either way; proposed "dates": { "order": "${loaded.guessedDateOrder}" } (${loaded.guessedDateOrder === 'dmy' ? 'day-first' : 'month-first'}); change it to "${loaded.guessedDateOrder === 'dmy' ? 'mdy' : 'dmy'}" if your Jira writes them ${loaded.guessedDateOrder === 'dmy' ? 'month-first' : 'day-first'}`,
    );
  const target = join(dirname(resolve(file)), CONFIG_FILE_NAME);
  const json = `${JSON.stringify(config, null, 2)}\n`;
  lines.push('', `Proposed ${CONFIG_FILE_NAME}:`, json.trimEnd());
  let written: string | undefined;
  if (options.write) {
    if (existsSync(target) && !options.force)
      throw new CliError(`${target} already exists; pass --force to replace it`, 1);
    await writeOutputFile(target, json, { what: 'the config', remedy: "check the folder's permissions" });
    written = target;
    lines.push('', `Wrote ${target}; score, plan and roadmap apply it to exports in that folder.`);
  } else {
    lines.push('', `Nothing written; run again with --write to save it as ${target}.`);
  }
  return { stdout: `${lines.join('\n')}\n`, config, fields, ...(written ? { written } : {}) };
}

// JSON has no columns: coverage of the slots the importers filled.
function backlogCoverage(backlog: Backlog): FieldCoverage[] {
  const items = backlog.items;
  const count = (p: (i: (typeof items)[number]) => boolean) => items.filter(p).length;
  const rows: [string, number, FieldCoverage['role']][] = [
    ['estimate', count((i) => i.estimate !== undefined), 'effort'],
    ['priority', count((i) => i.priority !== undefined), 'value (signals)'],
    ['votes', count((i) => i.fields.votes !== undefined), 'value (signals)'],
    ['blocks / blocked by', count((i) => i.blocks.length + i.blockedBy.length > 0), 'dependencies'],
    ['parent', count((i) => i.parentKey !== undefined), 'hierarchy'],
    ['release', count((i) => i.release !== undefined), 'release'],
    ['start date', count((i) => i.startDate !== undefined), 'start date'],
    ['due date', count((i) => i.targetDate !== undefined), 'due date'],
  ];
  return rows
    .filter(([, n]) => n > 0)
    .map(([column, filled, role]) => ({ column, filled, total: items.length, role }));
}
