/**
 * The PostgreSQL schema, generated from prisma/schema.prisma (the one source of truth): the same
 * models with the datasource's provider set to "postgresql" (its URL comes from prisma.config.ts)
 * and the client generated beside the SQLite one. `npm run db:schema:pg` writes it;
 * postgres-schema.test.ts fails when the committed file is stale.
 */
export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";
export const POSTGRES_MIGRATIONS_PATH = "prisma/postgresql/migrations";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema:pg`: edit that file, not this one.\n";

export function postgresSchema(sqliteSchema: string): string {
  const datasource = /datasource db \{[^}]*\}/;
  const output = /output\s*=\s*"\.\.\/lib\/generated\/prisma"/;
  if (!datasource.test(sqliteSchema) || !output.test(sqliteSchema)) throw new Error("prisma/schema.prisma no longer has the datasource or generator output this generator expects");
  return (
    HEADER +
    sqliteSchema
      .replace(datasource, 'datasource db {\n  provider = "postgresql"\n  url      = "postgres://localhost/parallax"\n}')
      .replace(output, 'output       = "../../lib/generated/prisma-pg"')
  );
}
