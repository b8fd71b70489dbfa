import "server-only";
import { db, writeTransaction } from "@/lib/db";
import { isRole } from "../permissions";
import { insertUser } from "./create-user";
import { hashToken } from "./invite-user";

export class InvitationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvitationError";
  }
}

export const INVITATION_GONE = "This invitation link has expired or was already used, or an admin revoked it. Ask an admin for a new one.";

/** The invitation behind a link, if it can still be used. */
export async function getInvitation(token: string): Promise<{ email: string; role: string } | null> {
  const inv = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!inv || inv.usedAt || inv.revokedAt || inv.expiresAt < new Date()) return null;
  return { email: inv.email, role: inv.role };
}

/** Create the invited account; the link then stops working. */
export async function acceptInvitation(input: { token: string; name: string; password: string }): Promise<{ email: string }> {
  return writeTransaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(input.token) } });
    if (!inv || inv.usedAt || inv.revokedAt || inv.expiresAt < new Date() || !isRole(inv.role)) {
      throw new InvitationError(INVITATION_GONE);
    }
    const used = await tx.invitation.updateMany({ where: { id: inv.id, usedAt: null, revokedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) throw new InvitationError("This invitation link was already used.");
    await insertUser(tx, { email: inv.email, name: input.name, password: input.password, role: inv.role });
    return { email: inv.email };
  });
}
