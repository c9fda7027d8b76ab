import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql for everyone: Vite would give our TypeScript graphql's ESM build while
// @neo4j/graphql, Apollo and graphql-query-complexity load its CommonJS build, and two copies
// break graphql's instanceof checks (as Node itself never does outside tests).
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// Pure tests run in parallel; tests against the one shared Neo4j run one file at a time,
// because Neo4j Community has a single user database.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/db/**', 'test/api/**', 'test/viewer/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
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
