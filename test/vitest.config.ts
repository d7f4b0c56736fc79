import { defineProject } from 'vitest/config';

// Repository-wide checks: package boundaries (dependency-cruiser) and the test layout.
export default defineProject({
  test: {
    name: 'repo',
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
  },
});
