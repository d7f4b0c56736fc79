import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder at or above `from` holding pnpm-workspace.yaml.
 * Walking up (rather than counting `..`) keeps every caller correct wherever its file sits.
 *
 * @example
 * repoRoot(); // '/work/main'
 */
export function repoRoot(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`no pnpm-workspace.yaml above ${from}: not inside the repository`);
  }
}
