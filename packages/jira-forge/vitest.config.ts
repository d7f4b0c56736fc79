import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jira-forge',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
  },
});
