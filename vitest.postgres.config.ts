import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The database-touching unit tests again, on PostgreSQL: `TEST_DATABASE_URL=postgres://user@host:port/postgres
 * npm run test:postgres` (a server where the tests may create databases; .ci/run starts one). The
 * template database is migrated once (lib/testing/postgres-setup.ts); each test file gets a copy.
 */
/** Every test file that makes a test database (createTestDatabase), found anew on each run, so none is forgotten. */
export const POSTGRES_TEST_FILES = fs
  .readdirSync("lib", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => path.join("lib", file))
  .filter((file) => fs.readFileSync(file, "utf8").includes("createTestDatabase("))
  .sort();

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
