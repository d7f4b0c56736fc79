import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ExperimentAnalysis, parseExperimentAnalysis } from '@trailmap/core';
import { decodeText, parseCsvText } from '@trailmap/trackers';
import type { z } from 'zod';
import { InputError } from '../errors';

/** What `readAnalysisFile` returns: the analyses, and whether the file held one or a list. */
export interface AnalysisFile {
  analyses: ExperimentAnalysis[];
  single: boolean;
}

function issueLine(file: string, error: z.ZodError, prefix: (string | number)[]): InputError {
  const issue = error.issues[0]!;
  const path = [...prefix, ...issue.path]
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  const message = path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
  return new InputError({ file, message: `${message} (see docs/experiments.md for the input format)` });
}

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
 * become the same JSON shape and go through the same schema.
 */
function csvAnalyses(text: string, file: string): unknown[] {
  const table = parseCsvText(text, file);
  const columns = table.header.map(key);
  const nameAt = columns.findIndex((c) => NAME_COLUMNS.has(c));
  if (nameAt < 0) {
    throw new InputError({
      file,
      message: 'no variant column: add a "name" column (the control first, then each treatment)',
    });
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
        throw new InputError({ file, row, column: table.header[i]!, message: `"${raw}" is not a number` });
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
  if (groups.size === 0) throw new InputError({ file, message: 'no variant rows under the header' });
  return [...groups].map(([metric, g]) => {
    const type =
      g.type ??
      ('users' in (g.variants[0] ?? {}) || 'conversions' in (g.variants[0] ?? {}) ? 'binomial' : 'mean');
    return {
      metric: { type, inverse: g.inverse ?? false, ...(metric ? { name: metric } : {}) },
      variants: g.variants,
      ...(g.weights.length ? { weights: g.weights } : {}),
    };
  });
}

/**
 * Reads `experiment analyze` input: JSON (one analysis or an array) or CSV (one row per
 * variant), validated by core's schema. Bad input is one line naming the file and the field.
 * `defaults` fill fields the file leaves out (command-line flags such as `--engine`).
 *
 * @example
 * const { analyses, single } = await readAnalysisFile('checkout.json');
 */
export async function readAnalysisFile(
  file: string,
  defaults: Record<string, unknown> = {},
): Promise<AnalysisFile> {
  const text = decodeText(await readFile(file));
  const isCsv = extname(file).toLowerCase() === '.csv' || (!/^\s*[[{]/.test(text) && text.includes(','));
  let raw: unknown;
  if (isCsv) raw = csvAnalyses(text, file);
  else {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InputError({
        file,
        message: `not valid JSON (${error instanceof Error ? error.message : String(error)}); fix the syntax or give a .csv file`,
      });
    }
  }
  const single = !Array.isArray(raw) || (isCsv && raw.length === 1);
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0)
    throw new InputError({ file, message: 'the list of analyses is empty; give at least one' });
  const analyses = list.map((item, i) => {
    const withDefaults =
      item && typeof item === 'object' && !Array.isArray(item) ? { ...defaults, ...item } : item;
    const parsed = parseExperimentAnalysis(withDefaults);
    if (!parsed.success) throw issueLine(file, parsed.error, Array.isArray(raw) && !isCsv ? [i] : []);
    return parsed.data;
  });
  return { analyses, single };
}
