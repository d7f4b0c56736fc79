import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ENTRIES = ['issue-panel', 'project-page', 'admin-page'].map((m) =>
  join(ROOT, `src/entry/${m}/frontend/index.tsx`),
);
// Backend-only modules: in a UI Kit bundle they would fail at run time in the browser.
const BACKEND_ONLY = [/^@forge\/api$/, /^@forge\/kvs$/, /^@forge\/events$/, /^@forge\/resolver$/, /^node:/];

/** The file an extensionless relative import names, resolved the way the bundler resolves it. */
function resolveSource(base: string): string {
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  if (!found) throw new Error(`cannot resolve ${base}`);
  return found;
}

/** Value imports reachable from a file (type-only imports are erased by `verbatimModuleSyntax`). */
function valueImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)';/gms)].map((m) => m[1]!);
  return specs.flatMap((spec) =>
    spec.startsWith('.')
      ? [spec, ...valueImports(resolveSource(resolve(dirname(file), spec)), seen)]
      : [spec],
  );
}

describe('UI Kit bundles', () => {
  it.each(ENTRIES)('%s imports no backend-only module', (entry) => {
    const bad = valueImports(entry).filter((spec) => BACKEND_ONLY.some((re) => re.test(spec)));
    expect(bad).toEqual([]);
  });

  it('the check sees backend modules when they are imported (it can fail)', () => {
    const backend = valueImports(join(ROOT, 'src/entry/issue-panel/resolver.ts'));
    expect(backend.some((spec) => BACKEND_ONLY.some((re) => re.test(spec)))).toBe(true);
  });
});
