import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type InputResult, inputFailure } from '../errors/inputProblem';
import { schemaProblem } from '../errors/schemaProblem';
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
 * const loaded = await loadConfig({ inputFile: 'samples/backlog.jira.csv' });
 * if (loaded.ok) loaded.value.config;
 */
export async function loadConfig(options: {
  configFile?: string;
  inputFile?: string;
  cwd?: string;
}): Promise<InputResult<LoadedConfig>> {
  const candidates = options.configFile
    ? [options.configFile]
    : [
        options.inputFile ? join(dirname(resolve(options.inputFile)), CONFIG_FILE_NAME) : undefined,
        join(resolve(options.cwd ?? process.cwd()), CONFIG_FILE_NAME),
      ];
  // A config named explicitly must exist; a looked-for one may not.
  const file = options.configFile ?? candidates.find((f) => f !== undefined && existsSync(f));
  if (!file) return { ok: true, value: { config: defaultConfig() } };
  const config = await readConfigFile(file);
  return config.ok ? { ok: true, value: { config: config.value, file } } : config;
}

/**
 * Reads and validates one config file; a bad file is a problem naming it and the field.
 *
 * @example
 * await readConfigFile('trailmap.config.json'); // => { ok: true, value: { mapping: {}, … } }
 */
export async function readConfigFile(file: string): Promise<InputResult<TrailmapConfig>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return inputFailure({ file }, 'not_found', 'config error: the config file is not found or not readable');
  }
  return parseConfigText(text.replace(/^\uFEFF/, ''), file);
}

/**
 * Validates config text; see {@link readConfigFile}.
 *
 * @example
 * parseConfigText('{"releases":[{"name":"v1","capacity":-1}]}', 'c.json').problems[0].message;
 * // => 'c.json: config error: field "releases[0].capacity": too small: expected number to be >=0 (see docs/import.md#config)'
 */
export function parseConfigText(text: string, file: string): InputResult<TrailmapConfig> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse throws only SyntaxError: bad input, not a bug.
    const detail = error instanceof Error ? error.message : String(error);
    return inputFailure(
      { file },
      'invalid_json',
      `config error: not valid JSON (${detail}); fix it or delete the file`,
    );
  }
  const parsed = TrailmapConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: [
      schemaProblem({ file }, parsed.error.issues, {
        prefix: 'config error: ',
        suffix: ' (see docs/import.md#config)',
      }),
    ],
  };
}
