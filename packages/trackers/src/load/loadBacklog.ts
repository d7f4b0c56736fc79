import { open, readFile } from 'node:fs/promises';
import type { Backlog } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import { loadConfig } from '../config/loadConfig';
import { decodeText } from '../csv/decodeText';
import { type CsvTable, parseCsvText, readCsvFile } from '../csv/readCsv';
import { assembleBacklog } from '../draft/assemble';
import type { DraftBacklog } from '../draft/draft';
import { InputError } from '../errors/inputError';
import type { JsonDocument } from '../importer';
import { jiraCsvImporter } from '../jira-csv/importer';
import { jiraRestImporter } from '../jira-rest/importer';
import { linearCsvImporter } from '../linear-csv/importer';
import { parseJsonText } from '../trailmap-json/fromJson';
import { trailmapJsonImporter } from '../trailmap-json/importer';
import type { BacklogFormat } from './backlogFormat';
import { detectFormat } from './detectFormat';
import { applyScoresSidecar } from './scoresSidecar';

export type { BacklogFormat } from './backlogFormat';

/** A backlog read from a file, with what the importer noticed along the way. */
export interface LoadedBacklog {
  backlog: Backlog;
  format: BacklogFormat;
  /** Non-fatal notes, e.g. "12 rows have no Story Points; their estimate is missing". */
  warnings: string[];
  /** The validated config used (defaults when no file was found). */
  config?: TrailmapConfig;
  /** The config file used, if any. */
  configFile?: string;
  /** The scoring sidecar merged in, if any (`<export>.scores.csv`). */
  scoresFile?: string;
  /** Which tracker the data came from (`format` alone cannot tell a Jira REST dump from Trailmap JSON). */
  source?: 'jira' | 'linear' | 'trailmap';
}

/**
 * Reads a Jira CSV export, a Linear CSV export or Trailmap JSON, detecting the format, and maps
 * it to core's `Backlog`. Bad input throws `InputError` naming the file, row and column.
 *
 * @example
 * const { backlog, format } = await loadBacklog('packages/cli/samples/backlog.jira.csv');
 */
export async function loadBacklog(
  file: string,
  options: { configFile?: string } = {},
): Promise<LoadedBacklog> {
  const { config, file: configFile } = await loadConfig({
    inputFile: file,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const head = await readHead(file);
  checkText(head.bytes, file);
  const start = head.bytes
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  if (start === '' && head.whole) throw new InputError({ file, message: 'the file is empty' });
  if (start.startsWith('{') || start.startsWith('[')) {
    return loadBacklogText(await readExportText(file), file, config, configFile);
  }
  // CSV is streamed into its table: the file's bytes and text are never held whole.
  const table = await readCsvFile(file);
  const { draft, format } = csvDraft(table, config);
  // The draft keeps what the commands use; every row's cells can go before assembly, which
  // builds a second copy of each item (on a 50k-issue export the rows are ~100 MB).
  table.rows = [];
  return finish(draft, format, file, config, configFile);
}

/**
 * Reads an export file as text: UTF-8 (with stray Windows-1252 lines tolerated). A zip, a
 * UTF-16 file or other binary input fails with one short line saying to export a UTF-8 CSV,
 * never with the raw bytes.
 *
 * @example
 * await readExportText('backlog.csv'); // => 'Summary,Issue key\n…'
 */
export async function readExportText(file: string): Promise<string> {
  const bytes = await readInput(file);
  checkText(bytes, file);
  return decodeText(bytes);
}

function checkText(bytes: Uint8Array, file: string): void {
  const kind = binaryKind(bytes);
  if (kind) {
    throw new InputError({
      file,
      message: `is ${kind}, not a text export; export the issues from Jira or Linear as CSV (UTF-8)${kind.includes('zip') ? ', or unzip it first' : ''}`,
    });
  }
}

function binaryKind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))
    return 'a zip archive (or an .xlsx file)';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'UTF-16 text';
  const head = bytes.subarray(0, 4096);
  let nul = 0;
  let control = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  // UTF-16 without a BOM puts a NUL beside every ASCII letter.
  if (nul > head.length / 4) return 'UTF-16 text';
  if (nul > 0 || control > head.length / 20) return 'a binary file';
  return undefined;
}

/**
 * The same as {@link loadBacklog} on text already read, with an explicit config; the sidecar
 * is still looked up beside `file`.
 *
 * @example
 * await loadBacklogText('Issue key,Summary\nPM-1,Bulk edit\n', 'x.csv', defaultConfig());
 */
export async function loadBacklogText(
  text: string,
  file: string,
  config: TrailmapConfig,
  configFile?: string,
): Promise<LoadedBacklog> {
  if (text.trim() === '') throw new InputError({ file, message: 'the file is empty' });
  const trimmed = text.trimStart();
  const json = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (!json) return loadCsvTable(parseCsvText(text, file), config, configFile);
  const draft = jsonDraft({ file, json: parseJsonText(text, file) }, config);
  return finish(draft, 'json', file, config, configFile);
}

/**
 * The same as {@link loadBacklog} on a CSV table already read (e.g. by `readCsvFile`).
 *
 * @example
 * await loadCsvTable(await readCsvFile('backlog.csv'), defaultConfig());
 */
export async function loadCsvTable(
  table: CsvTable,
  config: TrailmapConfig,
  configFile?: string,
): Promise<LoadedBacklog> {
  const { draft, format } = csvDraft(table, config);
  return finish(draft, format, table.file, config, configFile);
}

function csvDraft(table: CsvTable, config: TrailmapConfig): { draft: DraftBacklog; format: BacklogFormat } {
  const format = detectFormat('', table.header);
  if (!format || format === 'json') {
    throw new InputError({
      file: table.file,
      message: `not a Jira or Linear CSV export: expected a header such as 'Issue key' or 'ID' (found ${describeHeader(table.header)})`,
    });
  }
  const draft = (format === 'jira-csv' ? jiraCsvImporter : linearCsvImporter).toDraft(table, config);
  return { draft, format };
}

async function finish(
  draft: DraftBacklog,
  format: BacklogFormat,
  file: string,
  config: TrailmapConfig,
  configFile: string | undefined,
): Promise<LoadedBacklog> {
  const scoresFile =
    format === 'json' ? undefined : await applyScoresSidecar(draft, file, config, configFile);
  const { backlog, warnings } = assembleBacklog(draft, config, file);
  if (draft.extra) mergeJsonExtras(backlog, draft.extra);
  return {
    backlog,
    format,
    warnings,
    config,
    source: draft.source === 'json' ? 'trailmap' : draft.source,
    ...(configFile ? { configFile } : {}),
    ...(scoresFile ? { scoresFile } : {}),
  };
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw readError(error, file);
  }
}

// The first bytes, for the binary and JSON checks, read before the file is streamed.
async function readHead(file: string): Promise<{ bytes: Buffer; whole: boolean }> {
  try {
    const handle = await open(file, 'r');
    try {
      const bytes = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(bytes, 0, HEAD_BYTES, 0);
      return { bytes: bytes.subarray(0, bytesRead), whole: bytesRead < HEAD_BYTES };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readError(error, file);
  }
}

const HEAD_BYTES = 64 * 1024;

function readError(error: unknown, file: string): InputError {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const message =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : `cannot be read (${code || 'unknown error'})`;
  return new InputError({ file, message });
}

function mergeJsonExtras(backlog: Backlog, extra: NonNullable<DraftBacklog['extra']>): void {
  const customers = new Map(backlog.customers.map((c) => [c.id, c]));
  for (const c of extra.customers ?? []) customers.set(c.id, { ...customers.get(c.id), ...c });
  backlog.customers = [...customers.values()];
  const feedback = new Map(backlog.feedback.map((f) => [f.id, f]));
  for (const f of extra.feedback ?? []) {
    feedback.set(f.id, { source: 'unknown', itemKeys: [], labels: [], ...f });
  }
  backlog.feedback = [...feedback.values()];
}

function describeHeader(header: readonly string[]): string {
  if (header.length === 0) return 'no header';
  const shown = header.slice(0, 4).map((h) => `'${h}'`);
  return `${shown.join(', ')}${header.length > 4 ? ', …' : ''}`;
}

const JSON_IMPORTERS = [jiraRestImporter, trailmapJsonImporter] as const;

function jsonDraft(doc: JsonDocument, config: TrailmapConfig): DraftBacklog {
  const importer = JSON_IMPORTERS.find((i) => i.recognises(doc));
  if (!importer) {
    throw new InputError({
      file: doc.file,
      message:
        'not a JSON format trailmap reads: expected a Jira REST search response ({"issues": [{"key", "fields"}]}) or Trailmap JSON ({"items": [...]}); or export the issues as CSV from Jira or Linear',
    });
  }
  return importer.toDraft(doc, config);
}
