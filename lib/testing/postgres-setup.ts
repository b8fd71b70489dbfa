import { spawnSync } from "node:child_process";
import path from "node:path";
import { POSTGRES_TEMPLATE, POSTGRES_TEST_PREFIX, withDatabase } from "./test-database";

/**
 * Vitest global setup for the PostgreSQL run (vitest.postgres.config.ts): the template database is
 * created and migrated once with `prisma migrate deploy` (as `npm start` migrates), and every test
 * database is dropped at the end.
 */
function psql(server: string, sql: string): string {
  const result = spawnSync("psql", [server, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`psql failed (${sql}): ${result.stderr || result.error?.message}`);
  return result.stdout;
}

function dropTestDatabases(server: string): void {
  const names = psql(server, `SELECT datname FROM pg_database WHERE datname LIKE '${POSTGRES_TEST_PREFIX}%'`).split("\n").filter(Boolean);
  for (const name of names) psql(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export default function setup(): () => void {
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (!server) throw new Error("the PostgreSQL test run needs TEST_DATABASE_URL (postgres://user@host:port/postgres)");
  dropTestDatabases(server);
  psql(server, `CREATE DATABASE "${POSTGRES_TEMPLATE}"`);
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: withDatabase(server, POSTGRES_TEMPLATE) },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`PostgreSQL migrations failed: ${migrate.stdout}\n${migrate.stderr}`);
  return () => dropTestDatabases(server);
}
