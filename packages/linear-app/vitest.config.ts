import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  // graphql ships CJS and ESM builds; one realm avoids "Duplicate graphql modules" errors.
  resolve: { alias: { graphql: require.resolve('graphql/index.js') } },
  test: {
    name: 'linear-app',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // One fast-check seed per file (FC_SEED replays a failure); see @trailmap/test-support.
    setupFiles: ['./test/fastCheckSetup.ts'],
  },
});
