// The one test layout of every package (docs/architecture.md, "Test layout"), as a pure check
// over file paths and sources so that test/layout.test.ts can prove it fails on a bad tree.

/** Where a test file may live. */
const BESIDE_CODE = /^packages\/[^/]+\/src\/(.+\/)?[^/]+\.test(-prop|-d)?\.tsx?$/;
const BY_KIND = /^packages\/[^/]+\/test\/[a-z][a-z0-9-]*\/(.+\/)?[^/]+\.test\.tsx?$/;
const ANY_TEST = /\.test(-prop|-d)?\.tsx?$/;

/** What makes a suite more than a unit test: a process, a browser, a server or a database. */
const REAL_PARTS: [RegExp, string][] = [
  [/from '(node:)?child_process'/, 'spawns a process'],
  [/from 'playwright-core'|launchChromium/, 'drives a browser'],
  [/from '(node:)?(http|net)'/, 'opens a server or socket'],
  [/from '(better-sqlite3|pg)'/, 'opens a database'],
];

/**
 * The layout problems of a set of files: each a sentence naming the file and where it belongs.
 *
 * @example
 * layoutProblems(['packages/core/test/x.test.ts'], () => ''); // => ['packages/core/test/x.test.ts: …']
 */
export function layoutProblems(paths: readonly string[], read: (path: string) => string): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    if (!ANY_TEST.test(path)) continue;
    if (/\/__tests__\//.test(path)) {
      problems.push(`${path}: no __tests__ folders; put a unit test beside its code in src/`);
    } else if (BESIDE_CODE.test(path)) {
      const source = read(path);
      for (const [pattern, what] of REAL_PARTS) {
        if (pattern.test(source))
          problems.push(
            `${path}: ${what}, so it is not a unit test; move it to test/<kind>/ (e.g. test/process/)`,
          );
      }
    } else if (BY_KIND.test(path)) {
      if (/\.test-(prop|d)\.tsx?$/.test(path))
        problems.push(`${path}: property and type tests sit beside their code in src/`);
    } else if (/^packages\/[^/]+\/test\/[^/]+$/.test(path)) {
      problems.push(`${path}: a suite in test/ goes in a folder named for its kind, test/<kind>/`);
    } else {
      problems.push(`${path}: tests live beside their code in src/ or under test/<kind>/`);
    }
    if (/^packages\/[^/]+\/test\/unit\//.test(path))
      problems.push(`${path}: unit tests sit beside their code in src/, not under test/unit/`);
  }
  return problems;
}
