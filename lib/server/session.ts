import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth, SESSION_COOKIE } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";
import { toActor, type Actor } from "./permissions";
import { verifySessionCookie } from "./session-cookie";
import { lookupSession } from "./session-lookup";

/**
 * The signed-in user of this request, or null. Asked once per request, however many components ask.
 * The cookie's signature is checked and the session read on every request (no cached role: a role
 * change or sign-out counts on the very next request); better-auth itself answers the rare request
 * whose session is due to be extended, so it can write the new expiry.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const found = await lookupSession(raw, Date.now());
  if (found !== "refresh") return found;
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? toActor(session.user as { id: string; name: string; email: string; role?: unknown }) : null;
});

/**
 * For pages: the signed-in user, else to /setup on a fresh install or /sign-in, which returns to the
 * page asked for with its query string (as proxy.ts recorded it; else `next`).
 */
export async function requireActor(next?: string): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  if ((await db.user.count()) === 0) redirect("/setup");
  const back = (await headers()).get(REQUEST_PATH_HEADER) || next;
  redirect(back ? `/sign-in?next=${encodeURIComponent(back)}` : "/sign-in");
}

/** The token of this request's session (to keep it when ending the person's other sessions), or null. */
export async function currentSessionToken(): Promise<string | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  return raw ? verifySessionCookie(raw, env.AUTH_SECRET) : null;
}
