import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'src/**/*.test-prop.ts', 'test/**/*.test.ts'],
    // One fast-check seed per file (FC_SEED replays a failure); see @trailmap/test-support.
    setupFiles: ['./test/fastCheckSetup.ts'],
    // Type tests (*.test-d.ts) pin the public API's types; tsc checks them in every `vitest run`.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
