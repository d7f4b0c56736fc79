import { defineProject } from 'vitest/config';

// The app as `forge deploy` would upload it: globalSetup runs Forge's packaging once per run
// and every suite here reads that one artifact.
export default defineProject({
  test: {
    name: 'jira-forge-packaged',
    include: ['test/packaged/**/*.test.ts'],
    globalSetup: ['./test/packaged/globalSetup.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 60_000,
  },
});
