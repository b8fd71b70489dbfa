import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { UserInputError } from "./errors";

/** An admin revokes an invitation link that has not been used: it stops working at once (kept as a record). */
export async function revokeInvitation(actor: Actor | null, invitationId: string): Promise<{ email: string }> {
  assertCan(actor, "users:manage");
  const invitation = await db.invitation.findUnique({ where: { id: invitationId }, select: { email: true } });
  if (!invitation) throw new NotFoundError("That invitation");
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count !== 1) throw new UserInputError(null, `The invitation for ${invitation.email} was already used or revoked.`);
  return { email: invitation.email };
}
