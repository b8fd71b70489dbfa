import "server-only";
import type { Statement } from "better-sqlite3";
import { SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S } from "@/lib/auth";
import { env } from "@/lib/env";
import { reader } from "@/lib/sqlite";
import { toActor, type Actor } from "./permissions";
import { sessionDueForRefresh, verifySessionCookie } from "./session-cookie";

interface SessionRow { id: string; name: string; email: string; role: string; expiresAt: string }

let byToken: Statement<[string], SessionRow> | undefined;

/**
 * The person behind a session cookie value: its signature checked, then one indexed read straight
 * from SQLite (no ORM on every request's path). null for a bad signature, an unknown, signed-out
 * or expired session, or a deactivated person's; "refresh" when better-auth should extend the session (and so answer itself).
 */
export function lookupSession(rawCookie: string, now: number): Actor | null | "refresh" {
  const token = verifySessionCookie(rawCookie, env.AUTH_SECRET);
  if (!token) return null;
  byToken ??= reader().prepare<[string], SessionRow>(
    `SELECT u.id, u.name, u.email, u.role, s.expiresAt FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE s.token = ? AND u.deactivatedAt IS NULL`,
  );
  const row = byToken.get(token);
  if (!row) return null;
  const expiresAt = Date.parse(row.expiresAt);
  if (!(expiresAt > now)) return null;
  return sessionDueForRefresh(expiresAt, now, SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S) ? "refresh" : toActor(row);
}
