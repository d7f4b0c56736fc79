import { parseCsvText } from '../csv/readCsv';
import { InputProblems, type InputResult, inputFailure } from '../errors/inputProblem';

/** Column names compared without case, spaces, dots, dashes or underscores. */
const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const NUMBER_COLUMNS: Record<string, string> = {
  users: 'users',
  conversions: 'conversions',
  n: 'n',
  sum: 'sum',
  sumsquares: 'sumSquares',
  sumproducts: 'sumProducts',
  presum: 'pre.sum',
  presumsquares: 'pre.sumSquares',
  weight: 'weight',
};
const NAME_COLUMNS = new Set(['name', 'variant', 'variation', 'arm']);

/**
 * CSV input: one row per variant (`name, users, conversions` or `name, n, sum, sumSquares`,
 * optionally `pre_sum, pre_sumSquares, sumProducts` and `weight`). A `metric` column groups rows
 * into one analysis per metric; `type` and `inverse` columns may say what the metric is. The rows
 * become the same JSON shape and go through the same schema (`parseExperimentAnalysis`).
 *
 * @example
 * experimentAnalysesFromCsv('name,users,conversions\ncontrol,100,10\nB,100,12\n', 'a.csv');
 * // => { ok: true, value: [{ metric: { type: 'binomial', inverse: false }, variants: [{ name: 'control', users: 100, conversions: 10 }, …] }] }
 */
export function experimentAnalysesFromCsv(text: string, file: string): InputResult<unknown[]> {
  const read = parseCsvText(text, file);
  if (!read.ok) return read;
  const table = read.value;
  const problems = new InputProblems(file);
  const columns = table.header.map(key);
  const nameAt = columns.findIndex((c) => NAME_COLUMNS.has(c));
  if (nameAt < 0) {
    return inputFailure(
      { file },
      'missing_column',
      'no variant column: add a "name" column (the control first, then each treatment)',
    );
  }
  const metricAt = columns.indexOf('metric');
  const typeAt = columns.indexOf('type');
  const inverseAt = columns.indexOf('inverse');
  const groups = new Map<
    string,
    { type?: string; inverse?: boolean; variants: Record<string, unknown>[]; weights: number[] }
  >();
  for (const { row, cells } of table.rows) {
    const metric = metricAt >= 0 ? (cells[metricAt] ?? '').trim() : '';
    const group = groups.get(metric) ?? { variants: [], weights: [] };
    groups.set(metric, group);
    const variant: Record<string, unknown> = { name: (cells[nameAt] ?? '').trim() };
    columns.forEach((c, i) => {
      const target = NUMBER_COLUMNS[c];
      const raw = (cells[i] ?? '').trim();
      if (!target || raw === '') return;
      const value = Number(raw.replace(/_/g, ''));
      if (!Number.isFinite(value)) {
        problems.add({ row, column: table.header[i]! }, 'invalid', `"${raw}" is not a number`, {
          expected: 'a number',
          received: raw,
        });
        return;
      }
      if (target === 'weight') group.weights.push(value);
      else if (target.startsWith('pre.')) {
        variant.pre = { ...(variant.pre as object | undefined), [target.slice(4)]: value };
      } else variant[target] = value;
    });
    if (typeAt >= 0 && cells[typeAt]?.trim()) group.type = cells[typeAt]!.trim().toLowerCase();
    if (inverseAt >= 0 && cells[inverseAt]?.trim())
      group.inverse = /^(true|yes|1)$/i.test(cells[inverseAt]!.trim());
    group.variants.push(variant);
  }
  if (groups.size === 0) problems.add({}, 'too_few', 'no variant rows under the header');
  return problems.result(
    [...groups].map(([metric, g]) => {
      const type =
        g.type ??
        ('users' in (g.variants[0] ?? {}) || 'conversions' in (g.variants[0] ?? {}) ? 'binomial' : 'mean');
      return {
        metric: { type, inverse: g.inverse ?? false, ...(metric ? { name: metric } : {}) },
        variants: g.variants,
        ...(g.weights.length ? { weights: g.weights } : {}),
      };
    }),
  );
}
