import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { isRole, type Actor } from "./permissions";

/** The signed-in user of this request, or null. Asked once per request, however many components ask. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as { id: string; name: string; email: string; role?: unknown };
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "journalist" };
});

/** For pages: the signed-in user, else to /setup on a fresh install or /sign-in. */
export async function requireActor(next?: string): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  if ((await db.user.count()) === 0) redirect("/setup");
  redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
}
