import "server-only";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";
import { UserInputError } from "./errors";
import { assertStrongPassword } from "./password-strength";
import { attemptKeys, settleSuccessfulAttempt, takeSignInAttempt } from "./sign-in-limiter";
import type { ChangePassword } from "./types";

/**
 * Change your own password: the current one must be right (guesses count against the sign-in limit,
 * as at sign-in), the new one strong enough. Every other session of yours ends; the one making the
 * change (its token in `keepSessionToken`) stays signed in.
 */
export async function changePassword(actor: Actor | null, input: ChangePassword, context: { client: string; keepSessionToken: string | null }): Promise<void> {
  assertCan(actor, "account:manage-own");
  assertStrongPassword(input.newPassword, actor, "newPassword");
  if (input.newPassword === input.currentPassword) throw new UserInputError("newPassword", "Choose a password different from the current one.");
  const keys = attemptKeys(actor.email, context.client);
  const attempt = await takeSignInAttempt(keys);
  if (!attempt.allowed) throw new UserInputError("currentPassword", `Too many wrong passwords. Try again in ${attempt.waitMinutes} minute${attempt.waitMinutes === 1 ? "" : "s"}.`);
  const account = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" }, select: { id: true, password: true } });
  const hashing = (await auth.$context).password;
  if (!account?.password || !(await hashing.verify({ hash: account.password, password: input.currentPassword }))) {
    throw new UserInputError("currentPassword", "That is not your current password.");
  }
  await settleSuccessfulAttempt(attempt.ids, keys[0]?.key ?? "");
  const hash = await hashing.hash(input.newPassword);
  await db.$transaction([
    db.account.update({ where: { id: account.id }, data: { password: hash } }),
    db.session.deleteMany({ where: { userId: actor.id, ...(context.keepSessionToken ? { token: { not: context.keepSessionToken } } : {}) } }),
  ]);
}
