import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import type { PackageResult } from '../../scripts/forgePackage';

/** What the packaging run left for the suites: its archives, or the one-line failure. */
export type PackagedArtifact = { ok: true; result: PackageResult } | { ok: false; error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    forgePackage: PackagedArtifact;
  }
}

const APP_DIR = join(import.meta.dirname, '..', '..');

/**
 * Packages the app once per test run, in a fresh Node process through the same entry as
 * `pnpm forge:package`, and hands the result to every suite. A failure is handed over too, so
 * the packaging test reports the bundler's own message instead of the run dying in setup.
 */
export default async function setup(project: TestProject): Promise<void> {
  const script = join(APP_DIR, 'scripts', 'forgePackage.ts');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--json'], {
      cwd: APP_DIR,
      maxBuffer: 16 * 1024 * 1024,
    });
    project.provide('forgePackage', { ok: true, result: JSON.parse(stdout) as PackageResult });
  } catch (error) {
    const e = error as { stderr?: string; message?: string };
    project.provide('forgePackage', { ok: false, error: (e.stderr || e.message || String(error)).trim() });
  }
}
