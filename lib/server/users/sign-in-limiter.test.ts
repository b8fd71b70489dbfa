import { expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

createTestDatabase("sign-in-limiter");
const { attemptKeys, settleSuccessfulAttempt, takeSignInAttempt, MAX_PER_CLIENT } = await import("./sign-in-limiter");
const { signIn } = await import("./sign-in");
const { clientAddress } = await import("../client-address");
const { db } = await import("@/lib/db");

const wrong = () => Promise.resolve(false);
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("five failed attempts on an email in 15 minutes block it, from any client; the window passes", async () => {
  const t0 = Date.now() - 60 * 60 * 1000;
  for (let i = 0; i < 5; i += 1) expect((await takeSignInAttempt(attemptKeys("a@example.com", "1.2.3.4"), t0 + i * 1000)).allowed).toBe(true);
  const blocked = await takeSignInAttempt(attemptKeys("a@example.com", "9.9.9.9"), t0 + 6000);
  expect(blocked).toEqual({ allowed: false, waitMinutes: 15 });
  expect((await takeSignInAttempt(attemptKeys("a@example.com", "9.9.9.9"), t0 + 16 * 60 * 1000)).allowed).toBe(true);
  // Old attempts are pruned when the next one is taken.
  expect(await db.signInFailure.count({ where: { at: { lt: new Date(t0 + 60_000) } } })).toBe(0);
});

test("a client is blocked after 20 failed attempts across emails (password spraying)", async () => {
  const now = Date.now();
  for (let i = 0; i < MAX_PER_CLIENT; i += 1) expect((await takeSignInAttempt(attemptKeys(`spray${i}@example.com`, "5.5.5.5"), now)).allowed).toBe(true);
  expect((await takeSignInAttempt(attemptKeys("another@example.com", "5.5.5.5"), now)).allowed).toBe(false);
  expect((await takeSignInAttempt(attemptKeys("another@example.com", "6.6.6.6"), now)).allowed).toBe(true);
});

test("a right password clears that email's failures, not the client's", async () => {
  const now = Date.now();
  for (let i = 0; i < 4; i += 1) await takeSignInAttempt(attemptKeys("b@example.com", "7.7.7.7"), now);
  const attempt = await takeSignInAttempt(attemptKeys("b@example.com", "7.7.7.7"), now);
  if (!attempt.allowed) throw new Error("expected an attempt");
  await settleSuccessfulAttempt(attempt.ids, "email:b@example.com");
  expect(await db.signInFailure.count({ where: { key: "email:b@example.com" } })).toBe(0);
  expect(await db.signInFailure.count({ where: { key: "client:7.7.7.7" } })).toBe(4);
});

test("40 parallel guesses for one email check at most 5 passwords", async () => {
  let checked = 0;
  const verify = async () => {
    checked += 1;
    await later(30); // a password hash takes time: the others are already in flight
    return false;
  };
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn({ email: "target@example.com", password: `guess-${i}` }, `10.0.0.${i}`, verify)));
  expect(checked).toBeLessThanOrEqual(5);
  expect(results.filter((r) => !r.ok && /Too many failed sign-ins/.test(r.message))).toHaveLength(40 - checked);
});

test("the count is shared: attempts recorded by another server process block this one", async () => {
  const { writeFromAnotherConnection } = await import("@/lib/testing/another-connection");
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 1000).toISOString().replace("Z", "+00:00");
  await writeFromAnotherConnection(`INSERT INTO "SignInFailure" ("key", "at") VALUES (?, ?)`, [0, 1, 2, 3, 4].map((i) => ["email:c@example.com", at(i)]));
  const result = await signIn({ email: "c@example.com", password: "whatever" }, "8.8.8.8", () => {
    throw new Error("the password must not be checked");
  });
  expect(result).toEqual({ ok: false, message: "Too many failed sign-ins. Try again in 15 minutes." });
});

test("the right password signs in", async () => {
  expect(await signIn({ email: "d@example.com", password: "right" }, "1.1.1.1", () => Promise.resolve(true))).toEqual({ ok: true });
  expect(await signIn({ email: "d@example.com", password: "wrong" }, "1.1.1.1", wrong)).toEqual({ ok: false, message: "The email or password is not right." });
});

test("the client is the connecting address; X-Forwarded-For counts only behind TRUSTED_PROXY, and only our proxy's entry", () => {
  const spoofed = new Headers({ "x-parallax-client": "203.0.113.7", "x-forwarded-for": "1.2.3.4" });
  expect(clientAddress(spoofed, 0)).toBe("203.0.113.7");
  const proxied = new Headers({ "x-parallax-client": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9" });
  expect(clientAddress(proxied, 1)).toBe("198.51.100.9");
  expect(clientAddress(new Headers({ "x-parallax-client": "10.0.0.2" }), 1)).toBe("10.0.0.2");
  expect(clientAddress(new Headers(), 0)).toBe("unknown");
});
