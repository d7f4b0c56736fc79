import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'trackers',
    include: ['src/**/*.test.ts', 'src/**/*.test-prop.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
