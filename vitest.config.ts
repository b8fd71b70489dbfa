import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
    // PostgreSQL-only tests run in vitest.postgres.config.ts (npm run test:postgres).
    exclude: ["**/node_modules/**", "**/*.postgres.test.ts"],
    environment: "node",
    // This run is SQLite's (vitest.postgres.config.ts is PostgreSQL's), whatever the shell has set.
    env: { TEST_DATABASE_URL: "" },
    testTimeout: 20_000,
    // Hooks do more than a test: the beforeAlls of the server tests (authorization,
    // find-comparisons, failures) migrate a fresh database with the Prisma CLI and some
    // analyse the sample; on a busy 2-core machine that passed Vitest's default of 10 s.
    hookTimeout: 60_000,
  },
});
