import "server-only";
import { auth } from "@/lib/auth";
import { db, writeTransaction } from "@/lib/db";
import { UserInputError } from "./errors";
import { hashToken } from "./invite-user";
import { assertStrongPassword } from "./password-strength";
import type { ResetPassword } from "./types";

const EXPIRED = "This password link has expired or was already used. Ask an admin for a new one.";

async function validReset(token: string) {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { id: true, email: true, name: true, deactivatedAt: true } } } });
  return reset && !reset.usedAt && reset.expiresAt > new Date() && !reset.user.deactivatedAt ? reset : null;
}

/** The person a password link is for, if it can still be used. */
export async function getPasswordReset(token: string): Promise<{ email: string; name: string } | null> {
  const reset = await validReset(token);
  return reset ? { email: reset.user.email, name: reset.user.name } : null;
}

/** Set a new password through a one-time link; the link then stops working and every session of the person ends. */
export async function resetPassword(input: ResetPassword): Promise<{ email: string }> {
  const reset = await validReset(input.token);
  if (!reset) throw new UserInputError(null, EXPIRED);
  assertStrongPassword(input.password, reset.user);
  const hash = await (await auth.$context).password.hash(input.password);
  await writeTransaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    if (used.count !== 1) throw new UserInputError(null, EXPIRED);
    const account = await tx.account.findFirst({ where: { userId: reset.userId, providerId: "credential" }, select: { id: true } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else await tx.account.create({ data: { userId: reset.userId, accountId: reset.userId, providerId: "credential", password: hash } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
  });
  return { email: reset.user.email };
}
