import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors';

/** What a command writes and the flag that names where, for the one-line error. */
export interface OutputFileRole {
  /** What the file is, e.g. `the page`, `the model`. */
  what: string;
  /** What to do about it, e.g. `choose another --out path`. */
  remedy: string;
}

/**
 * Writes a file a command produces (`roadmap --out`, `init --write`, `label train --out` …),
 * creating its missing folders, and returns its absolute path. Any failure is one line naming
 * the file and the errno, exit 1, e.g. `/x/a-file/roadmap.html: cannot write the page (EEXIST);
 * choose another --out path`.
 *
 * The folders are made one level at a time from the nearest one that exists, never with
 * `mkdir({ recursive: true })`: under /proc that never returns (each level's ENOENT sends Node
 * back up to a parent that exists, forever), and the command would hang instead of failing.
 *
 * @example
 * await writeOutputFile('out/roadmap.html', html, { what: 'the page', remedy: 'choose another --out path' });
 * // => '/home/me/out/roadmap.html'
 */
export async function writeOutputFile(file: string, content: string, role: OutputFileRole): Promise<string> {
  const target = resolve(file);
  try {
    await makeParents(dirname(target));
    await writeFile(target, content, 'utf8');
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : 'unknown error';
    throw new CliError(`${target}: cannot write ${role.what} (${code}); ${role.remedy}`, 1);
  }
  return target;
}

async function makeParents(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    try {
      await stat(at);
      break;
    } catch (error) {
      const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
      if (code !== 'ENOENT' || dirname(at) === at) throw error;
      missing.unshift(at);
    }
  }
  // An existing ancestor that is a file fails here with ENOTDIR or EEXIST, as writeFile would.
  for (const at of missing) await mkdir(at);
}
