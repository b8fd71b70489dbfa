import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";

/**
 * Sign a person out everywhere: every session of theirs ends, effective on the very next request
 * (sessions are read from the database on each one). Anyone may do it for themselves; an admin for anyone.
 */
export async function endSessions(actor: Actor | null, userId: string): Promise<number> {
  assertCan(actor, actor?.id === userId ? "account:manage-own" : "users:manage");
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
