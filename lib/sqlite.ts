import "server-only";
import Database from "better-sqlite3";
import { databaseFile } from "./database-url";
import { env } from "./env";

const globalForSqlite = globalThis as unknown as { parallaxReader?: Database.Database };

/**
 * A second, read-only connection to the same SQLite file for the few reads on
 * every request's path (the session behind a cookie), where Prisma's per-query
 * overhead (~0.6 ms) is most of the cost. Writes always go through Prisma.
 */
export function reader(): Database.Database {
  if (!globalForSqlite.parallaxReader) {
    const connection = new Database(databaseFile(env.DATABASE_URL), { readonly: true, fileMustExist: true, timeout: 5_000 });
    globalForSqlite.parallaxReader = connection;
  }
  return globalForSqlite.parallaxReader;
}
