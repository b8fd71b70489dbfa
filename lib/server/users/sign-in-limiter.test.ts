import { expect, test } from "vitest";
import { clearSignInFailures, recordSignInFailure, signInBlockedFor } from "./sign-in-limiter";

test("five failures in 15 minutes block further attempts for that email or client; success clears them", () => {
  const keys = ["email:a@example.com", "client:1.2.3.4"];
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 4; i += 1) recordSignInFailure(keys, t0 + i * 1000);
  expect(signInBlockedFor(keys, t0 + 5000)).toBe(0);
  recordSignInFailure(keys, t0 + 5000);
  expect(signInBlockedFor(keys, t0 + 6000)).toBe(15);
  // Another email from the same client is blocked too; the same email from elsewhere as well.
  expect(signInBlockedFor(["email:b@example.com", "client:1.2.3.4"], t0 + 6000)).toBeGreaterThan(0);
  expect(signInBlockedFor(["email:a@example.com", "client:9.9.9.9"], t0 + 6000)).toBeGreaterThan(0);
  // The window passes.
  expect(signInBlockedFor(keys, t0 + 16 * 60 * 1000)).toBe(0);
  recordSignInFailure(keys, t0 + 16 * 60 * 1000);
  clearSignInFailures(keys);
  expect(signInBlockedFor(keys, t0 + 16 * 60 * 1000)).toBe(0);
});
