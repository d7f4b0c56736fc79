import type { FieldValue } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import type { InputProblems } from '../errors/inputProblem';
import { parseFieldValue } from '../values/scoringValues';
import { type Columns, type CsvRow, normalizeHeader } from './columns';
import { fieldKey, isScoringField, scoringFieldFor } from './fieldNames';

/** WorkItem slots a config `mapping` entry may feed instead of a `fields` entry. */
export const ITEM_SLOTS = [
  'title',
  'description',
  'type',
  'status',
  'team',
  'initiative',
  'theme',
  'project',
  'assignee',
  'release',
  'startDate',
  'targetDate',
  'estimate',
  'rank',
  'priority',
  'customers',
  'parentKey',
  'labels',
] as const;
export type ItemSlot = (typeof ITEM_SLOTS)[number];

/**
 * The column names for a WorkItem slot: the config's aliases first, then the built-in ones.
 *
 * @example
 * slotColumns('team', ['Custom field (Team)'], { mapping: { team: ['Squad'] } });
 * // => ['Squad', 'Custom field (Team)']
 */
export function slotColumns(
  slot: ItemSlot,
  defaults: readonly string[],
  config: Pick<TrailmapConfig, 'mapping'>,
): string[] {
  const entry = Object.entries(config.mapping).find(([k]) => slotKey(k) === slotKey(slot));
  return [...(entry?.[1] ?? []), ...defaults];
}

// `startDate`, `start date` and `start_date` all name the same slot in a config.
function slotKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Which columns feed one `fields` entry. */
export interface FieldPlan {
  name: string;
  indices: number[];
  /** The columns among `indices` that the config mapped explicitly. */
  mapped?: number[];
}

/**
 * Decides which columns feed `WorkItem.fields`: config mappings first, then every column whose
 * name is a scoring input (`Reach`, `Custom field (RICE Reach)`), then (when
 * `allOtherColumns` is false) every other `Custom field (…)` column, under its `fieldKey`.
 * Columns for which `isConsumed` holds (those mapped to WorkItem slots) are left out.
 *
 * @example
 * planFields(new Columns(['Summary', 'Custom field (Reach)']), { mapping: {} }, () => false);
 * // => [{ name: 'reach', indices: [1] }]
 */
export function planFields(
  columns: Columns,
  config: Pick<TrailmapConfig, 'mapping'>,
  isConsumed: (normalizedHeader: string) => boolean,
  allOtherColumns = false,
): FieldPlan[] {
  const plans = new Map<string, number[]>();
  const taken = new Set<number>();
  const mapped = new Map<string, number[]>();
  const slotNames = new Set<string>(ITEM_SLOTS.map(slotKey));
  for (const [target, aliases] of Object.entries(config.mapping)) {
    if (slotNames.has(slotKey(target))) continue;
    const name = scoringFieldFor(target) ?? fieldKey(target);
    // A column the config maps to two fields feeds both (Story Points as value and as effort).
    const indices = columns.indices(aliases);
    for (const i of indices) taken.add(i);
    plans.set(name, [...(plans.get(name) ?? []), ...indices]);
    mapped.set(name, [...(mapped.get(name) ?? []), ...indices]);
  }
  columns.header.forEach((header, i) => {
    const normalized = normalizeHeader(header);
    if (taken.has(i) || isConsumed(normalized)) return;
    const scoring = scoringFieldFor(header);
    const isCustom = normalized.startsWith('custom field (');
    if (!scoring && !isCustom && !allOtherColumns) return;
    const name = scoring ?? fieldKey(header);
    if (!name) return;
    plans.set(name, [...(plans.get(name) ?? []), i]);
  });
  return [...plans]
    .filter(([, indices]) => indices.length > 0)
    .map(([name, indices]) => {
      const explicit = mapped.get(name);
      return explicit?.length ? { name, indices, mapped: explicit } : { name, indices };
    });
}

/**
 * Reads the planned fields of one row. A scoring input takes its first non-empty column and a
 * bad value is recorded in `problems` naming row and column (and left out); other fields join
 * repeated values.
 *
 * @example
 * readFields([{ name: 'reach', indices: [0] }], new Columns(['Reach']), { row: 2, cells: ['400'] }, new InputProblems('a.csv'));
 * // => { reach: 400 }
 */
export function readFields(
  plans: readonly FieldPlan[],
  columns: Columns,
  row: CsvRow,
  problems: InputProblems,
  clean: (cell: string) => string = (c) => c,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const plan of plans) {
    const cells = plan.indices
      .map((i) => ({ value: clean(row.cells[i] ?? '').trim(), column: columns.header[i] ?? '' }))
      .filter((c) => c.value !== '');
    const first = cells[0];
    if (!first) continue;
    if (cells.length > 1 && !isScoringField(plan.name)) {
      out[plan.name] = cells.map((c) => c.value).join(', ');
      continue;
    }
    const parsed = parseFieldValue(plan.name, first.value);
    if (parsed.ok) out[plan.name] = parsed.value;
    else
      problems.add({ row: row.row, column: first.column }, 'invalid', parsed.message, {
        received: first.value,
      });
  }
  return out;
}

/**
 * The positions (in file order) an importer reads: every column named in `nameLists` and every
 * column a field plan feeds, so a reader can keep only those cells of each row.
 *
 * @example
 * const cols = new Columns(['Summary', 'Comment', 'Custom field (Reach)']);
 * columnsReadBy(cols, [['Summary']], [{ name: 'reach', indices: [2] }]); // => [0, 2]
 */
export function columnsReadBy(
  columns: Columns,
  nameLists: Iterable<readonly string[]>,
  plans: readonly Pick<FieldPlan, 'indices'>[],
): number[] {
  const read = new Set<number>();
  for (const names of nameLists) for (const i of columns.indices(names)) read.add(i);
  for (const plan of plans) for (const i of plan.indices) read.add(i);
  return [...read].sort((a, b) => a - b);
}
