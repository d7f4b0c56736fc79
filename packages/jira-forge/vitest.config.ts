import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jira-forge',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
  },
});
