import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { createTestDatabase, POSTGRES_TEST_PREFIX, withDatabase } from "@/lib/testing/test-database";
import { pgToolConnection } from "./postgres-backup";

/** The PostgreSQL counterpart of backup.test.ts: npm run backup is a pg_dump that restores whole. */
const url = createTestDatabase("backup");
const { db } = await import("@/lib/db");

test("npm run backup writes a pg_dump that restores into an empty database with every row and the search index", async () => {
  await db.comparison.create({ data: { title: "Élection à Paris", sources: { create: [{ position: 0, outlet: "AFP", inputKind: "paste", rawInput: "x", extractedText: "Les électeurs ont voté." }] } } });
  const destination = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-pgdump-")), "copy.pgdump");
  const backup = spawnSync(path.resolve("node_modules/.bin/tsx"), ["lib/cli/backup.ts", destination], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  expect(backup.stderr).toBe("");
  expect(backup.stdout).toMatch(/pg_dump custom format/);
  const server = process.env.TEST_DATABASE_URL ?? "";
  const restored = `${POSTGRES_TEST_PREFIX}restored_${process.pid}`;
  expect(spawnSync("psql", [server, "-qc", `CREATE DATABASE "${restored}"`]).status).toBe(0);
  const { restorePostgres } = await import("./postgres-backup");
  await restorePostgres(withDatabase(server, restored), destination);
  const count = spawnSync("psql", [withDatabase(server, restored), "-Atc", `SELECT count(*) FROM "Comparison" c JOIN search.comparison s ON s.comparison_id = c.id WHERE s.document @@ to_tsquery('search.parallax', 'election:*')`], { encoding: "utf8" });
  expect(count.stdout.trim()).toBe("1");
});

test("the password goes to pg_dump through PGPASSWORD, never on its command line", () => {
  const { dbname, env } = pgToolConnection("postgres://parallax:s%40cret@db.example.org:5432/parallax");
  expect(dbname).toBe("postgres://parallax@db.example.org:5432/parallax");
  expect(env.PGPASSWORD).toBe("s@cret");
});
