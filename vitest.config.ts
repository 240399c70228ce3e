import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suite must stay well inside 10 minutes on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
  },
});
