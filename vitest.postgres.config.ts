import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The database-touching unit tests again, on PostgreSQL: `TEST_DATABASE_URL=postgres://user@host:port/postgres
 * npm run test:postgres` (a server where the tests may create databases; .ci/run starts one). The
 * template database is migrated once (lib/testing/postgres-setup.ts); each test file gets a copy.
 */
export const POSTGRES_TEST_FILES = [
  "lib/server/authorization.test.ts",
  "lib/server/comparisons/failures.test.ts",
  "lib/server/comparisons/find-comparisons.test.ts",
  "lib/server/comparisons/run-analysis.test.ts",
  "lib/server/reports/export-comparison.test.ts",
  "lib/server/session-lookup.test.ts",
  "lib/server/users/accounts.test.ts",
  "lib/server/users/sign-in-limiter.test.ts",
  "lib/queue/analysis-queue.test.ts",
  "lib/**/*.postgres.test.ts",
];

// Spread, not mergeConfig: merging would add these files to the SQLite run's list instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: POSTGRES_TEST_FILES,
    exclude: ["**/node_modules/**"],
    globalSetup: ["lib/testing/postgres-setup.ts"],
    env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "" },
  },
});
