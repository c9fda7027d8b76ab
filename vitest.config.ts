import { defineConfig } from 'vitest/config';

// Pure tests run in parallel; tests against the one shared Neo4j run one file at a time,
// because Neo4j Community has a single user database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/db/**', 'test/api/**', 'test/viewer/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts', 'test/api/**/*.test.ts', 'test/viewer/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
