import { expect, test } from "vitest";
import { dialectOf, redactUrl } from "./dialect";

test.each([
  ["file:./data/parallax.db", "sqlite"],
  ["file:/var/lib/parallax/parallax.db?connection_limit=1", "sqlite"],
  ["postgres://parallax:secret@db:5432/parallax", "postgresql"],
  ["postgresql://db/parallax?sslmode=require", "postgresql"],
] as const)("%s is %s", (url, dialect) => {
  expect(dialectOf(url)).toBe(dialect);
});

test("anything else is refused with a message that names both forms and hides a password", () => {
  expect(() => dialectOf("mysql://root:hunter2@db/parallax")).toThrow(/file:.*postgres:\/\//);
  expect(() => dialectOf("mysql://root:hunter2@db/parallax")).not.toThrow(/hunter2/);
  expect(redactUrl("postgres://parallax:s3cret@db:5432/parallax")).toBe("postgres://parallax:***@db:5432/parallax");
});
