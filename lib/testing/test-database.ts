import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The database the tests run on: SQLite unless TEST_DATABASE_URL names a PostgreSQL server. */
export function testDialect(): "sqlite" | "postgresql" {
  return process.env.TEST_DATABASE_URL?.trim() ? "postgresql" : "sqlite";
}

/** The template every PostgreSQL test database is copied from (migrated once per run: lib/testing/postgres-setup.ts). */
export const POSTGRES_TEMPLATE = "parallax_test_template";
/** Test databases are named with this prefix, and dropped together at the end of the run. */
export const POSTGRES_TEST_PREFIX = "parallax_test_";

/** A URL with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * For tests of server code: a fresh, migrated database, selected through DATABASE_URL before any
 * server module is imported. Returns its DATABASE_URL.
 * - SQLite (the default): a new file in WAL mode (as `npm start` leaves it), migrated with the CLI.
 * - PostgreSQL (TEST_DATABASE_URL=postgres://.../postgres, a server the tests may create databases
 *   on): a new database copied from the migrated template (CREATE DATABASE ... TEMPLATE takes a
 *   fraction of a second; migrating takes ~14 s). AUTH_SECRET is set, as PostgreSQL requires.
 */
export function createTestDatabase(name: string): string {
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (server) {
    const database = `${POSTGRES_TEST_PREFIX}${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${crypto.randomBytes(4).toString("hex")}`;
    const created = spawnSync("psql", [server, "-v", "ON_ERROR_STOP=1", "-qc", `CREATE DATABASE "${database}" TEMPLATE "${POSTGRES_TEMPLATE}"`], { encoding: "utf8" });
    if (created.status !== 0) throw new Error(`could not create the test database ${database}: ${created.stderr || created.error?.message}`);
    process.env.DATABASE_URL = withDatabase(server, database);
    process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret-0123";
    return process.env.DATABASE_URL;
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`)), "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
  // Switching the journal mode needs the database to itself: do it here, once, before any test
  // process opens it (two processes switching it at once fail with SQLITE_BUSY, busy timeout or not).
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return process.env.DATABASE_URL;
}
