import type { ReleaseInput } from '@trailmap/core';
import type { Cell, CsvRow } from '../csv/columns';
import { fieldKey, scoringFieldFor } from '../csv/fieldNames';
import { type DraftItem, pushUnique } from '../draft/draft';
import type { InputProblems } from '../errors/inputProblem';
import { linearDueDate, parseLinearInstant } from '../values/dates';
import { parseFieldValue } from '../values/scoringValues';

/** Cycle columns of a Linear export. */
export const CYCLE_COLUMNS = {
  number: ['Cycle Number'],
  name: ['Cycle Name'],
  start: ['Cycle Start'],
  end: ['Cycle End'],
} as const;

// `name:value` labels carry what Linear has no custom fields for (see docs/import.md).
const VALUE_LABEL = /^([^:]{1,40}):\s*(.+)$/;
const SLOT_LABELS: Readonly<Record<string, 'customer' | 'theme' | 'initiative'>> = {
  customer: 'customer',
  customers: 'customer',
  theme: 'theme',
  initiative: 'initiative',
};

/**
 * Reads a `name:value` label (`reach:400`, `moscow:Must`, `customer:Acme`, `theme:Growth`) into
 * the item; returns false for an ordinary label. Only scoring inputs, configured mapping names
 * and customer/theme/initiative are read this way, so `v2: beta` stays a label.
 *
 * @example
 * // mapValueLabel(draft, 'reach: 400', new Set(), row, new InputProblems('x.csv'), 'Labels') sets fields.reach = 400
 */
export function mapValueLabel(
  d: DraftItem,
  label: string,
  extraFields: ReadonlySet<string>,
  row: CsvRow,
  problems: InputProblems,
  column: string,
): boolean {
  const m = VALUE_LABEL.exec(label);
  if (!m) return false;
  const name = m[1]!.trim();
  const value = m[2]!.trim();
  const slot = SLOT_LABELS[name.toLowerCase()];
  if (slot === 'customer') {
    pushUnique(d.customerNames, [value]);
    return true;
  }
  if (slot) {
    d.item[slot] = value;
    return true;
  }
  const field = scoringFieldFor(name) ?? (extraFields.has(fieldKey(name)) ? fieldKey(name) : undefined);
  if (!field) return false;
  const parsed = parseFieldValue(field, value);
  if (parsed.ok) d.item.fields[field] = parsed.value;
  else
    problems.add({ row: row.row, column }, 'invalid', `label "${label}": ${parsed.message}`, {
      received: label,
    });
  return true;
}

/**
 * The release of a row from its cycle (`Cycle Name`, else `<Team> Cycle <Number>`), recording
 * each cycle once with its start and end dates.
 *
 * @example
 * // Cycle Name "Sprint 7", Cycle Start "Mon May 13 2024 00:00:00 GMT+0000" → release 'Sprint 7'
 */
export function mapCycle(
  row: CsvRow,
  get: (names: readonly string[]) => Cell | undefined,
  text: (names: readonly string[]) => string | undefined,
  team: string | undefined,
  cycles: Map<string, ReleaseInput>,
  problems: InputProblems,
): string | undefined {
  const number = text(CYCLE_COLUMNS.number);
  const name = text(CYCLE_COLUMNS.name) ?? (number ? `${team ? `${team} ` : ''}Cycle ${number}` : undefined);
  if (!name) return undefined;
  if (!cycles.has(name)) {
    const release: ReleaseInput = { id: name, name };
    for (const [slot, names] of [
      ['start', CYCLE_COLUMNS.start],
      ['end', CYCLE_COLUMNS.end],
    ] as const) {
      const date = readLinearDate(get(names), row, problems);
      if (date) release[slot] = date;
    }
    cycles.set(name, release);
  }
  return name;
}

/**
 * Reads a Linear timestamp cell; an unreadable one is a problem naming row and column.
 *
 * @example
 * readInstant({ value: '2026-06-22T13:35:05.809Z', column: 'Created' }, row, problems); // => '2026-06-22T13:35:05.809Z'
 */
export function readInstant(
  cell: Cell | undefined,
  row: CsvRow,
  problems: InputProblems,
): string | undefined {
  if (!cell) return undefined;
  const instant = parseLinearInstant(cell.value);
  if (instant) return instant;
  const expected = '2026-06-22T13:35:05.809Z or Tue May 14 2024 08:53:33 GMT+0000';
  return problems.add(
    { row: row.row, column: cell.column },
    'invalid_date',
    `"${cell.value}" is not a date (expected e.g. ${expected})`,
    { expected, received: cell.value },
  );
}

/**
 * Reads a Linear date cell (a due date or a cycle start/end) as the calendar date Linear shows,
 * an unreadable one is a problem naming row and column.
 *
 * @example
 * readLinearDate({ value: 'Fri Nov 21 2025 05:00:00 GMT+0000', column: 'Due Date' }, row, problems); // => '2025-11-21'
 */
export function readLinearDate(
  cell: Cell | undefined,
  row: CsvRow,
  problems: InputProblems,
): string | undefined {
  if (!cell) return undefined;
  const date = linearDueDate(cell.value);
  if (date) return date;
  return problems.add(
    { row: row.row, column: cell.column },
    'invalid_date',
    `"${cell.value}" is not a date`,
    {
      received: cell.value,
    },
  );
}
