import { chmodSync, existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { StartupError } from './startupError';

/** Owner only: DATA_DIR holds webhook payloads, the workspace mirror and the key. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates DATA_DIR with mode 0700, or tightens an existing one to it. A DATA_DIR that is a file,
 * or one this user cannot fix, stops the start with one line naming it.
 *
 * @example
 * preparePrivateDir('./data');
 */
export function preparePrivateDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new StartupError(`DATA_DIR ${dir} is a file, not a directory: point DATA_DIR at a directory`);
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    tighten(dir, PRIVATE_DIR_MODE);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(
      `DATA_DIR ${dir} cannot be created or made private (${(error as NodeJS.ErrnoException).code ?? String(error)}): fix its owner or permissions`,
    );
  }
}

/**
 * Gives each existing file mode 0600 (no access for group or others), and checks it took.
 *
 * @example
 * privateFiles(['./data/trailmap.sqlite', './data/trailmap.sqlite-wal']);
 */
export function privateFiles(files: readonly string[]): void {
  for (const file of files) {
    if (!existsSync(file)) continue;
    try {
      tighten(file, PRIVATE_FILE_MODE);
    } catch (error) {
      throw new StartupError(
        `${file} is readable by other users and cannot be made private (${(error as NodeJS.ErrnoException).code ?? String(error)}): chmod 600 it`,
      );
    }
  }
}

function tighten(path: string, mode: number): void {
  if ((lstatSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  const actual = statSync(path).mode & 0o777;
  if (actual !== mode)
    throw Object.assign(new Error('mode unchanged'), { code: `mode ${actual.toString(8)}` });
}
