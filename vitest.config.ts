import { defineConfig } from 'vitest/config';

/**
 * Three projects, run as separate stages by scripts/test.sh:
 *   npx vitest run --project core     pure domain logic
 *   npx vitest run --project server   against PGlite, or PostgreSQL when TEST_DATABASE_URL
 *                                     is set (scripts/with-postgres.sh sets it)
 *   npx vitest run --project e2e      the built app in headless Chromium
 * The machine has 2 cores; a PGlite instance takes 100-700 MB, so at most two
 * server test files run at once. `sequence.groupOrder` differs per project
 * because vitest requires it when projects' `maxWorkers` differ.
 */
export default defineConfig({
  test: {
    // Global only (not a per-project option): time for workers to close databases and browsers.
    teardownTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'core',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/demo/src/**/*.test.ts',
            'packages/contract/src/**/*.test.ts',
            'packages/web/src/**/*.test.ts',
          ],
          environment: 'node',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          // *.postgres.test.ts need a real server: collected only in the PostgreSQL stage.
          exclude: process.env.TEST_DATABASE_URL
            ? []
            : ['packages/server/src/**/*.postgres.test.ts'],
          environment: 'node',
          // builds the test database templates once, before the workers (testing/globalSetup.ts)
          globalSetup: ['packages/server/src/testing/globalSetup.ts'],
          pool: 'forks',
          // One module graph per worker, not per file: importing the server afresh for each of
          // ~125 files cost more than half the stage's worker time. The tests mock nothing and
          // leave no env or timers behind; every file opens its own database.
          isolate: false,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/src/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
