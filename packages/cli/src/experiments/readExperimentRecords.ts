import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ExperimentRecord, ExperimentRecordSchema, parseExperimentAnalysis } from '@trailmap/core';
import { InputError } from '../errors';

/**
 * Reads every `*.json` experiment record in a directory (one record or a list per file), in
 * file-name order. Bad input is one line naming the file and the field.
 *
 * @example
 * await readExperimentRecords('samples/experiments'); // => [{ id: 'exp-canned-responses', ideas: ['INB-113'], … }, …]
 */
export async function readExperimentRecords(dir: string): Promise<ExperimentRecord[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InputError({
      file: dir,
      message: 'not a directory; --experiments takes a folder of experiment record JSON files',
    });
  }
  const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
  if (files.length === 0)
    throw new InputError({ file: dir, message: 'no .json experiment records in this folder' });
  const records: ExperimentRecord[] = [];
  for (const name of files) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new InputError({
        file,
        message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      });
    }
    const list = Array.isArray(raw) ? raw : [raw];
    list.forEach((item, i) => {
      const at = Array.isArray(raw) ? `[${i}].` : '';
      const parsed = ExperimentRecordSchema.safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError({ file, message: `${at}${issue.path.join('.') || 'record'}: ${issue.message}` });
      }
      parsed.data.metrics.forEach((m, j) => {
        const a = parseExperimentAnalysis(m);
        if (!a.success) {
          const issue = a.error.issues[0]!;
          const path = issue.path.length ? `.${issue.path.join('.')}` : '';
          throw new InputError({ file, message: `${at}metrics[${j}]${path}: ${issue.message}` });
        }
      });
      records.push(parsed.data);
    });
  }
  return records;
}
