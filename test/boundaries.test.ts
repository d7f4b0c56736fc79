import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The boundary check itself runs in `pnpm test` as `pnpm boundaries` over the real packages.
// These tests prove that it can fail: each forbidden import in a throw-away monorepo is reported
// under its rule's name, and the same shapes without the forbidden import pass.
const root = join(import.meta.dirname, '..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * Runs the repository's dependency-cruiser config over `dir` exactly as `pnpm boundaries` does
 * (the `err` reporter, whose exit code is the number of errors); the exit code and each
 * reported `rule: from` pair.
 */
async function cruise(dir: string): Promise<{ code: number; output: string; reported: string[] }> {
  const args = ['packages', '--config', config];
  let code = 0;
  let output: string;
  try {
    output = (await run(depcruise, args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string };
    if (typeof failed.code !== 'number' || failed.stdout === undefined) throw error;
    code = failed.code;
    output = failed.stdout;
  }
  const reported = [...output.matchAll(/error (\S+): (\S+) →/g)].map((m) => `${m[1]}: ${m[2]}`);
  return { code, output, reported };
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const pkg = (name: string, dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name, version: '0.0.0', type: 'module', dependencies });

// A fake npm package, so that 'pg' and 'zod' resolve inside the fixture as they do in the repo.
const npmPackage = (name: string) => ({
  [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }),
  [`node_modules/${name}/index.js`]: 'export const x = 1;\n',
});

const packages = {
  'packages/core/package.json': pkg('@trailmap/core', { zod: '1.0.0' }),
  'packages/core/src/index.ts': "export { a } from './ok/a';\n",
  'packages/core/src/ok/index.ts': "export { a } from './a';\n",
  'packages/core/src/ok/a.ts': "import { x } from 'zod';\nexport const a = x;\n",
  'packages/trackers/package.json': pkg('@trailmap/trackers'),
  'packages/trackers/src/index.ts': "export { a } from '../../core/src/index';\n",
  'packages/cli/package.json': pkg('@trailmap/cli'),
  'packages/cli/src/index.ts': "export { a } from '../../trackers/src/index';\n",
  'packages/linear-app/package.json': pkg('@trailmap/linear-app'),
  'packages/linear-app/src/index.ts': "export { a } from '../../core/src/ok/index';\n",
  'packages/solver-highs/package.json': pkg('@trailmap/solver-highs'),
  'packages/solver-highs/src/index.ts': "export { a } from '../../core/src/index';\n",
  'packages/test-support/package.json': pkg('@trailmap/test-support'),
  'packages/test-support/src/index.ts': 'export const seed = 1;\n',
  'packages/cli/src/index.test.ts': "export { seed } from '../../test-support/src/index';\n",
  ...npmPackage('zod'),
  ...npmPackage('pg'),
};

/** One forbidden import per rule: the file that holds it and the rule that must report it. */
const forbidden: { rule: string; files: Record<string, string> }[] = [
  {
    rule: 'no-circular',
    files: {
      'packages/core/src/ok/b.ts': "import { c } from './c';\nexport const b = c;\n",
      'packages/core/src/ok/c.ts':
        "import type { b } from './b';\nexport const c = 1 as unknown as typeof b;\n",
    },
  },
  {
    rule: 'core-no-io',
    files: {
      'packages/core/src/io.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    },
  },
  {
    rule: 'core-no-platform',
    files: { 'packages/core/src/db.ts': "import { x } from 'pg';\nexport const db = x;\n" },
  },
  {
    rule: 'core-only-own-deps',
    files: { 'packages/core/src/db2.ts': "import { x } from 'pg';\nexport const db = x;\n" },
  },
  {
    rule: 'trackers-only-core',
    files: { 'packages/trackers/src/db.ts': "import { x } from 'pg';\nexport const db = x;\n" },
  },
  {
    rule: 'not-to-unresolvable',
    files: { 'packages/cli/src/typo.ts': "export { a } from './nowhere';\n" },
  },
  {
    rule: 'test-support-is-a-leaf',
    files: { 'packages/test-support/src/up.ts': "export { a } from '../../core/src/index';\n" },
  },
  {
    rule: 'core-imports-no-package',
    files: { 'packages/core/src/up.ts': "export { a } from '../../trackers/src/index';\n" },
  },
  {
    rule: 'trackers-no-edge',
    files: { 'packages/trackers/src/up.ts': "export { a } from '../../cli/src/index';\n" },
  },
  {
    rule: 'solver-highs-only-core',
    files: { 'packages/solver-highs/src/up.ts': "export { a } from '../../trackers/src/index';\n" },
  },
  {
    rule: 'edges-never-import-each-other',
    files: { 'packages/linear-app/src/demo.ts': "export { a } from '../../cli/src/index';\n" },
  },
  {
    rule: 'test-support-only-from-tests',
    files: { 'packages/cli/src/seeded.ts': "export { seed } from '../../test-support/src/index';\n" },
  },
  {
    rule: 'no-deep-package-imports',
    files: { 'packages/cli/src/deep.ts': "export { a } from '../../core/src/ok/a';\n" },
  },
  {
    rule: 'src-declares-its-deps',
    files: { 'packages/cli/src/zod.ts': "import { x } from 'zod';\nexport const z = x;\n" },
  },
];

describe('pnpm boundaries (dependency-cruiser)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailmap-boundaries-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a monorepo that keeps to the arrows', async () => {
    const clean = join(dir, 'clean');
    writeTree(clean, packages);
    const result = await cruise(clean);
    expect(result.reported).toEqual([]);
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it('fails, naming the rule and the file, on every forbidden import', async () => {
    const broken = join(dir, 'broken');
    writeTree(broken, Object.assign({}, packages, ...forbidden.map((f) => f.files)));
    const result = await cruise(broken);
    expect(result.code).toBeGreaterThan(0);
    for (const { rule, files } of forbidden) {
      const culprits = Object.keys(files).map((file) => `${rule}: ${file}`);
      expect(
        culprits.some((c) => result.reported.includes(c)),
        `${rule} not reported for ${Object.keys(files).join(', ')}:\n${result.output}`,
      ).toBe(true);
    }
  });

  it('has a forbidden import above for every rule of the config', () => {
    const rules = (require(config) as { forbidden: { name: string }[] }).forbidden.map((r) => r.name);
    expect(forbidden.map((f) => f.rule).sort()).toEqual([...rules].sort());
  });

  it('runs in pnpm test, after lint and before the suites', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.boundaries).toBe('depcruise packages --config .dependency-cruiser.cjs');
    expect(scripts.test).toMatch(/pnpm lint && pnpm boundaries && vitest run/);
  });
});
