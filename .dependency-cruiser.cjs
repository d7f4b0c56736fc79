// Package boundaries of the Trailmap monorepo, checked by `pnpm boundaries` (part of `pnpm test`).
// docs/architecture.md draws the same arrows. test/repo/boundaries.test.ts proves every rule fires.
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

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: move the piece both files need into its own file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-no-io',
      severity: 'error',
      comment:
        'core is pure: no Node built-ins (fs, net, http, child_process, …). Pass data and capabilities in as parameters.',
      from: { path: '^packages/core/src/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-platform',
      severity: 'error',
      comment: 'core never learns which tracker, store or browser it serves.',
      from: { path: '^packages/core/src/', pathNot: TEST_CODE },
      to: { path: npm(PLATFORM) },
    },
    {
      name: 'core-only-own-deps',
      severity: 'error',
      comment:
        'core imports only itself and its own small pure libraries (zod, lodash per method, date-fns, @stdlib).',
      from: { path: '^packages/core/src/', pathNot: TEST_CODE },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^packages/core/src/', npm(['zod', 'lodash', 'date-fns', '@stdlib'])],
      },
    },
    {
      name: 'core-imports-no-package',
      severity: 'error',
      comment: 'core is the bottom layer: it imports no other workspace package (tests: test-support only).',
      from: { path: '^packages/core/' },
      to: { path: '^packages/', pathNot: '^packages/(core|test-support)/' },
    },
    {
      name: 'trackers-only-core',
      severity: 'error',
      comment:
        'trackers maps Jira/Linear data to core types: it imports core and its parsing libraries only.',
      from: { path: '^packages/trackers/src/', pathNot: TEST_CODE },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: [
          '^packages/(trackers|core)/src/',
          npm(['zod', 'date-fns', 'csv-parse', 'csv-stringify', 'iconv-lite']),
        ],
      },
    },
    {
      name: 'trackers-no-edge',
      severity: 'error',
      comment: 'trackers sits below the edges: it never imports cli, jira-forge, linear-app or solver-highs.',
      from: { path: '^packages/trackers/' },
      to: { path: '^packages/(cli|jira-forge|linear-app|solver-highs)/' },
    },
    {
      name: 'solver-highs-only-core',
      severity: 'error',
      comment: 'solver-highs is the HiGHS worker behind core’s MipSolver seam: it imports core only.',
      from: { path: '^packages/solver-highs/' },
      to: { path: '^packages/', pathNot: '^packages/(solver-highs|core|test-support)/' },
    },
    {
      name: 'edges-never-import-each-other',
      severity: 'error',
      comment:
        'cli, jira-forge and linear-app are separate deployables: share code through core or trackers instead.',
      from: { path: '^packages/(cli|jira-forge|linear-app)/' },
      to: { path: '^packages/(cli|jira-forge|linear-app)/', pathNot: '^packages/$1/' },
    },
    {
      name: 'test-support-only-from-tests',
      severity: 'error',
      comment: '@trailmap/test-support is for tests and benchmarks; library code never imports it.',
      from: { path: '^packages/', pathNot: ['^packages/test-support/', ...TEST_CODE] },
      to: { path: '^packages/test-support/' },
    },
    {
      name: 'test-support-is-a-leaf',
      severity: 'error',
      comment: 'test-support serves every package, so it imports none of them.',
      from: { path: '^packages/test-support/' },
      to: { path: '^packages/', pathNot: '^packages/test-support/' },
    },
    {
      name: 'no-deep-package-imports',
      severity: 'error',
      comment:
        "Import another package through its public entry (core's index or a subpath index, trackers' index), never a file inside it.",
      from: { path: '^packages/([^/]+)/' },
      to: {
        path: '^packages/',
        pathNot: [
          '^packages/$1/',
          '^packages/[^/]+/src/index\\.tsx?$',
          '^packages/core/src/[^/]+/index\\.ts$',
        ],
      },
    },
    {
      name: 'src-declares-its-deps',
      severity: 'error',
      comment:
        "Library code imports only packages in its own package.json dependencies (a missing one fails at deploy, e.g. 'highs' in linear-app).",
      from: { path: '^packages/[^/]+/src/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve (a typo, or a package missing from package.json).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
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
