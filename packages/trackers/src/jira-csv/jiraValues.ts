import type { Estimate } from '@trailmap/core';
import { type Cell, type Columns, type CsvRow, normalizeHeader } from '../csv/columns';
import type { DraftItem } from '../draft/draft';
import type { InputProblems } from '../errors/inputProblem';
import { applyJiraLink } from '../jira/links';
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
 * A value that is not a number ≥ 0 is recorded in `problems` and the estimate left out.
 *
 * @example
 * mapEstimate({ value: '5.0', column: 'Custom field (Story Points)' }, undefined, { row: 2, cells: [] }, new InputProblems('a.csv'));
 * // => { value: 5, unit: 'points' }
 */
export function mapEstimate(
  points: Cell | undefined,
  originalSeconds: Cell | undefined,
  row: CsvRow,
  problems: InputProblems,
): Estimate | undefined {
  const cell = points ?? originalSeconds;
  if (!cell) return undefined;
  const n = nonNegative(cell, row, problems);
  if (n === undefined) return undefined;
  return points ? { value: n, unit: 'points' } : { value: Number((n / 3600).toFixed(4)), unit: 'hours' };
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
  // Numbers beyond 2^53 (Jira's Long.MAX_VALUE rank, 9223372036854775807) lose their order as
  // floats; they are ordered exactly as decimal integers and replaced by positions instead.
  if (numbers.every((n) => n !== undefined && Math.abs(n) <= Number.MAX_SAFE_INTEGER)) {
    cells.forEach((r, i) => {
      r.draft.item.rank = numbers[i];
    });
    return;
  }
  const integers = cells.every((r) => /^-?\d+$/.test(r.cell.value.trim()));
  const compare = integers
    ? (a: string, b: string) => {
        const x = BigInt(a.trim());
        const y = BigInt(b.trim());
        return x < y ? -1 : x > y ? 1 : 0;
      }
    : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...cells].sort((a, b) => compare(a.cell.value, b.cell.value));
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
  for (const link of linkColumns(cols, linkHeaders)) {
    const keys: string[] = [];
    for (const i of link.indices) {
      const value = (row.cells[i] ?? '').trim();
      if (value === '') continue;
      for (const key of value.split(/\s*,\s*/)) if (key) keys.push(key);
    }
    if (keys.length) applyJiraLink(d, link.direction, link.type, keys);
  }
}

interface LinkColumn {
  direction: 'inward' | 'outward';
  type: string;
  indices: number[];
}

// Each link header's direction, type and columns, worked out once per export, not per row.
const LINK_COLUMNS = new WeakMap<Columns, { headers: readonly string[]; links: LinkColumn[] }>();

function linkColumns(cols: Columns, linkHeaders: readonly string[]): LinkColumn[] {
  const known = LINK_COLUMNS.get(cols);
  if (known?.headers === linkHeaders) return known.links;
  const links: LinkColumn[] = [];
  for (const header of linkHeaders) {
    const m = LINK.exec(normalizeHeader(header));
    if (!m) continue;
    links.push({ direction: m[1] as 'inward' | 'outward', type: m[2]!, indices: cols.indices([header]) });
  }
  LINK_COLUMNS.set(cols, { headers: linkHeaders, links });
  return links;
}

function nonNegative(cell: Cell, row: CsvRow, problems: InputProblems): number | undefined {
  const n = parseNumber(cell.value);
  const at = { row: row.row, column: cell.column };
  if (n === undefined)
    return problems.add(at, 'invalid', `"${cell.value}" is not a number`, {
      expected: 'a number',
      received: cell.value,
    });
  if (n < 0)
    return problems.add(at, 'out_of_range', `${cell.value} is negative`, {
      expected: '≥ 0',
      received: cell.value,
    });
  return n;
}
