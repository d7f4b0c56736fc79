import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors/inputError';
import { decodeText } from './decodeText';

/** A parsed CSV: the header row as written (duplicates kept) and data rows with their line numbers. */
export interface CsvTable {
  file: string;
  header: string[];
  /** Each data row, with `row` = the 1-based line number where the record starts in the file. */
  rows: { row: number; cells: string[] }[];
}

/**
 * Reads a CSV export: RFC 4180 quoting with multi-line fields, BOM, mixed UTF-8/Windows-1252
 * lines, comma / semicolon / tab delimiters (sniffed from the header), CRLF or LF, and short rows.
 *
 * @example
 * const table = await readCsvFile('backlog.csv');
 * table.header; // => ['Summary', 'Issue key', …]
 */
export async function readCsvFile(file: string): Promise<CsvTable> {
  const bytes = await readFile(file);
  return parseCsvText(decodeText(bytes), file);
}

/**
 * Parses CSV text already decoded; see {@link readCsvFile}.
 *
 * @example
 * parseCsvText('a,b\n1,2\n', 'x.csv').rows[0]; // => { row: 2, cells: ['1', '2'] }
 */
export function parseCsvText(text: string, file: string): CsvTable {
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    throw new InputError({
      file,
      ...(line ? { row: Number(line) } : {}),
      // csv-parse quotes the offending record; a binary or huge field must not flood the terminal.
      message: `not valid CSV (${shorten(message.replace(/^Invalid Record Length: /, ''), 160)}); export the issues from Jira or Linear as CSV (UTF-8)`,
    });
  }
  const [first, ...rest] = records;
  if (!first) throw new InputError({ file, message: 'the file is empty; expected a header row' });
  return {
    file,
    header: first.record.map((h) => h.trim()),
    rows: rest.map(({ record, info }) => ({ row: startLine(info.lines, record), cells: record })),
  };
}

// csv-parse reports the line a record ends on; multi-line quoted fields start earlier.
function startLine(endLine: number, record: string[]): number {
  const extraLines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return endLine - extraLines;
}

function sniffDelimiter(text: string): string {
  const headerLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const counts = [',', ';', '\t'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
