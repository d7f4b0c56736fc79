import { normalizeHeader } from '../csv/columns';
import { scoringFieldFor } from '../csv/fieldNames';
import type { CsvTable } from '../csv/readCsv';

/** What a column is good for in Trailmap. */
export type FieldRole =
  | 'effort'
  | 'value (signals)'
  | 'dependencies'
  | 'hierarchy'
  | 'release'
  | 'start date'
  | 'due date'
  | 'grouping'
  | 'customers'
  | 'status'
  | `${string} (scoring input)`;

/** One usable column of an export and how many rows fill it. */
export interface FieldCoverage {
  /** The header as written (first occurrence). */
  column: string;
  filled: number;
  total: number;
  role: FieldRole;
}

// Normalised header → role. Checked after the scoring-input aliases.
const ROLES: readonly [RegExp, FieldRole][] = [
  [/^(custom field \()?(story points|story point estimate)\)?$|^estimate$|^original estimate$/, 'effort'],
  [/^priority$|^votes$|^watchers$|^(custom field \()?(customers?)\)?$/, 'value (signals)'],
  [/^(inward|outward) issue link \((blocks|blocker|dependency|depends)\)$|^blocked by$/, 'dependencies'],
  [/^parent( key| id| issue)?$|^(custom field \()?epic link\)?$/, 'hierarchy'],
  [
    /^fix versions?$|^fix version\/s$|^(custom field \()?sprint\)?$|^cycle name$|^cycle number$|^project milestone$/,
    'release',
  ],
  [/^(custom field \()?(start date|target start)\)?$|^started$/, 'start date'],
  [/^due date$|^(custom field \()?(target end|due date)\)?$/, 'due date'],
  [
    /^components?$|^component\/s$|^labels$|^(custom field \()?team\)?$|^team$|^project( name)?$|^initiatives?$|^roadmaps$/,
    'grouping',
  ],
  [/^status category$/, 'status'],
];

/**
 * Lists the columns of a CSV export Trailmap can use, with how many rows fill each, e.g.
 * `Story Points 79/92 → effort`. Repeated headers (Jira's multi-valued fields) count a row once.
 *
 * @example
 * inspectColumns(parseCsvText('Issue key,Story Points\nPM-1,3\nPM-2,\n', 'a.csv'));
 * // => [{ column: 'Story Points', filled: 1, total: 2, role: 'effort' }]
 */
export function inspectColumns(table: CsvTable): FieldCoverage[] {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const byName = new Map<string, { column: string; indices: number[] }>();
  table.header.forEach((h, i) => {
    const n = normalizeHeader(h);
    const entry = byName.get(n);
    if (entry) entry.indices.push(i);
    else byName.set(n, { column: h, indices: [i] });
  });
  const out: FieldCoverage[] = [];
  for (const [normalized, { column, indices }] of byName) {
    const scoring = scoringFieldFor(column);
    const role: FieldRole | undefined = scoring
      ? `${scoring} (scoring input)`
      : ROLES.find(([pattern]) => pattern.test(normalized))?.[1];
    if (!role) continue;
    const filled = rows.filter((r) => indices.some((i) => (r.cells[i] ?? '').trim() !== '')).length;
    out.push({ column, filled, total: rows.length, role });
  }
  return out;
}
