import { expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

createTestDatabase("sign-in-limiter");
const { clearSignInFailures, recordSignInFailure, signInBlockedFor } = await import("./sign-in-limiter");
const { db } = await import("@/lib/db");

test("five failures in 15 minutes block further attempts for that email or client; success clears them", async () => {
  const keys = ["email:a@example.com", "client:1.2.3.4"];
  const t0 = Date.now() - 60 * 60 * 1000;
  for (let i = 0; i < 4; i += 1) await recordSignInFailure(keys, t0 + i * 1000);
  expect(await signInBlockedFor(keys, t0 + 5000)).toBe(0);
  await recordSignInFailure(keys, t0 + 5000);
  expect(await signInBlockedFor(keys, t0 + 6000)).toBe(15);
  // Another email from the same client is blocked too; the same email from elsewhere as well.
  expect(await signInBlockedFor(["email:b@example.com", "client:1.2.3.4"], t0 + 6000)).toBeGreaterThan(0);
  expect(await signInBlockedFor(["email:a@example.com", "client:9.9.9.9"], t0 + 6000)).toBeGreaterThan(0);
  // The window passes; old failures are pruned when the next one is recorded.
  expect(await signInBlockedFor(keys, t0 + 16 * 60 * 1000)).toBe(0);
  await recordSignInFailure(keys, t0 + 16 * 60 * 1000);
  expect(await db.signInFailure.count()).toBe(2);
  await clearSignInFailures(keys);
  expect(await signInBlockedFor(keys, t0 + 16 * 60 * 1000)).toBe(0);
});

test("the count is shared: failures recorded by one server process block sign-ins handled by another", async () => {
  // A second process sees the same rows: simulate it by writing through a separate connection.
  const { default: Database } = await import("better-sqlite3");
  const { databaseFile } = await import("@/lib/database-url");
  const other = new Database(databaseFile(process.env.DATABASE_URL ?? ""));
  const insert = other.prepare(`INSERT INTO "SignInFailure" ("key", "at") VALUES (?, ?)`);
  const now = Date.now();
  for (let i = 0; i < 5; i += 1) insert.run("email:c@example.com", new Date(now - i * 1000).toISOString().replace("Z", "+00:00"));
  other.close();
  expect(await signInBlockedFor(["email:c@example.com", "client:5.6.7.8"], now)).toBe(15);
});
