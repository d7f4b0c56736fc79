import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@forge/manifest';
import { describe, expect, it } from 'vitest';
import { extract, packaged, runtimeDir } from './artifact';

interface Manifest {
  modules: { function: Array<{ key: string; handler: string }> };
  resources: Array<{ key: string; path: string }>;
}
const APP_DIR = join(import.meta.dirname, '..', '..');
const manifest = (await validate(true, join(APP_DIR, 'manifest.yml'))).manifestObject
  ?.typedContent as unknown as Manifest;
const handlerNames = manifest.modules.function.map((f) => f.handler.replace(/^index\./, '')).sort();

describe('pnpm forge:package (the packaging forge deploy runs before upload)', () => {
  it('bundles and packages without a bundler or packager error', () => {
    const artifact = inject();
    expect(artifact.ok ? '' : artifact.error).toBe('');
  });

  it('writes the function archive and one archive per manifest resource under dist/', () => {
    const { runtime, resources } = packaged();
    expect(runtime.path).toBe(join(APP_DIR, 'dist', 'runtime.zip'));
    expect(resources.map((r) => r.key).sort()).toEqual(manifest.resources.map((r) => r.key).sort());
    for (const a of [runtime, ...resources]) {
      expect(existsSync(a.path), a.path).toBe(true);
      expect(a.bytes).toBeGreaterThan(0);
    }
    expect(readdirSync(runtimeDir()).sort()).toEqual(
      expect.arrayContaining(['index.cjs', 'manifest.yml', 'package.json', 'runtime.json']),
    );
  });

  it('every UI Kit resource ships an index.html with an <html> root that loads its bundle', () => {
    for (const r of packaged().resources) {
      const dir = extract(r.path);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      expect(html, r.key).toMatch(/<html[\s>]/i);
      // The packager injects Forge's bridge from its CDN; the app's own bundles must be inside.
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((src) => !/^https?:/.test(src));
      expect(scripts.length, `${r.key} loads no bundle of its own`).toBeGreaterThan(0);
      for (const src of scripts) expect(existsSync(join(dir, src)), `${r.key}: ${src}`).toBe(true);
    }
  });

  it('UI Kit bundles stay lean: no zod (validation runs in the resolvers, not the browser)', () => {
    for (const r of packaged().resources) {
      const dir = extract(r.path);
      const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
      const zod = js.filter((f) => /\$ZodType|ZodError/.test(readFileSync(join(dir, f), 'utf8')));
      expect(zod, `${r.key} bundles zod`).toEqual([]);
    }
  });

  it('the packaged backend, loaded in a fresh Node process, exports exactly the handlers manifest.yml names', () => {
    const script = `const m = require(${JSON.stringify(join(runtimeDir(), 'index.cjs'))});
      process.stdout.write(JSON.stringify(Object.keys(m).sort()));`;
    const exported = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
    ) as string[];
    expect(handlerNames.length).toBeGreaterThan(0);
    expect(exported).toEqual(handlerNames);
  });
});

function inject() {
  try {
    return { ok: true as const, result: packaged() };
  } catch (error) {
    return { ok: false as const, error: (error as Error).message };
  }
}
