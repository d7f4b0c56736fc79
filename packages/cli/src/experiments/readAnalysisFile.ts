import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ExperimentAnalysis, parseExperimentAnalysis } from '@trailmap/core';
import { decodeText, experimentAnalysesFromCsv } from '@trailmap/trackers';
import type { z } from 'zod';
import { InputError, inputValue } from '../errors';

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
  if (isCsv) raw = inputValue(experimentAnalysesFromCsv(text, file));
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
