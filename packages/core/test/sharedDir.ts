import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the read-only shared reference material lives (`../shared` beside the repo), or
 * `undefined` when it is absent. `TRAILMAP_SHARED_DIR` overrides the location.
 * Tests that need it skip with a message naming the missing path.
 */
export function sharedDir(): string | undefined {
  const dir =
    process.env.TRAILMAP_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', '..', 'shared');
  return existsSync(join(dir, 'README.md')) ? dir : undefined;
}

/** A path inside the shared material, or `undefined` when it is absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const dir = sharedDir();
  if (!dir) return undefined;
  const path = join(dir, ...parts);
  return existsSync(path) ? path : undefined;
}
