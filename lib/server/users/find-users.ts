import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: string;
  /** When an admin deactivated them, else null. */
  deactivatedAt: string | null;
}

/** Everyone with an account (admins only). */
export async function findUsers(actor: Actor | null): Promise<UserRow[]> {
  assertCan(actor, "users:manage");
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true, deactivatedAt: true } });
  return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), deactivatedAt: u.deactivatedAt?.toISOString() ?? null }));
}

/**
 * People an editor can assign a discrepancy to. A deactivated person is listed, marked, so a
 * discrepancy still assigned to them shows who; assigning anything new to them is refused.
 */
export async function findAssignees(): Promise<Array<{ id: string; name: string }>> {
  const people = await db.user.findMany({
    where: { role: { in: ["admin", "editor", "journalist"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, deactivatedAt: true },
  });
  return people.map((p) => ({ id: p.id, name: p.deactivatedAt ? `${p.name} (deactivated)` : p.name }));
}
