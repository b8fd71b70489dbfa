import fs from "node:fs";
import Database from "better-sqlite3";

/**
 * Fold the write-ahead log back into the database file and empty it (SQLite's
 * `wal_checkpoint(TRUNCATE)`), so a cleanly stopped Parallax leaves one self-contained file, not a
 * database plus megabytes of WAL. Run once every server process has stopped (lib/cli/serve.ts);
 * closing the last connection also removes the -wal and -shm files. Returns the WAL's size before and after.
 */
export function checkpointDatabase(file: string): { walBytesBefore: number; walBytesAfter: number } {
  const wal = `${file}-wal`;
  const size = () => (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
  const walBytesBefore = size();
  if (!fs.existsSync(file)) return { walBytesBefore, walBytesAfter: walBytesBefore };
  const db = new Database(file, { fileMustExist: true, timeout: 5_000 });
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  return { walBytesBefore, walBytesAfter: size() };
}
