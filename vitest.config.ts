import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that spawn bin/ringform.js need dist/ built from the current sources.
    globalSetup: ['test/helpers/build-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suite must stay well inside 10 minutes on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
  },
});
