import { expect, test } from "vitest";
import { z } from "zod";

process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
delete process.env.PUBLIC_URL;
const { handleJson, MAX_JSON_BYTES } = await import("./http");

/** The custom server hands Next.js http://localhost:PORT as the URL whatever address the browser used. */
function post(host: string, origin: string, body = "{}"): Request {
  return new Request("http://localhost:3000/api/comparisons/x/annotations", {
    method: "POST",
    headers: { host, origin, "content-type": "application/json" },
    body,
  });
}

const ok = () => Promise.resolve({ ok: true });

test("a change sent from http://127.0.0.1, a LAN address or a host name is accepted, not refused as cross-site", async () => {
  for (const host of ["127.0.0.1:3000", "192.168.1.20:3000", "parallax.newsroom.lan:3000", "localhost:3000"]) {
    const res = await handleJson(post(host, `http://${host}`), z.object({}), ok);
    expect(res.status, host).toBe(200);
  }
});

test("a change from another site is refused with 403", async () => {
  const res = await handleJson(post("127.0.0.1:3000", "http://evil.example"), z.object({}), ok);
  expect(res.status).toBe(403);
  expect((await res.json()).error).toMatch(/Cross-site/);
});

test("an oversized body is refused with 413 before it is parsed", async () => {
  const res = await handleJson(post("127.0.0.1:3000", "http://127.0.0.1:3000", JSON.stringify({ note: "x".repeat(MAX_JSON_BYTES) })), z.object({}), ok);
  expect(res.status).toBe(413);
});
