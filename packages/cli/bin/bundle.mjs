// Builds the `trailmap` command into one ES module, dist/trailmap.mjs, with esbuild, and tells
// whether the one on disk is still current. Loading ~500 TypeScript modules through tsx took about
// 1 s of every run (`--help`: 1.1 s through tsx, 0.2 s bundled); the bundle loads as one file.
// Plain JavaScript, because bin/trailmap.js runs it before anything can compile TypeScript.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(cliDir, '..', '..');

/** Where bin/trailmap.js keeps the bundle (git-ignored). */
export const defaultBundleFile = join(cliDir, 'dist', 'trailmap.mjs');

/** Files every bundle depends on besides its sources: the lockfile and this build script. */
const always = ['pnpm-lock.yaml', 'packages/cli/bin/bundle.mjs'];

/** The record of what a bundle was built from, beside it. */
const recordFileOf = (bundleFile) => `${bundleFile}.inputs.json`;

/**
 * Whether `bundleFile` was built from the files as they are now: every workspace source it was
 * built from (and this file, and the lockfile, which pins every bundled library) has the same
 * modification time and size as when it was read. Equality, not "older than the bundle", so a
 * file put back with an older time (a checkout, `cp -p`, an unpacked archive) counts as changed.
 * Dependencies under node_modules are not stat-ed one by one: a new version comes with a new
 * lockfile.
 *
 * @example
 * if (!bundleIsFresh()) await buildBundle();
 */
export function bundleIsFresh(bundleFile = defaultBundleFile) {
  let record;
  try {
    statSync(bundleFile);
    record = JSON.parse(readFileSync(recordFileOf(bundleFile), 'utf8'));
  } catch {
    return false;
  }
  if (!record || typeof record.files !== 'object' || record.files === null) return false;
  for (const [file, seen] of Object.entries(record.files)) {
    const now = statOf(file);
    if (!now || !Array.isArray(seen) || !sameTime(now[0], seen[0]) || now[1] !== seen[1]) return false;
  }
  return true;
}

// [modification time in ms, size in bytes] of a file under the repository root; undefined when
// it is gone.
function statOf(file) {
  try {
    const stat = statSync(join(repoRoot, file));
    return [stat.mtimeMs, stat.size];
  } catch {
    return undefined;
  }
}

// Whether two modification times are the same one, allowing for the round trip through a Date:
// a time set back with `utimes` or `touch -r` comes back rounded to the millisecond, and the
// seconds-as-a-double that utimes passes on can land just below it (…712.4175 ms becomes
// …711.999), so neither exact nor whole-millisecond equality holds. Any real change moves the
// time by more than a millisecond.
function sameTime(now, seen) {
  return typeof seen === 'number' && seen >= 0 && Math.abs(now - seen) < 1;
}

/**
 * Bundles src/processEntry.ts and the workspace packages and libraries it imports into
 * `bundleFile`. Written beside it under a temporary name and renamed, so a `trailmap` started at
 * the same moment reads either the old bundle or the new one, never half of one.
 *
 * @example
 * await buildBundle('/tmp/trailmap.mjs'); // then: node /tmp/trailmap.mjs score export.csv
 */
export async function buildBundle(bundleFile = defaultBundleFile) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const partial = `${bundleFile}.${process.pid}.partial`;
  try {
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [join(cliDir, 'src', 'processEntry.ts')],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20.19',
      metafile: true,
      logLevel: 'silent',
      // CommonJS libraries in the bundle (commander, cli-table3) call require(), which an ES
      // module does not have.
      banner: {
        js: "import { createRequire as __trailmapRequire } from 'node:module'; const require = __trailmapRequire(import.meta.url);",
      },
    });
    const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
    // Stat-ed after the build: a file changed since the build started may have been read
    // before or after the change, so it is recorded as unseen and the next run builds again.
    const files = {};
    for (const file of [...sources, ...always]) {
      const stat = statOf(file);
      if (stat) files[file] = stat[0] >= startedAt ? [-1, -1] : stat;
    }
    renameSync(partial, bundleFile);
    writeFileSync(`${recordFileOf(bundleFile)}.${process.pid}`, JSON.stringify({ files }));
    renameSync(`${recordFileOf(bundleFile)}.${process.pid}`, recordFileOf(bundleFile));
  } finally {
    rmSync(partial, { force: true });
  }
  return bundleFile;
}

/**
 * The current bundle, built first when it is missing or out of date; `undefined` when it cannot
 * be built here (a read-only checkout, no esbuild), in which case the caller runs the sources.
 */
export async function ensureBundle(bundleFile = defaultBundleFile) {
  if (bundleIsFresh(bundleFile)) return bundleFile;
  try {
    return await buildBundle(bundleFile);
  } catch {
    return undefined;
  }
}
