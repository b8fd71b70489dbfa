import { expect, test } from "vitest";

process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
const { parseEnv } = await import("./env");

test("TRUSTED_ORIGINS is a comma-separated list of origins, normalised; empty means none", () => {
  expect(parseEnv({ TRUSTED_ORIGINS: " http://192.168.1.20:3000 , https://Parallax.Example.org/ ,," }).TRUSTED_ORIGINS).toEqual([
    "http://192.168.1.20:3000",
    "https://parallax.example.org",
  ]);
  expect(parseEnv({ TRUSTED_ORIGINS: "" }).TRUSTED_ORIGINS).toEqual([]);
  expect(parseEnv({}).TRUSTED_ORIGINS).toEqual([]);
});

test.each(["parallax.example.org", "ftp://parallax.example.org", "https://parallax.example.org/app", "javascript:alert(1)"])(
  "TRUSTED_ORIGINS=%s is refused with a message naming the variable",
  (value) => {
    expect(() => parseEnv({ TRUSTED_ORIGINS: value })).toThrow(/TRUSTED_ORIGINS/);
  },
);

test("TRUSTED_PROXY is a number of proxies (true means one); unset means forwarded headers never count", () => {
  expect(parseEnv({}).TRUSTED_PROXY).toBeUndefined();
  expect(parseEnv({ TRUSTED_PROXY: "" }).TRUSTED_PROXY).toBeUndefined();
  expect(parseEnv({ TRUSTED_PROXY: "1" }).TRUSTED_PROXY).toBe(1);
  expect(parseEnv({ TRUSTED_PROXY: "true" }).TRUSTED_PROXY).toBe(1);
  expect(() => parseEnv({ TRUSTED_PROXY: "yes please" })).toThrow(/TRUSTED_PROXY/);
  expect(() => parseEnv({ TRUSTED_PROXY: "0" })).toThrow(/TRUSTED_PROXY/);
});

test("AUTH_SECRET is required when the database is PostgreSQL (several machines must share it); a set one is used as it is", async () => {
  const { authSecret } = await import("./env");
  expect(() => authSecret(undefined, "postgres://parallax@db.example.org/parallax")).toThrow(/AUTH_SECRET must be set/);
  expect(authSecret("s".repeat(40), "postgres://parallax@db.example.org/parallax")).toBe("s".repeat(40));
});
