import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'trackers',
    include: ['src/**/*.test.ts', 'src/**/*.test-prop.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests (*.test-d.ts) pin the Importer contract; tsc checks them in every `vitest run`.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
