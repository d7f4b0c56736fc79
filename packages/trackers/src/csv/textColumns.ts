import { parseFieldValue } from '../values/scoringValues';
import type { Columns, CsvRow } from './columns';
import type { FieldPlan } from './fieldColumns';
import { isScoringField } from './fieldNames';

// A column needs this many unreadable cells, and more unreadable than readable ones, before it
// counts as a different field that shares a scoring name (not as a column with typos).
const MIN_TEXT_CELLS = 3;

/**
 * Leaves out scoring-named columns that hold words rather than scores, e.g. Jira Service
 * Management's `Impact` (`Extensive / Widespread`) or a second custom field that happens to be
 * called `Impact`. A mostly-numeric column keeps its bad cells, so they still fail with row and
 * column; columns the config maps explicitly are never left out.
 *
 * @example
 * const { plans, warnings } = dropTextColumns(plans, columns, table.rows);
 */
export function dropTextColumns(
  plans: readonly FieldPlan[],
  columns: Columns,
  rows: readonly CsvRow[],
  clean: (cell: string) => string = (c) => c,
): { plans: FieldPlan[]; warnings: string[] } {
  const warnings: string[] = [];
  const out: FieldPlan[] = [];
  for (const plan of plans) {
    if (!isScoringField(plan.name)) {
      out.push(plan);
      continue;
    }
    const indices = plan.indices.filter((index) => {
      if (plan.mapped?.includes(index)) return true;
      let good = 0;
      const bad: string[] = [];
      for (const row of rows) {
        const value = clean(row.cells[index] ?? '').trim();
        if (value === '') continue;
        if (parseFieldValue(plan.name, value).ok) good++;
        else bad.push(value);
      }
      if (bad.length < MIN_TEXT_CELLS || bad.length <= good) return true;
      const examples = [...new Set(bad)].slice(0, 2).map((v) => `"${v}"`);
      warnings.push(
        `column "${columns.header[index]}" holds text such as ${examples.join(', ')}, not ${plan.name} values; it is not used as the ${plan.name} scoring input`,
      );
      return false;
    });
    if (indices.length) out.push({ ...plan, indices });
  }
  return { plans: out, warnings };
}
