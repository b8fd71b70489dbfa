import "server-only";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/database-url";
import { env } from "@/lib/env";

const globalForSqlite = globalThis as unknown as { parallaxReader?: Database.Database };

/**
 * A second connection to the same SQLite file, for reads only, on the paths
 * every request takes (the session behind a cookie, the comparisons list),
 * where Prisma's per-query overhead (~0.6 ms) is most of the cost. Writes
 * always go through Prisma. Only raw-read.ts uses it, and only on SQLite.
 */
export function reader(): Database.Database {
  if (!globalForSqlite.parallaxReader) {
    // Opened read-write (a read-only connection cannot open a WAL database whose -shm file is gone)
    // but refusing writes.
    const connection = new Database(databaseFile(env.DATABASE_URL), { fileMustExist: true, timeout: 5_000 });
    connection.pragma("query_only = ON");
    globalForSqlite.parallaxReader = connection;
  }
  return globalForSqlite.parallaxReader;
}
