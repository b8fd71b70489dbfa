import type { Dialect } from "./dialect";
import { WRITE_LOCK_KEY } from "./locks";

/** The part of a Prisma transaction client the lock needs. */
interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
}

/**
 * Take the database's write lock as a transaction's first statement, held until it ends.
 * - SQLite: a write that changes nothing. Prisma begins transactions DEFERRED, and one that reads and
 *   then writes fails at once with SQLITE_BUSY when another process wrote in between (the busy timeout
 *   does not cover that upgrade); a first write takes the lock, and waiting for it is covered.
 * - PostgreSQL: a transaction-level advisory lock. Read committed lets two transactions read the same
 *   count and both write (two sign-in failures under the limit, two first admins); the lock makes them
 *   run one after the other, as on SQLite. Plain writes do not take it and run concurrently.
 */
export async function takeWriteLock(tx: RawExecutor, dialect: Dialect): Promise<void> {
  if (dialect === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  else await tx.$executeRawUnsafe(`UPDATE "Comparison" SET id = id WHERE 0`);
}
