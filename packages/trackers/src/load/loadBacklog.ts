import { open, readFile } from 'node:fs/promises';
import type { Backlog } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import { loadConfig } from '../config/loadConfig';
import { decodeText } from '../csv/decodeText';
import { type CsvTable, parseCsvText, readCsvFile } from '../csv/readCsv';
import { assembleBacklog } from '../draft/assemble';
import type { DraftBacklog } from '../draft/draft';
import { type InputProblem, type InputResult, inputFailure, inputProblem } from '../errors/inputProblem';
import type { Importer, JsonDocument } from '../importer';
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
  /**
   * The order all-numeric dates were read in when the values did not decide it and the config
   * did not set it (`dates.order`): an assumption worth proposing in the config.
   */
  guessedDateOrder?: 'dmy' | 'mdy';
  /** Which tracker the data came from (`format` alone cannot tell a Jira REST dump from Trailmap JSON). */
  source?: 'jira' | 'linear' | 'trailmap';
}

/**
 * Reads a Jira CSV export, a Linear CSV export or Trailmap JSON, detecting the format, and maps
 * it to core's `Backlog`. Bad input is a failed result whose problems name the file, row and
 * column.
 *
 * @example
 * const loaded = await loadBacklog('packages/cli/samples/backlog.jira.csv');
 * if (loaded.ok) loaded.value.backlog.items.length; // => 24
 */
export async function loadBacklog(
  file: string,
  options: { configFile?: string } = {},
): Promise<InputResult<LoadedBacklog>> {
  const loaded = await loadConfig({
    inputFile: file,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  if (!loaded.ok) return loaded;
  const { config, file: configFile } = loaded.value;
  const head = await readHead(file);
  if (!head.ok) return head;
  const binary = checkText(head.value.bytes, file);
  if (binary) return { ok: false, problems: [binary] };
  const start = head.value.bytes
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  if (start === '' && head.value.whole) return inputFailure({ file }, 'empty_file', 'the file is empty');
  if (start.startsWith('{') || start.startsWith('[')) {
    const text = await readExportText(file);
    return text.ok ? loadBacklogText(text.value, file, config, configFile) : text;
  }
  // CSV is streamed into its table: the file's bytes and text are never held whole, and only
  // the columns the importer reads are kept (a Jira export's comments alone are ~15% of it).
  const table = await readCsvFile(file, {
    columns: (header) => csvImporterFor(header)?.columnsRead?.(header, config),
  });
  if (!table.ok) return table;
  const csv = csvDraft(table.value, config);
  if (!csv.ok) return csv;
  // The draft keeps what the commands use; every row's cells can go before assembly, which
  // builds a second copy of each item (on a 50k-issue export the rows are ~100 MB).
  table.value.rows = [];
  return finish(csv.value.draft, csv.value.format, file, config, configFile);
}

/**
 * Reads an export file as text: UTF-8 (with stray Windows-1252 lines tolerated). A zip, a
 * UTF-16 file or other binary input fails with one short line saying to export a UTF-8 CSV,
 * never with the raw bytes.
 *
 * @example
 * await readExportText('backlog.csv'); // => { ok: true, value: 'Summary,Issue key\n…' }
 */
export async function readExportText(file: string): Promise<InputResult<string>> {
  const bytes = await readInput(file);
  if (!bytes.ok) return bytes;
  const binary = checkText(bytes.value, file);
  return binary ? { ok: false, problems: [binary] } : { ok: true, value: decodeText(bytes.value) };
}

function checkText(bytes: Uint8Array, file: string): InputProblem | undefined {
  const markup = markupKind(bytes);
  if (markup) {
    return inputProblem(
      { file },
      'unknown_format',
      `is ${markup}, which trailmap does not read; export the issues from Jira as CSV (Export > CSV (all fields)) or from Linear as CSV, or save a Jira REST search as JSON`,
      { expected: 'a UTF-8 CSV or JSON export', received: markup },
    );
  }
  const kind = binaryKind(bytes);
  if (!kind) return undefined;
  return inputProblem(
    { file },
    'not_text',
    `is ${kind}, not a text export; export the issues from Jira or Linear as CSV (UTF-8)${kind.includes('zip') ? ', or unzip it first' : ''}`,
    { expected: 'a UTF-8 CSV or JSON export', received: kind },
  );
}

// Jira's issue search also exports XML (an RSS feed), HTML reports and Word (HTML saved as .doc);
// read as CSV they fail on their first quote, far from saying what the file is.
function markupKind(bytes: Uint8Array): string | undefined {
  const start = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<?xml') || start.startsWith('<rss')) {
    return start.includes('<rss') ? "Jira's XML (RSS) export" : 'an XML file';
  }
  if (/^<(!doctype html|html|head|body|meta|table)\b/.test(start))
    return "an HTML page (Jira's HTML or Word export?)";
  return undefined;
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
): Promise<InputResult<LoadedBacklog>> {
  if (text.trim() === '') return inputFailure({ file }, 'empty_file', 'the file is empty');
  const trimmed = text.trimStart();
  const json = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (!json) {
    const table = parseCsvText(text, file);
    return table.ok ? loadCsvTable(table.value, config, configFile) : table;
  }
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  const draft = jsonDraft({ file, json: parsed.value }, config);
  return draft.ok ? finish(draft.value, 'json', file, config, configFile) : draft;
}

/**
 * The same as {@link loadBacklog} on a CSV table already read (e.g. by `readCsvFile`).
 *
 * @example
 * await loadCsvTable(table, defaultConfig()); // => { ok: true, value: { backlog, format: 'jira-csv', … } }
 */
export async function loadCsvTable(
  table: CsvTable,
  config: TrailmapConfig,
  configFile?: string,
): Promise<InputResult<LoadedBacklog>> {
  const csv = csvDraft(table, config);
  return csv.ok ? finish(csv.value.draft, csv.value.format, table.file, config, configFile) : csv;
}

function csvDraft(
  table: CsvTable,
  config: TrailmapConfig,
): InputResult<{ draft: DraftBacklog; format: BacklogFormat }> {
  const format = detectFormat('', table.header);
  if (!format || format === 'json') {
    return inputFailure(
      { file: table.file },
      'unknown_format',
      `not a Jira or Linear CSV export: expected a header such as 'Issue key' or 'ID' (found ${describeHeader(table.header)})`,
      { expected: "a header such as 'Issue key' or 'ID'", received: describeHeader(table.header) },
    );
  }
  const draft = (format === 'jira-csv' ? jiraCsvImporter : linearCsvImporter).toDraft(table, config);
  if (!draft.ok) return draft;
  const repeated = repeatedHeaderWarning(table.repeatedHeaderRows);
  if (repeated) draft.value.warnings.unshift(repeated);
  return { ok: true, value: { draft: draft.value, format } };
}

// One line per file however many exports were pasted together; the reader already skipped them.
function repeatedHeaderWarning(rows: readonly number[] | undefined): string | undefined {
  if (!rows?.length) return undefined;
  const [first, ...more] = rows;
  if (more.length === 0) return `row ${first} repeats the header row (were two exports joined?); skipped`;
  return `rows ${rows.join(', ')} repeat the header row (were exports joined?); skipped`;
}

function csvImporterFor(header: readonly string[]): Importer<CsvTable> | undefined {
  const format = detectFormat('', header);
  return format === 'jira-csv' ? jiraCsvImporter : format === 'linear-csv' ? linearCsvImporter : undefined;
}

async function finish(
  draft: DraftBacklog,
  format: BacklogFormat,
  file: string,
  config: TrailmapConfig,
  configFile: string | undefined,
): Promise<InputResult<LoadedBacklog>> {
  const sidecar =
    format === 'json'
      ? ({ ok: true, value: undefined } as const)
      : await applyScoresSidecar(draft, file, config, configFile);
  if (!sidecar.ok) return sidecar;
  const scoresFile = sidecar.value;
  const assembled = assembleBacklog(draft, config, file);
  if (!assembled.ok) return assembled;
  const { backlog, warnings } = assembled.value;
  if (draft.extra) mergeJsonExtras(backlog, draft.extra);
  return {
    ok: true,
    value: {
      backlog,
      format,
      warnings,
      config,
      source: draft.source === 'json' ? 'trailmap' : draft.source,
      ...(configFile ? { configFile } : {}),
      ...(scoresFile ? { scoresFile } : {}),
      ...(draft.guessedDateOrder ? { guessedDateOrder: draft.guessedDateOrder } : {}),
    },
  };
}

async function readInput(file: string): Promise<InputResult<Buffer>> {
  try {
    return { ok: true, value: await readFile(file) };
  } catch (error) {
    return { ok: false, problems: [readError(error, file)] };
  }
}

// The first bytes, for the binary and JSON checks, read before the file is streamed.
async function readHead(file: string): Promise<InputResult<{ bytes: Buffer; whole: boolean }>> {
  try {
    const handle = await open(file, 'r');
    try {
      const bytes = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(bytes, 0, HEAD_BYTES, 0);
      return { ok: true, value: { bytes: bytes.subarray(0, bytesRead), whole: bytesRead < HEAD_BYTES } };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problems: [readError(error, file)] };
  }
}

const HEAD_BYTES = 64 * 1024;

// A file the user named that cannot be opened is their input's problem, whatever the errno.
function readError(error: unknown, file: string): InputProblem {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return inputProblem({ file }, 'not_found', 'file not found');
  const message =
    code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code || 'unknown error'})`;
  return inputProblem({ file }, 'unreadable', message);
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

function jsonDraft(doc: JsonDocument, config: TrailmapConfig): InputResult<DraftBacklog> {
  const importer = JSON_IMPORTERS.find((i) => i.recognises(doc));
  if (!importer) {
    return inputFailure(
      { file: doc.file },
      'unknown_format',
      'not a JSON format trailmap reads: expected a Jira REST search response ({"issues": [{"key", "fields"}]}) or Trailmap JSON ({"items": [...]}); or export the issues as CSV from Jira or Linear',
    );
  }
  return importer.toDraft(doc, config);
}
