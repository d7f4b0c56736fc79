import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Options, parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { type InputProblem, type InputResult, inputFailure, inputProblem } from '../errors/inputProblem';
import { normalizeHeader } from './columns';
import { decodeLines } from './decodeText';
import { FastCsv, UNSUPPORTED } from './fastCsv';

/** A parsed CSV: the header row as written (duplicates kept) and data rows with their line numbers. */
export interface CsvTable {
  file: string;
  header: string[];
  /** Each data row, with `row` = the 1-based line number where the record starts in the file. */
  rows: { row: number; cells: string[] }[];
  /**
   * Set when the reader kept only some of the file's columns (`readCsvFile`'s `columns`):
   * `header` and every row's `cells` then hold those columns alone, in file order, and rows
   * blank in every column of the file are already left out.
   */
  projected?: true;
  /**
   * The rows (line numbers) that repeat the header cell for cell and were skipped: two exports
   * pasted into one file, the usual way around Jira's 1000-issue export limit.
   */
  repeatedHeaderRows?: number[];
}

/**
 * Picks the columns to keep from the header (trimmed, as written): their positions in
 * increasing order, or `undefined` to keep every column.
 */
export type ColumnChoice = (header: readonly string[]) => readonly number[] | undefined;

type InfoRecord = { record: string[]; info: { lines: number } };

/**
 * Reads a CSV export: RFC 4180 quoting with multi-line fields, BOM, mixed UTF-8/Windows-1252
 * lines, comma / semicolon / tab delimiters (sniffed from the header, or named by an Excel `sep=;`
 * first line, which is skipped), CRLF or LF, and short rows.
 * The file is streamed: bytes are decoded chunk by chunk at line ends and parsed as they arrive,
 * so only the table itself is held, never the file's bytes or its whole text; with `columns`,
 * only the chosen columns of each row are kept as it is read. `FastCsv` reads
 * the common case; a file it cannot read is parsed again by csv-parse, for csv-parse's errors. `chunkBytes`
 * (default 1 MiB) is the read size.
 *
 * @example
 * const table = await readCsvFile('backlog.csv');
 * if (table.ok) table.value.header; // => ['Summary', 'Issue key', …]
 */
export async function readCsvFile(
  file: string,
  options: { chunkBytes?: number; columns?: ColumnChoice } = {},
): Promise<InputResult<CsvTable>> {
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  const { columns } = options;
  try {
    const delimiter = sniffDelimiter(await readHead(file));
    return (
      (await readFast(file, delimiter, chunkBytes, columns)) ??
      (await readWithCsvParse(file, delimiter, chunkBytes, columns))
    );
  } catch (error) {
    return { ok: false, problems: [readProblem(error, file)] };
  }
}

// The common case: FastCsv over the decoded pieces. `undefined` when the file needs csv-parse.
async function readFast(
  file: string,
  delimiter: string,
  chunkBytes: number,
  columns?: ColumnChoice,
): Promise<InputResult<CsvTable> | undefined> {
  const table = emptyTable(file);
  const csv = new FastCsv(delimiter, tableBuilder(table, columns));
  let needsCsvParse = false;
  const handOver = () => {
    needsCsvParse = true;
    throw NEEDS_CSV_PARSE;
  };
  try {
    await pipeline(
      createReadStream(file, { highWaterMark: chunkBytes }),
      new LineDecoder(),
      async (pieces: AsyncIterable<string>) => {
        for await (const piece of pieces) if (csv.push(piece, false) === UNSUPPORTED) handOver();
        if (csv.push('', true) === UNSUPPORTED) handOver();
      },
    );
  } catch (error) {
    // Stopping while the file is still being read makes the pipeline reject with the read
    // stream's AbortError rather than NEEDS_CSV_PARSE, so the flag, not the error, decides.
    if (needsCsvParse) return undefined;
    throw error;
  }
  return finishTable(table);
}

// Thrown to stop reading as soon as FastCsv meets what it leaves to csv-parse.
const NEEDS_CSV_PARSE = new Error('needs csv-parse');

async function readWithCsvParse(
  file: string,
  delimiter: string,
  chunkBytes: number,
  columns?: ColumnChoice,
): Promise<InputResult<CsvTable>> {
  const table = emptyTable(file);
  const add = tableBuilder(table, columns);
  const startLine = startLines();
  const parser = parseStream(csvOptions(delimiter));
  parser.on('data', ({ record, info }: InfoRecord) => add(startLine(info.lines, record), record));
  await pipeline(createReadStream(file, { highWaterMark: chunkBytes }), new LineDecoder(), parser);
  return finishTable(table);
}

interface PartialTable {
  file: string;
  header: string[] | undefined;
  rows: CsvTable['rows'];
  keep: readonly number[] | undefined;
  /** The whole header (before any column choice), normalised as `Columns` matches it. */
  normalizedHeader: string[] | undefined;
  /** Its first cell, lower-cased: the cheap test every data row gets. */
  firstHeaderCell: string;
  repeatedHeaderRows: number[];
}

const emptyTable = (file: string): PartialTable => ({
  file,
  header: undefined,
  rows: [],
  keep: undefined,
  normalizedHeader: undefined,
  firstHeaderCell: '',
  repeatedHeaderRows: [],
});

// Each record as the parser emits it; with a column choice only the chosen cells stay, so the
// others (comments, attachments…) are garbage as soon as their row is read.
function tableBuilder(table: PartialTable, columns?: ColumnChoice): (row: number, cells: string[]) => void {
  let first = true;
  return (row, cells) => {
    const sepLine = first && isSepLine(cells);
    first = false;
    if (sepLine) return;
    if (!table.header) {
      const header = cells.map((h) => h.trim());
      table.keep = columns?.(header);
      table.header = table.keep ? table.keep.map((i) => header[i] ?? '') : header;
      table.normalizedHeader = header.map(normalizeHeader);
      table.firstHeaderCell = bare(header[0] ?? '');
      return;
    }
    if (bare(cells[0] ?? '') === table.firstHeaderCell && repeatsHeader(cells, table.normalizedHeader)) {
      table.repeatedHeaderRows.push(row);
      return;
    }
    const keep = table.keep;
    if (!keep) {
      table.rows.push({ row, cells });
      return;
    }
    // Blank in the columns kept is not blank: the mapping still reports a row with no key.
    if (isBlankRow(cells)) return;
    const kept = new Array<string>(keep.length);
    for (let k = 0; k < keep.length; k++) kept[k] = cells[keep[k]!] ?? '';
    table.rows.push({ row, cells: kept });
  };
}

// Excel's `sep=;` first line (written by tools that target Excel, kept when a file is re-saved)
// names the delimiter; it is not the header. It reads as `sep=` and an empty cell.
const SEP_LINE = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?sep=([^\r\n])(?:\r?\n|$)/i;

function isSepLine(cells: readonly string[]): boolean {
  return cells.length <= 2 && /^sep=.?$/i.test(cells[0] ?? '') && !cells[1];
}

// A row that is the header again: cell for cell after the header's own normalisation (case,
// spaces, a BOM left mid-file by `cat`); missing trailing cells count as empty. Callers first
// compare the first cell bare, which on a data row almost always differs, so data rows never
// reach `normalizeHeader` (and its cache).
function repeatsHeader(cells: readonly string[], header: readonly string[] | undefined): boolean {
  if (!header || header.length === 0) return false;
  const width = Math.max(cells.length, header.length);
  for (let i = 0; i < width; i++) if (normalizeHeader(cells[i] ?? '') !== (header[i] ?? '')) return false;
  return true;
}

const bare = (cell: string): string =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

function finishTable(table: PartialTable): InputResult<CsvTable> {
  const { file, header, rows, keep, repeatedHeaderRows } = table;
  // The builder outlives the read (the stream pipeline keeps its parser reachable), so it must
  // not keep the rows: a caller that drops them (loadBacklog, once mapped) frees ~100 MB on a
  // 50 MB export only if nothing else holds them.
  table.rows = [];
  table.header = undefined;
  table.repeatedHeaderRows = [];
  if (!header) return inputFailure({ file }, 'empty_file', 'the file is empty; expected a header row');
  const repeats = repeatedHeaderRows.length ? { repeatedHeaderRows } : {};
  return {
    ok: true,
    value: keep ? { file, header, rows, projected: true, ...repeats } : { file, header, rows, ...repeats },
  };
}

/**
 * Whether every cell of a row is empty or whitespace: such rows are no issue.
 *
 * @example
 * isBlankRow(['', '  ']); // => true
 */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

// The delimiter is sniffed from the header line; delimiters are ASCII, so Latin-1 decoding of
// the first bytes counts them exactly whatever the file's encoding.
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

const HEAD_BYTES = 64 * 1024;

/**
 * Parses CSV text already decoded; see {@link readCsvFile}.
 *
 * @example
 * parseCsvText('a,b\n1,2\n', 'x.csv'); // => { ok: true, value: { header: ['a', 'b'], rows: [{ row: 2, cells: ['1', '2'] }], … } }
 */
export function parseCsvText(text: string, file: string): InputResult<CsvTable> {
  const delimiter = sniffDelimiter(text);
  const table = emptyTable(file);
  if (new FastCsv(delimiter, tableBuilder(table)).push(text, true) !== UNSUPPORTED) return finishTable(table);
  let rows: { row: number; cells: string[] }[];
  try {
    rows = parseWithCsvParse(text, delimiter);
  } catch (error) {
    return { ok: false, problems: [readProblem(error, file)] };
  }
  const fallback = emptyTable(file);
  const add = tableBuilder(fallback);
  for (const r of rows) add(r.row, r.cells);
  return finishTable(fallback);
}

/**
 * Every record of `text` as csv-parse reads it, with the line each starts on: what
 * {@link FastCsv} must agree with, and what reads the input when FastCsv cannot.
 *
 * @example
 * parseWithCsvParse('a,b\n1,2\n', ','); // => [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1', '2'] }]
 */
export function parseWithCsvParse(text: string, delimiter: string): { row: number; cells: string[] }[] {
  const records = parse(text, csvOptions(delimiter)) as unknown as InfoRecord[];
  const startLine = startLines();
  return records.map(({ record, info }) => ({ row: startLine(info.lines, record), cells: record }));
}

function csvOptions(delimiter: string): Options {
  return { delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true };
}

/**
 * Decodes a byte stream to text at line ends (see `decodeLines`), dropping a leading BOM, so a
 * Windows-1252 line is decoded on its own exactly as when the whole file is decoded at once.
 */
class LineDecoder extends Transform {
  private carry: Buffer = Buffer.alloc(0);
  private first = true;

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first && bytes.length >= 3) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const end = this.first ? -1 : bytes.lastIndexOf(0x0a);
    this.carry = bytes.subarray(end + 1);
    done(null, end < 0 ? undefined : decodeLines(bytes.subarray(0, end + 1)));
  }

  override _flush(done: TransformCallback): void {
    let bytes = this.carry;
    if (this.first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    done(null, bytes.length ? decodeLines(bytes) : undefined);
  }
}

// The reader's I/O errors and csv-parse's errors are where bad input first shows; each becomes a
// problem here.
function readProblem(error: unknown, file: string): InputProblem {
  const message = error instanceof Error ? error.message : String(error);
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return inputProblem({ file }, 'not_found', 'file not found');
  if (code === 'EISDIR') return inputProblem({ file }, 'unreadable', 'is a folder, not a file');
  if (code.startsWith('E') && !code.startsWith('CSV')) {
    return inputProblem({ file }, 'unreadable', `cannot be read (${code})`);
  }
  const line = /line (\d+)/i.exec(message)?.[1];
  return inputProblem(
    { file, ...(line ? { row: Number(line) } : {}) },
    'invalid_csv',
    // csv-parse quotes the offending record; a binary or huge field must not flood the terminal.
    `not valid CSV (${shorten(message.replace(/^Invalid Record Length: /, ''), 160)}); export the issues from Jira or Linear as CSV (UTF-8)`,
  );
}

/**
 * Turns csv-parse's line numbers (the line a record ends on) into the line each record starts
 * on. csv-parse counts every `\r` and every `\n` inside a quoted field as a line, so a CRLF
 * inside a field counts twice: that surplus is carried over to every later record.
 */
function startLines(): (endLine: number, record: readonly string[]) => number {
  let surplus = 0;
  return (endLine, record) => {
    let breaks = 0;
    let crlf = 0;
    for (const cell of record) {
      for (let i = 0; i < cell.length; i++) {
        const c = cell.charCodeAt(i);
        if (c === 10) breaks++;
        else if (c === 13) {
          breaks++;
          if (cell.charCodeAt(i + 1) === 10) crlf++;
        }
      }
    }
    const start = endLine - surplus - breaks;
    surplus += crlf;
    return start;
  };
}

function sniffDelimiter(text: string): string {
  const sep = SEP_LINE.exec(text);
  if (sep?.[1]) return sep[1];
  const headerLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const counts = [',', ';', '\t'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
