import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A consistent online copy of the SQLite database through SQLite's backup API:
 * safe while the app is writing (WAL), unlike copying the file.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number }> {
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    const { totalPages } = await db.backup(destination);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}

export function backupFileName(now = new Date()): string {
  return `parallax-${now.toISOString().replace(/[:.]/g, "-")}.db`;
}
