import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";

export interface PendingInvitation {
  id: string;
  email: string;
  role: string;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** Invitation links that can still be used (not used, revoked or expired), newest first (admins only). */
export async function findPendingInvitations(actor: Actor | null, now = new Date()): Promise<PendingInvitation[]> {
  assertCan(actor, "users:manage");
  const rows = await db.invitation.findMany({
    where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, invitedBy: r.invitedBy?.name ?? null, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString() }));
}
