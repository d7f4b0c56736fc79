import type { DuplicateDoc, KnownDuplicate } from '@trailmap/core';
import { type CsvTable, readCsvFile } from '@trailmap/trackers';
import { InputError, inputValue, UsageError } from '../errors';

/** Reports read from `--data`, in file order, each id once. */
export interface ReportRows {
  docs: DuplicateDoc[];
  /** Rows skipped because their id cell was empty or repeated an earlier row's id. */
  skipped: number;
}

/**
 * Reads the reports of `dedupe eval --data`: the id column, then the text columns (the first is
 * the title, the rest are joined as the body). Columns match exactly, then case-insensitively.
 *
 * @example
 * const { docs } = await readReportCsv('bugs.csv', { id: 'key', text: ['title', 'description'] });
 */
export async function readReportCsv(
  file: string,
  columns: { id: string; text: readonly string[] },
): Promise<ReportRows> {
  if (columns.text.length === 0)
    throw new UsageError('--text needs at least one column name: --text <title col>,<body col>');
  const table = inputValue(await readCsvFile(file));
  const idAt = columnIndex(table, columns.id, '--id');
  const [titleAt, ...bodyAt] = columns.text.map((name) => columnIndex(table, name, '--text'));
  const docs: DuplicateDoc[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const { cells } of table.rows) {
    const id = (cells[idAt] ?? '').trim();
    if (!id || seen.has(id)) {
      skipped++;
      continue;
    }
    seen.add(id);
    docs.push({
      id,
      title: cells[titleAt!] ?? '',
      body: bodyAt
        .map((i) => cells[i] ?? '')
        .filter(Boolean)
        .join('\n'),
    });
  }
  if (docs.length === 0)
    throw new InputError({ file, column: columns.id, message: 'no row has an id; check --id and the file' });
  return { docs, skipped };
}

/**
 * Reads `--pairs`: each row holds a report's id, then the id of the report it duplicates (extra
 * columns are ignored). A first row whose two cells are both unknown ids is a header and skipped,
 * so files with or without a header both work.
 *
 * @example
 * const pairs = await readPairsCsv('pairs.csv', new Set(['B-1', 'B-2']));
 */
export async function readPairsCsv(file: string, knownIds: ReadonlySet<string>): Promise<KnownDuplicate[]> {
  const table = inputValue(await readCsvFile(file));
  // readCsvFile reads the first row as a header; here it may be data.
  const rows = [table.header, ...table.rows.map((r) => r.cells)];
  const [first] = rows;
  if (!first || (first.length < 2 && rows.length === 1 && !first[0]))
    throw new InputError({ file, message: 'the file is empty; expected rows "<report id>,<duplicated id>"' });
  if (rows.every((r) => r.filter((c) => c.trim()).length < 2))
    throw new InputError({
      file,
      message: 'expected two id columns per row: a report, then the report it duplicates',
    });
  const isHeader = !knownIds.has((first[0] ?? '').trim()) && !knownIds.has((first[1] ?? '').trim());
  return rows
    .slice(isHeader ? 1 : 0)
    .map((cells) => ({ duplicate: (cells[0] ?? '').trim(), original: (cells[1] ?? '').trim() }))
    .filter((p) => p.duplicate && p.original);
}

function columnIndex(table: CsvTable, name: string, flag: string): number {
  let at = table.header.indexOf(name);
  if (at < 0) at = table.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  if (at < 0)
    throw new InputError({
      file: table.file,
      column: name,
      message: `no such column (from ${flag}); the header has: ${table.header.map((h) => JSON.stringify(h)).join(', ')}`,
    });
  return at;
}
