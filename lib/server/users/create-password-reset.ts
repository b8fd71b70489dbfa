import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { UserInputError } from "./errors";
import { hashToken } from "./invite-user";

export const RESET_VALID_HOURS = 24;

/**
 * An admin makes a one-time link for someone to choose a new password (valid 24 hours; only its hash
 * is stored). The person is signed out everywhere at once, and any earlier link of theirs stops working.
 */
export async function createPasswordReset(actor: Actor | null, userId: string): Promise<{ token: string; expiresAt: Date; name: string }> {
  assertCan(actor, "users:manage");
  if (userId === actor.id) throw new UserInputError("userId", "Change your own password under Account.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, deactivatedAt: true } });
  if (!user) throw new NotFoundError("That person");
  if (user.deactivatedAt) throw new UserInputError("userId", `${user.name} is deactivated: reactivate them first.`);
  const token = crypto.randomBytes(24).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_VALID_HOURS * 3600 * 1000);
  await db.$transaction([
    db.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db.passwordReset.create({ data: { userId, tokenHash: hashToken(token), createdById: actor.id, expiresAt } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  return { token, expiresAt, name: user.name };
}
