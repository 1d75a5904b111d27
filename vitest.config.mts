import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    // better-sqlite3 is a native addon: forks, not threads or vm pools.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
