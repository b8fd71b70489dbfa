import fs from "node:fs";
import path from "node:path";

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/parallax.db";

/**
 * The SQLite database URL (`file:<path>`) from DATABASE_URL, or the default
 * `file:./data/parallax.db`. An empty DATABASE_URL counts as unset. The folder
 * holding the file is created so a fresh clone starts with no setup.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  const url = raw ? raw : `file:./${DEFAULT_DATABASE_FILE}`;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL like "file:./data/parallax.db" (got "${url}").`);
  }
  const file = databaseFile(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return url;
}

/** The absolute file path behind a `file:` URL. */
export function databaseFile(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}
