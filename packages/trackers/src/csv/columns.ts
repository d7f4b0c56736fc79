import { CUSTOM_FIELD_PREFIXES, englishLinkHeader, LOCALIZED_HEADERS } from '../jira/locales/index';

/**
 * Header resolution for tracker CSV exports: columns are found by name, case-insensitively,
 * never by position, and a name may appear several times (Jira repeats a header once per value
 * of a multi-valued field).
 */

/** One data row of a CSV export with the 1-based line it starts on. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A cell value together with the header it came from, so errors can name the column. */
export interface Cell {
  value: string;
  column: string;
}

/**
 * Normalises a header for matching: trimmed, lower-case, single spaces, and a Jira export in
 * another language read as the English one (one table per language in `jira/locales`):
 * `Campo personalizado (X)` → `custom field (x)`, `Clave de incidencia` → `issue key`,
 * `Enlace de incidencias de salida (Blocks)` → `outward issue link (blocks)`.
 *
 * @example
 * normalizeHeader('  Custom field (Story Points) '); // => 'custom field (story points)'
 * normalizeHeader('Campo personalizado (Reach)'); // => 'custom field (reach)'
 */
export function normalizeHeader(header: string): string {
  const cached = NORMALIZED.get(header);
  if (cached !== undefined) return cached;
  const h = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const prefix = CUSTOM_FIELD_PREFIXES.find((p) => h.startsWith(p));
  const custom = prefix ? `custom field (${h.slice(prefix.length)}` : h;
  const normalized = LOCALIZED_HEADERS.get(custom) ?? englishLinkHeader(custom) ?? custom;
  // Lookups repeat the same few names for every row; the cap keeps arbitrary input from growing it.
  if (NORMALIZED.size > 10_000) NORMALIZED.clear();
  NORMALIZED.set(header, normalized);
  return normalized;
}

const NORMALIZED = new Map<string, string>();

/**
 * The columns of one export, indexed by normalised header name.
 *
 * @example
 * const cols = new Columns(['Summary', 'Labels', 'Labels']);
 * cols.all({ row: 2, cells: ['x', 'a', 'b'] }, ['labels']).map((c) => c.value); // => ['a', 'b']
 */
export class Columns {
  readonly header: readonly string[];
  private readonly byName = new Map<string, number[]>();
  // Callers pass the same constant name lists for every row.
  private readonly resolved = new Map<readonly string[], number[]>();

  constructor(header: readonly string[]) {
    this.header = header;
    header.forEach((h, i) => {
      const key = normalizeHeader(h);
      const list = this.byName.get(key);
      if (list) list.push(i);
      else this.byName.set(key, [i]);
    });
  }

  /** Whether any of the names is a header of this export. */
  has(names: readonly string[]): boolean {
    return names.some((n) => this.byName.has(normalizeHeader(n)));
  }

  /** The column positions for the names, in the order the names are given, then file order. */
  indices(names: readonly string[]): number[] {
    const known = this.resolved.get(names);
    if (known) return known;
    const out: number[] = [];
    for (const n of names) for (const i of this.byName.get(normalizeHeader(n)) ?? []) out.push(i);
    if (this.resolved.size < 1000) this.resolved.set(names, out);
    return out;
  }

  /** The header as written of the first present column among the names. */
  headerOf(names: readonly string[]): string | undefined {
    const i = this.indices(names)[0];
    return i === undefined ? undefined : this.header[i];
  }

  /** The first non-empty cell among the named columns (trimmed), or `undefined`. */
  first(row: CsvRow, names: readonly string[]): Cell | undefined {
    for (const i of this.indices(names)) {
      const value = (row.cells[i] ?? '').trim();
      if (value !== '') return { value, column: this.header[i] ?? '' };
    }
    return undefined;
  }

  /** The value of {@link Columns.first}, without building a `Cell`: for the per-row hot path. */
  firstValue(row: CsvRow, names: readonly string[]): string | undefined {
    for (const i of this.indices(names)) {
      const cell = row.cells[i];
      if (cell === undefined || cell === '') continue;
      const value = cell.trim();
      if (value !== '') return value;
    }
    return undefined;
  }

  /** Every non-empty cell among the named columns (trimmed), in column order per name. */
  all(row: CsvRow, names: readonly string[]): Cell[] {
    const out: Cell[] = [];
    for (const i of this.indices(names)) {
      const value = (row.cells[i] ?? '').trim();
      if (value !== '') out.push({ value, column: this.header[i] ?? '' });
    }
    return out;
  }

  /** Headers (as written, first occurrence each) matching a predicate on the normalised name. */
  matching(predicate: (normalized: string) => boolean): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const h of this.header) {
      const n = normalizeHeader(h);
      if (!seen.has(n) && predicate(n)) {
        seen.add(n);
        out.push(h);
      }
    }
    return out;
  }
}
