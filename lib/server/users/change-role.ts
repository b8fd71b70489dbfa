import "server-only";
import { writeTransaction } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor, type Role } from "../permissions";

export class LastAdminError extends Error {
  constructor() {
    super("Parallax needs at least one admin: make someone else admin first.");
    this.name = "LastAdminError";
  }
}

/** An admin changes a user's role; the last active admin cannot be demoted. */
export async function changeRole(actor: Actor | null, input: { userId: string; role: Role }): Promise<{ name: string }> {
  assertCan(actor, "users:manage");
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, name: true } });
    if (!user) throw new NotFoundError("That person");
    if (user.role === "admin" && input.role !== "admin" && (await tx.user.count({ where: { role: "admin", deactivatedAt: null } })) <= 1) throw new LastAdminError();
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    return { name: user.name };
  });
}
