import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { TrailmapConfig } from '../config/config';
import { Columns, normalizeHeader } from '../csv/columns';
import { decodeText } from '../csv/decodeText';
import { planFields, readFields, slotColumns } from '../csv/fieldColumns';
import { parseCsvText } from '../csv/readCsv';
import { dropTextColumns } from '../csv/textColumns';
import { type DraftBacklog, pushUnique } from '../draft/draft';
import { InputProblems, type InputResult, inputFailure } from '../errors/inputProblem';
import { mapCustomers } from '../jira-csv/jiraValues';
import { stripFormulaGuard } from '../linear-csv/linearValues';
import { parseJiraDate } from '../values/dates';
import { parseNumber } from '../values/numbers';

const KEY = ['ID', 'Issue key', 'Key', 'Identifier'];
const IGNORED = ['Title', 'Summary', 'Name', 'Notes', 'Comment'];

/**
 * Where the scoring sidecar of an export lives: the config's `scoresFile` (relative to the
 * config's folder), else `<export>.scores.csv` beside the export (`backlog.csv` →
 * `backlog.scores.csv`).
 *
 * @example
 * sidecarPath('/d/backlog.linear.csv', {}); // => '/d/backlog.linear.scores.csv'
 */
export function sidecarPath(input: string, options: { scoresFile?: string; configFile?: string }): string {
  if (options.scoresFile) {
    if (isAbsolute(options.scoresFile)) return options.scoresFile;
    const base = options.configFile ? dirname(resolve(options.configFile)) : dirname(resolve(input));
    return join(base, options.scoresFile);
  }
  const dir = dirname(resolve(input));
  return join(dir, `${basename(input).replace(/\.csv$/i, '')}.scores.csv`);
}

/**
 * Merges a scoring sidecar CSV into a draft: one row per issue (`ID` or `Issue key`), other
 * columns read like export columns (`Reach`, `RICE Impact`, `MoSCoW`, `Customers`, `Theme`,
 * `Initiative`, any other name → `fields`). Sidecar values win over the export's. Returns the
 * sidecar's path, `undefined` when there is none, or the sidecar's problems.
 *
 * @example
 * await applyScoresSidecar(draft, 'backlog.linear.csv', config, undefined);
 */
export async function applyScoresSidecar(
  draft: DraftBacklog,
  input: string,
  config: TrailmapConfig,
  configFile: string | undefined,
): Promise<InputResult<string | undefined>> {
  const file = sidecarPath(input, {
    ...(config.scoresFile ? { scoresFile: config.scoresFile } : {}),
    ...(configFile ? { configFile } : {}),
  });
  if (!existsSync(file)) {
    if (config.scoresFile)
      return inputFailure({ file }, 'not_found', 'scores file named in the config was not found');
    return { ok: true, value: undefined };
  }
  const read = parseCsvText(decodeText(await readFile(file)), file);
  if (!read.ok) return read;
  const table = read.value;
  const cols = new Columns(table.header);
  if (!cols.has(KEY))
    return inputFailure(
      { file },
      'missing_column',
      'missing an "ID" or "Issue key" column naming the issue each row scores',
    );
  const problems = new InputProblems(file);
  const slots = {
    customers: slotColumns('customers', ['Customers', 'Customer'], config),
    theme: slotColumns('theme', ['Theme'], config),
    initiative: slotColumns('initiative', ['Initiative'], config),
    rank: slotColumns('rank', ['Rank'], config),
    startDate: slotColumns('startDate', ['Start date'], config),
    targetDate: slotColumns('targetDate', ['Target date', 'Due date'], config),
  };
  const consumed = new Set([...KEY, ...IGNORED, ...Object.values(slots).flat()].map(normalizeHeader));
  const kept = dropTextColumns(
    planFields(cols, config, (h) => consumed.has(h), true),
    cols,
    table.rows,
    stripFormulaGuard,
  );
  const plans = kept.plans;
  for (const w of kept.warnings) draft.warnings.push(`${basename(file)}: ${w}`);
  const byKey = new Map(draft.items.map((d) => [d.item.key, d]));
  const unknown: string[] = [];
  for (const row of table.rows) {
    const key = cols.first(row, KEY)?.value;
    if (!key) continue;
    const d = byKey.get(key);
    if (!d) {
      unknown.push(key);
      continue;
    }
    Object.assign(d.item.fields, readFields(plans, cols, row, problems, stripFormulaGuard));
    pushUnique(d.customerNames, mapCustomers(cols.all(row, slots.customers)));
    const theme = cols.first(row, slots.theme)?.value;
    if (theme) d.item.theme = theme;
    const initiative = cols.first(row, slots.initiative)?.value;
    if (initiative) d.item.initiative = initiative;
    for (const slot of ['startDate', 'targetDate'] as const) {
      const cell = cols.first(row, slots[slot]);
      if (!cell) continue;
      const date = parseJiraDate(cell.value)?.date;
      if (date) d.item[slot] = date;
      else
        problems.add(
          { row: row.row, column: cell.column },
          'invalid_date',
          `"${cell.value}" is not a date (expected e.g. 2026-03-31)`,
          { expected: 'a date such as 2026-03-31', received: cell.value },
        );
    }
    const rank = cols.first(row, slots.rank);
    if (rank) {
      const n = parseNumber(rank.value);
      if (n !== undefined) d.item.rank = n;
      else
        problems.add({ row: row.row, column: rank.column }, 'invalid', `"${rank.value}" is not a number`, {
          expected: 'a number',
          received: rank.value,
        });
    }
  }
  if (unknown.length) {
    draft.warnings.push(
      `${basename(file)}: ${unknown.length} row(s) name issues not in the export: ${unknown.slice(0, 5).join(', ')}`,
    );
  }
  return problems.result(file);
}
