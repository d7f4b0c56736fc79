import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'solver-highs',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
