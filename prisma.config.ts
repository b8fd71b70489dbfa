import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/database-url";
import { dialectOf } from "./lib/persistence/dialect";
import { postgresAdapter } from "./lib/persistence/postgres-adapter";
import { POSTGRES_MIGRATIONS_PATH, POSTGRES_SCHEMA_PATH } from "./lib/persistence/postgres-schema";

// DATABASE_URL picks the schema and its migrations: prisma/ for SQLite (the default), prisma/postgresql/
// (generated from prisma/schema.prisma) for PostgreSQL. `prisma generate --schema` makes both clients.
const url = databaseUrl();
const postgres = dialectOf(url) === "postgresql";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: postgres ? POSTGRES_SCHEMA_PATH : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? POSTGRES_MIGRATIONS_PATH : path.join("prisma", "migrations") },
  async adapter() {
    return postgres ? postgresAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
