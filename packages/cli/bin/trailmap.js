#!/usr/bin/env node
// The `trailmap` command. It runs the CLI bundled into one ES module (dist/trailmap.mjs, see
// bundle.mjs), rebuilt here whenever a source file has changed since, so it is never stale. Where
// the bundle cannot be built, it runs the TypeScript sources through tsx, in this same process.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle();
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/processEntry.ts');
}
