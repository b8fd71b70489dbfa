import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type Actor, type Role } from "../permissions";
import { EmailTakenError } from "./create-user";

const VALID_DAYS = 7;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** An admin invites someone by a one-time link (valid 7 days). Only the token's hash is stored. */
export async function inviteUser(actor: Actor | null, input: { email: string; role: Role }): Promise<{ token: string; expiresAt: Date }> {
  assertCan(actor, "users:manage");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new EmailTakenError(input.email);
  const token = crypto.randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
  await db.invitation.create({ data: { email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: actor.id, expiresAt } });
  return { token, expiresAt };
}
