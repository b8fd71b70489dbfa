import fs from "node:fs";
import path from "node:path";
import { dialectOf } from "./persistence/dialect";

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/parallax.db";

/**
 * The database URL from DATABASE_URL: a SQLite file (`file:<path>`, the default
 * `file:./data/parallax.db`) or a PostgreSQL server (`postgres://...`). An empty
 * DATABASE_URL counts as unset. For a file, the folder holding it is created so a
 * fresh clone starts with no setup.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  const url = raw ? raw : `file:./${DEFAULT_DATABASE_FILE}`;
  if (dialectOf(url) === "sqlite") fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
  return url;
}

/** The absolute file path behind a `file:` URL. */
export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) throw new Error("the database is not a local file (DATABASE_URL is a PostgreSQL URL)");
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}
