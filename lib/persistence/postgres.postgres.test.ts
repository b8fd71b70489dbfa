import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

/** PostgreSQL only (npm run test:postgres): the pieces that have no SQLite twin to run the same test. */
createTestDatabase("postgres");
const { db, writeTransaction } = await import("@/lib/db");
const { env } = await import("@/lib/env");

test("this run is on PostgreSQL", () => {
  expect(env.DIALECT).toBe("postgresql");
  expect(process.env.DATABASE_URL).toMatch(/^postgres/);
});

test("the PostgreSQL migrations build exactly the generated schema (prisma migrate diff sees no drift, search schema included)", () => {
  const diff = spawnSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--exit-code"],
    { env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL }, encoding: "utf8" },
  );
  expect(diff.stdout + diff.stderr).toContain("No difference detected");
  expect(diff.status).toBe(0);
}, 120_000);

test("the search index lives in its own schema, one tsvector per comparison under GIN, with accents folded", async () => {
  const rows = await db.$queryRawUnsafe<Array<{ indexdef: string }>>(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'search'`);
  expect(rows.map((r) => r.indexdef).join("\n")).toMatch(/USING gin \(document\)/);
  const [folded] = await db.$queryRawUnsafe<Array<{ v: string }>>(`SELECT to_tsvector('search.parallax', 'Élection à Paris')::text AS v`);
  expect(folded?.v).toBe("'a':2 'election':1 'paris':3");
});

test("read-then-write transactions run one at a time (the advisory write lock), as on SQLite", async () => {
  const order: string[] = [];
  const slow = writeTransaction(async (tx) => {
    order.push("first in");
    await tx.verification.count();
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push("first out");
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const fast = writeTransaction(async () => {
    order.push("second in");
  });
  await Promise.all([slow, fast]);
  expect(order).toEqual(["first in", "first out", "second in"]);
});
