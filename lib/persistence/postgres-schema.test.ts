import fs from "node:fs";
import { expect, test } from "vitest";
import { POSTGRES_SCHEMA_PATH, postgresSchema } from "./postgres-schema";

test("prisma/postgresql/schema.prisma is current with prisma/schema.prisma (else run npm run db:schema:pg and write a PostgreSQL migration)", () => {
  const expected = postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
  expect(fs.readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(expected);
});

test("only the provider and the client's folder differ", () => {
  const generated = postgresSchema('generator client {\n  output       = "../lib/generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url      = "file:./x.db"\n}\n\nmodel A {\n  id Int @id\n}\n');
  expect(generated).toContain('provider = "postgresql"');
  expect(generated).toContain('output       = "../../lib/generated/prisma-pg"');
  expect(generated).toContain("model A {\n  id Int @id\n}");
  expect(generated).not.toContain("sqlite");
});
