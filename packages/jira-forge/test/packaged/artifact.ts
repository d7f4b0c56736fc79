import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { inject } from 'vitest';
import type { PackageResult } from '../../scripts/forgePackage';

/** The archives globalSetup produced; throws the packager's message when packaging failed. */
export function packaged(): PackageResult {
  const artifact = inject('forgePackage');
  if (!artifact.ok) throw new Error(`forge packaging failed: ${artifact.error}`);
  return artifact.result;
}

/** Unzips an archive into a fresh temporary folder and returns the folder. */
export function extract(zipPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-forge-artifact-'));
  new AdmZip(zipPath).extractAllTo(dir, true);
  return dir;
}

let backendDir: string | undefined;

/** The folder holding the unzipped function archive (index.cjs, manifest.yml, …), once per worker. */
export function runtimeDir(): string {
  backendDir ??= extract(packaged().runtime.path);
  return backendDir;
}

/** A handler as the Forge runtime calls it. */
type Handler = (...args: unknown[]) => Promise<unknown>;

/**
 * The packaged backend's exports, loaded by Node's own CommonJS loader (not vitest's
 * transform), so the code under test is byte for byte what `forge deploy` uploads.
 */
export function packagedBackend(): Record<string, Handler> {
  return createRequire(import.meta.url)(join(runtimeDir(), 'index.cjs')) as Record<string, Handler>;
}
