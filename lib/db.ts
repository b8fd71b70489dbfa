import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client. SQLite through better-sqlite3, with a 5 s busy timeout; WAL is set at start. */
export const db =
  globalForPrisma.prisma ??
  new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5_000 }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
