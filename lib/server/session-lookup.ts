import "server-only";
import { SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S } from "@/lib/auth";
import { env } from "@/lib/env";
import { epochMs, rawRead } from "@/lib/persistence/raw-read";
import { toActor, type Actor } from "./permissions";
import { sessionDueForRefresh, verifySessionCookie } from "./session-cookie";

interface SessionRow { id: string; name: string; email: string; role: string; expiresAt: unknown }

/**
 * The person behind a session cookie value: its signature checked, then one indexed read in raw SQL
 * (no ORM on every request's path; lib/persistence/raw-read.ts reads SQLite or PostgreSQL). null for
 * a bad signature, an unknown, signed-out or expired session, or a deactivated person's; "refresh" when better-auth should
 * extend the session (and so answer itself).
 */
export async function lookupSession(rawCookie: string, now: number): Promise<Actor | null | "refresh"> {
  const token = verifySessionCookie(rawCookie, env.AUTH_SECRET);
  if (!token) return null;
  const [row] = await rawRead<SessionRow>(
    `SELECT u."id", u."name", u."email", u."role", s."expiresAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = ? AND u."deactivatedAt" IS NULL`,
    [token],
  );
  if (!row) return null;
  const expiresAt = epochMs(row.expiresAt);
  if (!(expiresAt > now)) return null;
  return sessionDueForRefresh(expiresAt, now, SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S) ? "refresh" : toActor(row);
}
