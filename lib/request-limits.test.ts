import { NextRequest } from "next/server";
import { expect, test } from "vitest";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";
import { MAX_FORM_BYTES, MAX_INPUT_BYTES } from "./request-limits";

test("server actions accept the largest form the app promises (10 sources of 5 MB), not Next's default 1 MB", () => {
  expect(MAX_FORM_BYTES).toBeGreaterThanOrEqual(10 * MAX_INPUT_BYTES);
  expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_FORM_BYTES);
  // The proxy sees every body first; its own default (10 MB) would cut larger forms short.
  expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MAX_FORM_BYTES);
});

test("a body past the limit is answered 413 with a message a person can act on", async () => {
  const big = proxy(new NextRequest("http://localhost:3000/comparisons/new", { method: "POST", headers: { "content-length": String(MAX_FORM_BYTES + 1), "next-action": "x" } }));
  expect(big.status).toBe(413);
  expect(big.headers.get("content-type")).toBe("text/plain");
  expect(await big.text()).toMatch(/at most 10 sources of 5 MB each/);
  const fine = proxy(new NextRequest("http://localhost:3000/comparisons/new", { method: "POST", headers: { "content-length": String(1_100_000), "next-action": "x" } }));
  expect(fine.status).toBe(200);
  expect(fine.headers.get("content-security-policy")).toMatch(/nonce-/);
});
