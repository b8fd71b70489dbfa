import { expect, test } from "vitest";

process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
const { isTrustedOrigin, publicOrigin, requestOrigin, trustedOrigins } = await import("./origins");

const unset = { publicUrl: null, trustedOrigins: [], trustedProxy: 0 };
const headers = (h: Record<string, string>) => new Headers(h);

test("with PUBLIC_URL unset, the address the request was made to is trusted, whatever it is", () => {
  for (const host of ["localhost:3000", "127.0.0.1:3000", "192.168.1.20:3000", "parallax.newsroom.lan", "[::1]:3000"]) {
    const h = headers({ host, origin: `http://${host}` });
    expect(isTrustedOrigin(h, unset)).toBe(true);
    expect(publicOrigin(h, unset)).toBe(`http://${host}`);
  }
});

test("another site's origin is refused, and so is https for a plain-http server", () => {
  expect(isTrustedOrigin(headers({ host: "127.0.0.1:3000", origin: "http://evil.example" }), unset)).toBe(false);
  expect(isTrustedOrigin(headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }), unset)).toBe(false);
  expect(isTrustedOrigin(headers({ host: "127.0.0.1:3000", origin: "https://127.0.0.1:3000" }), unset)).toBe(false);
  expect(isTrustedOrigin(headers({ host: "127.0.0.1:3000", origin: "null" }), unset)).toBe(false);
});

test("a request without an Origin header is not a cross-site browser request", () => {
  expect(isTrustedOrigin(headers({ host: "127.0.0.1:3000" }), unset)).toBe(true);
});

test("with PUBLIC_URL set, only it and TRUSTED_ORIGINS are trusted; links use PUBLIC_URL", () => {
  const policy = { publicUrl: "https://parallax.example.org", trustedOrigins: ["http://10.0.0.5:3000"], trustedProxy: 0 };
  expect(isTrustedOrigin(headers({ host: "parallax.example.org", origin: "https://parallax.example.org" }), policy)).toBe(true);
  expect(isTrustedOrigin(headers({ host: "10.0.0.5:3000", origin: "http://10.0.0.5:3000" }), policy)).toBe(true);
  expect(isTrustedOrigin(headers({ host: "10.0.0.6:3000", origin: "http://10.0.0.6:3000" }), policy)).toBe(false);
  expect(publicOrigin(headers({ host: "10.0.0.6:3000" }), policy)).toBe("https://parallax.example.org");
});

test("forwarded host and scheme count only behind TRUSTED_PROXY, and only the proxy's own entry", () => {
  const h = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" });
  expect(requestOrigin(h, unset)).toBe("http://127.0.0.1:3000");
  expect(isTrustedOrigin(h, unset)).toBe(false);
  const behind = { ...unset, trustedProxy: 1 };
  const proxied = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "spoofed.example, parallax.example.org", "x-forwarded-proto": "https", origin: "https://parallax.example.org" });
  expect(requestOrigin(proxied, behind)).toBe("https://parallax.example.org");
  expect([...trustedOrigins(proxied, behind)]).toEqual(["https://parallax.example.org"]);
});

test("a Host header that is not a host is ignored", () => {
  expect(requestOrigin(headers({ host: "evil.example/path" }), unset)).toBeNull();
  expect(requestOrigin(headers({ host: "a b" }), unset)).toBeNull();
});
