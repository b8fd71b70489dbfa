import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client. SQLite through better-sqlite3, with a 5 s busy timeout; WAL is set at start. */
export const db =
  globalForPrisma.prisma ??
  new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5_000 }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * An interactive transaction that holds SQLite's write lock from its first statement. Prisma begins
 * transactions DEFERRED, and one that reads and then writes fails at once with SQLITE_BUSY when
 * another server process wrote in between (the busy timeout does not cover that upgrade). Every
 * transaction that reads before it writes goes through here; waiting for the lock is covered by the
 * busy timeout.
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  return db.$transaction(async (tx) => {
    // A write that changes nothing still takes the lock.
    await tx.$executeRawUnsafe(`UPDATE "Comparison" SET id = id WHERE 0`);
    return fn(tx);
  }, { maxWait: 10_000, timeout: 30_000, ...options });
}
