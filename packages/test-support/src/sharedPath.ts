import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './repoRoot';

/**
 * The folder holding the read-only shared reference material: `../shared` from the repository
 * root, or `TRAILMAP_SHARED_DIR` when set. It may not exist.
 */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAILMAP_SHARED_DIR ? resolve(env.TRAILMAP_SHARED_DIR) : resolve(repoRoot(), '..', 'shared');
}

const warned = new Set<string>();

/**
 * The absolute path of `relative` inside the shared material, or `undefined` when it is absent
 * (after one console line saying what is skipped). Under `CI=true` absence is an error instead:
 * CI must never pass by skipping the suites that read the specs and data sets.
 *
 * @example
 * const spec = sharedPath('specs/jira-platform-openapi.json');
 * describe.skipIf(!spec)('REST fidelity', () => { ... });
 */
export function sharedPath(relative: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = join(sharedDir(env), relative);
  if (existsSync(path)) return path;
  const problem = `shared material missing: ${path} (it lives at ../shared beside the repository root; set TRAILMAP_SHARED_DIR to point elsewhere)`;
  if (env.CI === 'true') throw new Error(`${problem}; CI=true, so this fails instead of skipping`);
  if (!warned.has(path)) {
    warned.add(path);
    console.warn(`${problem}; skipping what needs it`);
  }
  return undefined;
}
