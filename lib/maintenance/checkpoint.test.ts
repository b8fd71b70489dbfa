import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "vitest";
import { checkpointDatabase } from "./checkpoint";

test("a WAL left by a process that exited without closing is folded into the database and removed", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-checkpoint-")), "live.db");
  // A writer that exits without closing its connection, as a server process does: its WAL stays behind.
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    db.transaction(() => { for (let i = 0; i < 5000; i += 1) insert.run("row " + i + " " + "x".repeat(200)); })();
    process.exit(0);`;
  expect(spawnSync(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: "inherit" }).status).toBe(0);
  expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
  const { walBytesBefore, walBytesAfter } = checkpointDatabase(file);
  expect(walBytesBefore).toBeGreaterThan(1_000_000);
  expect(walBytesAfter).toBe(0);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const db = new Database(file, { readonly: true });
  expect(db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 5000 });
  db.close();
});
