import "server-only";
import { writeTransaction } from "@/lib/db";
import { insertUser } from "./create-user";

export class SetupClosedError extends Error {
  constructor() {
    super("Parallax is already set up. Sign in, or ask an admin for an account.");
    this.name = "SetupClosedError";
  }
}

/** First run: the first account is the admin. Refused once any user exists (checked inside the write transaction). */
export async function createFirstAdmin(input: { name: string; email: string; password: string }): Promise<{ id: string }> {
  return writeTransaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new SetupClosedError();
    return insertUser(tx, { ...input, role: "admin" });
  });
}
