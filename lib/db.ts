import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { env } from "./env";
import { postgresAdapter } from "./persistence/postgres-adapter";
import { takeWriteLock } from "./persistence/write-lock";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The Prisma client for DATABASE_URL: SQLite through better-sqlite3 (5 s busy timeout; WAL is set at
 * start), or PostgreSQL through node-postgres. The PostgreSQL client is generated from the same models
 * (prisma/postgresql/schema.prisma is generated from prisma/schema.prisma), so both have the same
 * model API; the code is written against the SQLite client's types, which the PostgreSQL client's
 * are a superset of.
 */
function createClient(): PrismaClient {
  if (env.DIALECT === "postgresql") return new PostgresPrismaClient({ adapter: postgresAdapter(env.DATABASE_URL) }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5_000 }) });
}

/** The one Prisma client. */
export const db = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * An interactive transaction that holds the database's write lock from its first statement, so a
 * transaction that reads and then writes sees nothing change in between (lib/persistence/write-lock.ts:
 * SQLite's file lock, a PostgreSQL transaction-level advisory lock). Every transaction that reads
 * before it writes goes through here.
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  return db.$transaction(async (tx) => {
    await takeWriteLock(tx, env.DIALECT);
    return fn(tx);
  }, { maxWait: 10_000, timeout: 30_000, ...options });
}
