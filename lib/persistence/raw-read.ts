import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { reader } from "./sqlite-reader";

export type SqlParam = string | number;

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (the SQL given here has no `?` inside literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/** A PostgreSQL row as SQLite would give it: counts (bigint) as numbers. Dates stay Date objects. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === "bigint" ? Number(value) : value;
  return out;
}

/**
 * A read in raw SQL, for the paths every request takes (the session behind a cookie, the comparisons
 * list), where Prisma's per-query overhead was most of the cost on SQLite. Written once with `?`
 * placeholders and double-quoted identifiers, which both databases read the same way:
 * - SQLite: a second, query-only better-sqlite3 connection to the file (sqlite-reader.ts);
 * - PostgreSQL: the one Prisma client's pool (there is no second driver), placeholders numbered.
 * Writes always go through Prisma. Date columns come back as text or a number (SQLite) or a Date
 * (PostgreSQL): read them with `epochMs`.
 */
export async function rawRead<Row>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
  if (env.DIALECT === "postgresql") {
    const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(numberedPlaceholders(sql), ...params);
    return rows.map(plainRow) as Row[];
  }
  return reader().prepare(sql).all(...params) as Row[];
}

/** A date column's value as milliseconds since the epoch, whichever database read it. */
export function epochMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  if (typeof value === "string") return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
  return Number.NaN;
}
