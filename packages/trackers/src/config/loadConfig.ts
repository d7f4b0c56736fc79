import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors/inputError';
import { defaultConfig, type TrailmapConfig, TrailmapConfigSchema } from './config';

/** The name looked for beside the input and in the working directory. */
export const CONFIG_FILE_NAME = 'trailmap.config.json';

/** A config and the file it came from (`undefined` when defaults are used). */
export interface LoadedConfig {
  config: TrailmapConfig;
  file?: string;
}

/**
 * Finds and validates the config: `configFile` if given (it must exist), else
 * `trailmap.config.json` next to the input file, else in `cwd`, else the defaults.
 *
 * @example
 * const { config, file } = await loadConfig({ inputFile: 'samples/backlog.jira.csv' });
 */
export async function loadConfig(options: {
  configFile?: string;
  inputFile?: string;
  cwd?: string;
}): Promise<LoadedConfig> {
  if (options.configFile)
    return { config: await readConfigFile(options.configFile), file: options.configFile };
  const candidates = [
    options.inputFile ? join(dirname(resolve(options.inputFile)), CONFIG_FILE_NAME) : undefined,
    join(resolve(options.cwd ?? process.cwd()), CONFIG_FILE_NAME),
  ];
  for (const file of candidates) {
    if (file && existsSync(file)) return { config: await readConfigFile(file), file };
  }
  return { config: defaultConfig() };
}

/**
 * Reads and validates one config file; a bad file throws `InputError` naming it and the field.
 *
 * @example
 * await readConfigFile('trailmap.config.json');
 */
export async function readConfigFile(file: string): Promise<TrailmapConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError({ file, message: 'config error: the config file is not found or not readable' });
  }
  return parseConfigText(text.replace(/^\uFEFF/, ''), file);
}

/**
 * Validates config text; see {@link readConfigFile}.
 *
 * @example
 * parseConfigText('{"releases":[{"name":"v1","capacity":-1}]}', 'c.json');
 * // throws InputError: c.json: field "releases[0].capacity": too small: expected number to be >=0
 */
export function parseConfigText(text: string, file: string): TrailmapConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError({
      file,
      message: `config error: not valid JSON (${detail}); fix it or delete the file`,
    });
  }
  const parsed = TrailmapConfigSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new InputError({
    file,
    message: `config error: ${describeZodIssue(parsed.error.issues[0])} (see docs/import.md#config)`,
  });
}

/**
 * One zod issue as `field "a.b[2]": message`, for config and JSON errors.
 *
 * @example
 * describeZodIssue({ code: 'custom', path: ['items', 0, 'key'], message: 'required', input: 1 });
 * // => 'field "items[0].key": required'
 */
export function describeZodIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in "${formatPath(issue.path)}"` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
  }
  return `field "${formatPath(issue.path) || '(root)'}": ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
