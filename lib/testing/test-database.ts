import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * For tests of server code: a fresh, migrated SQLite file in WAL mode (as `npm start` leaves it),
 * selected through DATABASE_URL before any server module is imported.
 */
export function createTestDatabase(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`)), "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
  // Switching the journal mode needs the database to itself: do it here, once, before any test
  // process opens it (two processes switching it at once fail with SQLITE_BUSY, busy timeout or not).
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return file;
}
