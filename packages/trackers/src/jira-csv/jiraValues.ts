import type { Estimate } from '@trailmap/core';
import { type Cell, type Columns, type CsvRow, normalizeHeader } from '../csv/columns';
import { type DraftItem, pushUnique } from '../draft/draft';
import { InputError } from '../errors/inputError';
import { parseNumber } from '../values/numbers';

/** Jira issue-link headers: `Inward issue link (Blocks)`, `Outward issue link (Relates)`, … */
export const LINK = /^(inward|outward) issue link \((.+)\)$/;

/**
 * Labels from repeated `Labels` columns; Jira labels cannot contain spaces, so a cell holding
 * several space-separated labels (current-fields exports) is split.
 *
 * @example
 * mapLabels([{ value: 'ux mobile', column: 'Labels' }, { value: 'api', column: 'Labels' }]); // => ['ux', 'mobile', 'api']
 */
export function mapLabels(cells: readonly Cell[]): string[] {
  return [...new Set(cells.flatMap((c) => c.value.split(/\s+/)).filter(Boolean))];
}

/**
 * The estimate: story points when present, else Jira's original estimate (seconds) in hours.
 *
 * @example
 * mapEstimate({ value: '5.0', column: 'Custom field (Story Points)' }, undefined, { row: 2, cells: [] }, 'a.csv');
 * // => { value: 5, unit: 'points' }
 */
export function mapEstimate(
  points: Cell | undefined,
  originalSeconds: Cell | undefined,
  row: CsvRow,
  file: string,
): Estimate | undefined {
  if (points) return { value: nonNegative(points, row, file), unit: 'points' };
  if (originalSeconds) {
    return { value: Number((nonNegative(originalSeconds, row, file) / 3600).toFixed(4)), unit: 'hours' };
  }
  return undefined;
}

/**
 * Customers from `Custom field (Customers)` cells: repeated columns and comma/semicolon lists.
 *
 * @example
 * mapCustomers([{ value: 'Acme, Globex', column: 'Custom field (Customers)' }]); // => ['Acme', 'Globex']
 */
export function mapCustomers(cells: readonly Cell[]): string[] {
  return [
    ...new Set(
      cells
        .flatMap((c) => c.value.split(/\s*[,;]\s*/))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Ranks as numbers, lower first: numeric ranks are kept; LexoRank strings (`0|i02m2f:`) are
 * replaced by their position (1, 2, …) in lexicographic order, which is Jira's own order.
 *
 * @example
 * const a = { draft: { item: {} }, cell: { value: '0|i00b:', column: 'Rank' } };
 * const b = { draft: { item: {} }, cell: { value: '0|i00a:', column: 'Rank' } };
 * mapRanks([a, b]); // a.draft.item.rank === 2, b.draft.item.rank === 1
 */
export function mapRanks(cells: readonly { draft: Pick<DraftItem, 'item'>; cell: Cell }[]): void {
  const numbers = cells.map((r) => parseNumber(r.cell.value));
  if (numbers.every((n) => n !== undefined)) {
    cells.forEach((r, i) => {
      r.draft.item.rank = numbers[i];
    });
    return;
  }
  const sorted = [...cells].sort((a, b) =>
    a.cell.value < b.cell.value ? -1 : a.cell.value > b.cell.value ? 1 : 0,
  );
  sorted.forEach((r, i) => {
    r.draft.item.rank = i + 1;
  });
}

/**
 * Reads the issue-link columns of one row: Blocks/Dependency into `blocks`/`blockedBy`,
 * Parent-Child into the hierarchy, every other type (Relates, Cloners…) into `relatedKeys`.
 *
 * @example
 * // 'Inward issue link (Blocks)' = PM-2 → d.item.blockedBy = ['PM-2']
 */
export function mapLinks(d: DraftItem, cols: Columns, row: CsvRow, linkHeaders: readonly string[]): void {
  for (const header of linkHeaders) {
    const m = LINK.exec(normalizeHeader(header));
    if (!m) continue;
    const [, direction, type] = m;
    const keys = cols
      .all(row, [header])
      .flatMap((cell) => cell.value.split(/\s*,\s*/))
      .filter(Boolean);
    if (type === 'blocks' || type === 'blocker' || type === 'dependency' || type === 'depends') {
      // Blocks: outward "blocks X". Dependency: outward "depends on X", i.e. X blocks this.
      const thisBlocks =
        type === 'dependency' || type === 'depends' ? direction === 'inward' : direction === 'outward';
      pushUnique(thisBlocks ? d.item.blocks : d.item.blockedBy, keys);
    } else if (type === 'parent-child' && direction === 'outward') {
      pushUnique(d.childKeys, keys);
    } else if (type === 'parent-child') {
      if (!d.item.parentKey && keys[0]) d.item.parentKey = keys[0];
    } else {
      pushUnique(d.relatedKeys, keys);
    }
  }
}

function nonNegative(cell: Cell, row: CsvRow, file: string): number {
  const n = parseNumber(cell.value);
  if (n === undefined)
    throw new InputError({
      file,
      row: row.row,
      column: cell.column,
      message: `"${cell.value}" is not a number`,
    });
  if (n < 0)
    throw new InputError({ file, row: row.row, column: cell.column, message: `${cell.value} is negative` });
  return n;
}
