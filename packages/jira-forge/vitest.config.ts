import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jira-forge',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The packaged-artifact suites run in their own project (vitest.packaged.config.ts), which
    // packages the app once per run.
    exclude: ['test/packaged/**'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
  },
});
