import type { EvalExample } from '@trailmap/core';
import { type CsvTable, readCsvFile } from '@trailmap/trackers';
import { InputError, inputValue, UsageError } from '../errors';

/** Which columns hold what. */
export interface LabelColumns {
  /** Text columns; the first is the title (weighted more), the rest are joined as the body. */
  text: readonly string[];
  /** Label columns; several columns (e.g. class1…class5) make the data multi-label. */
  label?: readonly string[];
  /** Optional grouping column: one model per value (e.g. per repository). */
  per?: string;
}

/** Labelled (or unlabelled) rows read from a CSV, with their source line numbers. */
export interface LabelledRows {
  examples: (EvalExample & { row: number })[];
  /** Rows skipped because no label column held a label. */
  unlabelled: number;
}

/**
 * The rule for several labels in one cell: `;` and `|` always separate labels, and so does `,`.
 * (Jira's export repeats the `Labels` column instead; every column of that name is read.)
 *
 * @example
 * splitLabels('ui; export|billing'); // => ['ui', 'export', 'billing']
 */
export function splitLabels(cell: string): string[] {
  return cell
    .split(/[;|,]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Splits a `--text` / `--label` flag value into column names.
 *
 * @example
 * columnList('title, body'); // => ['title', 'body']
 */
export function columnList(flag: string | undefined): string[] {
  return (flag ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Reads a CSV of tickets for training, prediction or evaluation. A missing column is an
 * `InputError` that names it and lists the header. With `label` columns, rows without any label
 * are skipped and counted.
 *
 * @example
 * const { examples } = await readLabelledCsv('issues.csv', { text: ['title', 'body'], label: ['label'], per: 'repo' });
 */
export async function readLabelledCsv(file: string, columns: LabelColumns): Promise<LabelledRows> {
  if (columns.text.length === 0) throw new UsageError('--text needs at least one column name');
  const table = inputValue(await readCsvFile(file));
  const textAt = columns.text.map((name) => columnIndexes(table, name, '--text')[0]!);
  const labelAt = (columns.label ?? []).flatMap((name) => columnIndexes(table, name, '--label'));
  const perAt = columns.per === undefined ? undefined : columnIndexes(table, columns.per, '--per')[0];
  let unlabelled = 0;
  const examples: LabelledRows['examples'] = [];
  for (const { row, cells } of table.rows) {
    const [titleAt, ...bodyAt] = textAt;
    const labels = [...new Set(labelAt.flatMap((i) => splitLabels(cells[i] ?? '')))];
    if (columns.label && labels.length === 0) {
      unlabelled++;
      continue;
    }
    examples.push({
      row,
      title: cells[titleAt!] ?? '',
      body: bodyAt.map((i) => cells[i] ?? '').join('\n'),
      labels,
      ...(perAt === undefined ? {} : { group: (cells[perAt] ?? '').trim() }),
    });
  }
  return { examples, unlabelled };
}

// Every column with this name (exports repeat `Labels`), matched exactly, then case-insensitively.
function columnIndexes(table: CsvTable, name: string, flag: string): number[] {
  let at = table.header.flatMap((h, i) => (h === name ? [i] : []));
  if (at.length === 0)
    at = table.header.flatMap((h, i) => (h.toLowerCase() === name.toLowerCase() ? [i] : []));
  if (at.length === 0) {
    throw new InputError({
      file: table.file,
      column: name,
      message: `no such column (from ${flag}); the header has: ${table.header.map((h) => JSON.stringify(h)).join(', ')}`,
    });
  }
  return at;
}
