import "server-only";
import { writeTransaction } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { UserInputError } from "./errors";

/**
 * An admin deactivates someone (they cannot sign in, and every session of theirs ends at once) or
 * reactivates them (they sign in again with their password; nothing else of theirs changed). Their
 * comparisons, decisions and notes stay. Nobody deactivates themselves, and the last active admin
 * cannot be deactivated.
 */
export async function setUserActive(actor: Actor | null, input: { userId: string; active: boolean }): Promise<{ name: string; sessionsEnded: number }> {
  assertCan(actor, "users:manage");
  if (!input.active && input.userId === actor.id) throw new UserInputError("userId", "You cannot deactivate yourself.");
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { name: true, role: true, deactivatedAt: true } });
    if (!user) throw new NotFoundError("That person");
    if (input.active) {
      if (user.deactivatedAt) await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: null } });
      return { name: user.name, sessionsEnded: 0 };
    }
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin", deactivatedAt: null } })) <= 1) {
      throw new UserInputError("userId", "Parallax needs at least one active admin: make someone else admin first.");
    }
    if (!user.deactivatedAt) await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: new Date() } });
    const { count } = await tx.session.deleteMany({ where: { userId: input.userId } });
    return { name: user.name, sessionsEnded: count };
  });
}
