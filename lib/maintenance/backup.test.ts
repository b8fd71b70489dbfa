import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "vitest";
import { backupDatabase, backupFileName } from "./backup";

test("the backup is a complete, consistent copy taken while a writer has uncommitted WAL pages", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-"));
  const source = path.join(dir, "live.db");
  const live = new Database(source);
  live.pragma("journal_mode = WAL");
  live.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  const insert = live.prepare("INSERT INTO t (v) VALUES (?)");
  live.transaction(() => {
    for (let i = 0; i < 1000; i += 1) insert.run(`row ${i}`);
  })();
  const destination = path.join(dir, "backups", backupFileName(new Date("2026-01-02T03:04:05Z")));
  const { pages } = await backupDatabase(source, destination);
  live.close();
  expect(pages).toBeGreaterThan(0);
  expect(path.basename(destination)).toBe("parallax-2026-01-02T03-04-05-000Z.db");
  const copy = new Database(destination, { readonly: true });
  expect(copy.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 1000 });
  expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
  copy.close();
});

test("a missing database is an error, not an empty backup", async () => {
  await expect(backupDatabase("/nonexistent/parallax.db", path.join(os.tmpdir(), "x.db"))).rejects.toThrow(/no database/);
});
