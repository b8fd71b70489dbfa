import { expect, test } from "vitest";
import { safeNext } from "./safe-next";

test.each([
  ["/", "/"],
  ["/comparisons/c123", "/comparisons/c123"],
  ["/comparisons/c123?show=0,2#d-abc", "/comparisons/c123?show=0,2#d-abc"],
  ["/admin/users", "/admin/users"],
])("a path on this site is kept: %s", (next, expected) => {
  expect(safeNext(next)).toBe(expected);
});

test.each([
  "/\\evil.example/phish", // `/\` is `//` to a browser
  "/\\/evil.example",
  "//evil.example",
  "///evil.example",
  "/\t/evil.example", // browsers strip tabs and newlines: `//evil.example`
  "/\n/evil.example",
  "/\r/evil.example",
  "/%09/evil.example".replace("%09", "\t"),
  "/\u0000/evil.example",
  "/\u00a0/evil.example",
  " /evil",
  "https://evil.example/",
  "http:/evil.example",
  "javascript:alert(1)",
  "evil.example",
  "",
])("refused, back to /: %j", (next) => {
  expect(safeNext(next)).toBe("/");
});

test("what is not a string, or is absurdly long, goes to /", () => {
  expect(safeNext(`/${"a".repeat(3000)}`)).toBe("/");
  expect(safeNext(null)).toBe("/");
  expect(safeNext(undefined)).toBe("/");
});
