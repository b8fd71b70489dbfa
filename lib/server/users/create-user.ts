import "server-only";
import { auth } from "@/lib/auth";
import { writeTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "../permissions";
import { assertStrongPassword } from "./password-strength";
import type { CreateUser } from "./types";

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`There is already an account for ${email}.`);
    this.name = "EmailTakenError";
  }
}

/** Write a user and their email-and-password account, the way better-auth stores them. The password must be strong enough. */
export async function insertUser(tx: Prisma.TransactionClient, input: CreateUser): Promise<{ id: string }> {
  assertStrongPassword(input.password, input);
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new EmailTakenError(input.email);
  const ctx = await auth.$context;
  const password = await ctx.password.hash(input.password);
  const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, emailVerified: false }, select: { id: true } });
  await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password } });
  return user;
}

/** An admin adds a user with a password they pass on. */
export async function createUser(actor: Actor | null, input: CreateUser): Promise<{ id: string }> {
  assertCan(actor, "users:manage");
  assertStrongPassword(input.password, input); // before the write lock is taken
  return writeTransaction((tx) => insertUser(tx, input));
}
