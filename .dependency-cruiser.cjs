// Package boundaries of the Trailmap monorepo, checked by `pnpm boundaries` (part of `pnpm test`).
// docs/architecture.md draws the same arrows. test/boundaries.test.ts proves every rule fires.
//
// "Test code" is anything that only tests or benchmarks run: *.test(-prop|-d).ts(x), test/, bench/,
// scripts/, __fixtures__/ and the vitest configs. Purity and layering rules bind library code only;
// the cycle and edge-to-edge rules bind everything.
const TEST_CODE = [
  '\\.test(-prop|-d)?\\.tsx?$',
  '^packages/[^/]+/(test|bench|scripts)/',
  '/__fixtures__/',
  '^packages/[^/]+/vitest\\.',
];

// An npm package (or, for a scope, any package in it) as dependency-cruiser resolves it under pnpm:
// node_modules/.pnpm/zod@4.6.7/node_modules/zod/… or node_modules/zod/….
const npm = (names) => `node_modules/(${names.join('|')})/`;

// The platforms and I/O libraries: which tracker, which store, which browser.
const PLATFORM = [
  '@forge',
  '@linear',
  '@atlaskit',
  'pg',
  'better-sqlite3',
  'hono',
  '@hono',
  'highs',
  'playwright-core',
  'msw',
  'graphql',
  'react',
];

// Library code of a package: what it ships, not its tests.
const library = (pkg) => ({ path: `^packages/${pkg}/src/`, pathNot: TEST_CODE });

// `pkg` imports no workspace package but `allowed` (itself among them).
const onlyPackages = (pkg, allowed) => ({
  from: { path: `^packages/${pkg}/` },
  to: { path: '^packages/', pathNot: `^packages/(${allowed.join('|')})/` },
});

// `pkg`'s library code imports only the library code of `packages` and the npm `libraries`.
const onlyLibraries = (pkg, packages, libraries) => ({
  from: library(pkg),
  to: {
    dependencyTypesNot: ['core'],
    pathNot: [`^packages/(${packages.join('|')})/src/`, npm(libraries)],
  },
});

// Every rule is an error: a boundary that only warns is not one.
const forbidden = [
  {
    name: 'no-circular',
    comment: 'An import cycle: move the piece both files need into its own file.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'core-no-io',
    comment:
      'core is pure: no Node built-ins (fs, net, http, child_process, …). Pass data and capabilities in as parameters.',
    from: library('core'),
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'core-no-platform',
    comment: 'core never learns which tracker, store or browser it serves.',
    from: library('core'),
    to: { path: npm(PLATFORM) },
  },
  {
    name: 'core-only-own-deps',
    comment:
      'core imports only itself and its own small pure libraries (zod, lodash per method, date-fns, @stdlib).',
    ...onlyLibraries('core', ['core'], ['zod', 'lodash', 'date-fns', '@stdlib']),
  },
  {
    name: 'core-imports-no-package',
    comment: 'core is the bottom layer: it imports no other workspace package (tests: test-support only).',
    ...onlyPackages('core', ['core', 'test-support']),
  },
  {
    name: 'trackers-only-core',
    comment: 'trackers maps Jira/Linear data to core types: it imports core and its parsing libraries only.',
    ...onlyLibraries(
      'trackers',
      ['trackers', 'core'],
      ['zod', 'date-fns', 'csv-parse', 'csv-stringify', 'iconv-lite', 'papaparse'],
    ),
  },
  {
    name: 'trackers-no-edge',
    comment: 'trackers sits below the edges: it never imports cli, jira-forge, linear-app or solver-highs.',
    from: { path: '^packages/trackers/' },
    to: { path: '^packages/(cli|jira-forge|linear-app|solver-highs)/' },
  },
  {
    name: 'solver-highs-only-core',
    comment: 'solver-highs is the HiGHS worker behind core’s MipSolver seam: it imports core only.',
    ...onlyPackages('solver-highs', ['solver-highs', 'core', 'test-support']),
  },
  {
    name: 'edges-never-import-each-other',
    comment:
      'cli, jira-forge and linear-app are separate deployables: share code through core or trackers instead.',
    from: { path: '^packages/(cli|jira-forge|linear-app)/' },
    to: { path: '^packages/(cli|jira-forge|linear-app)/', pathNot: '^packages/$1/' },
  },
  {
    name: 'test-support-only-from-tests',
    comment: '@trailmap/test-support is for tests and benchmarks; library code never imports it.',
    from: { path: '^packages/', pathNot: ['^packages/test-support/', ...TEST_CODE] },
    to: { path: '^packages/test-support/' },
  },
  {
    name: 'test-support-is-a-leaf',
    comment: 'test-support serves every package, so it imports none of them.',
    ...onlyPackages('test-support', ['test-support']),
  },
  {
    name: 'no-deep-package-imports',
    comment:
      "Import another package through its public entry (core's index or a subpath index, trackers' index), never a file inside it.",
    from: { path: '^packages/([^/]+)/' },
    to: {
      path: '^packages/',
      pathNot: ['^packages/$1/', '^packages/[^/]+/src/index\\.tsx?$', '^packages/core/src/[^/]+/index\\.ts$'],
    },
  },
  {
    name: 'src-declares-its-deps',
    comment:
      "Library code imports only packages in its own package.json dependencies (a missing one fails at deploy, e.g. 'highs' in linear-app).",
    from: { path: '^packages/[^/]+/src/', pathNot: TEST_CODE },
    to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'npm-dev'], dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'not-to-unresolvable',
    comment: 'An import that does not resolve (a typo, or a package missing from package.json).',
    from: {},
    to: { couldNotResolve: true },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: forbidden.map((rule) => ({ severity: 'error', ...rule })),
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^packages/[^/]+/(dist|out|node_modules)/' },
    // Type-only imports count: a type cycle is still a cycle, and a type import of a platform
    // SDK still ties core to that platform.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    // Workspace packages are found through their node_modules symlinks; report the real paths.
    preserveSymlinks: false,
  },
};
