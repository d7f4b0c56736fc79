import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'test', 'packages/jira-forge/vitest.packaged.config.ts'],
  },
});
