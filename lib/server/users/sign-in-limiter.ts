import "server-only";
import { db, writeTransaction } from "@/lib/db";

/**
 * Sign-in attempts are limited per email (5 in 15 minutes) and per client address (20 in 15
 * minutes: an office behind one address, or a proxy that drops X-Forwarded-For, shares it). An
 * attempt is taken, atomically, BEFORE the password is checked: one write transaction counts the
 * recent attempts of each key and, if none is at its limit, records this one. The record counts as a
 * failure until the password proves right, so 40 guesses sent at once check at most 5 passwords,
 * across every server process (the rows are in the database, the transaction holds SQLite's write lock).
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_EMAIL = 5;
export const MAX_PER_CLIENT = 20;

export interface AttemptKey {
  key: string;
  max: number;
}

export function attemptKeys(email: string, client: string): AttemptKey[] {
  return [
    { key: `email:${email}`, max: MAX_PER_EMAIL },
    { key: `client:${client}`, max: MAX_PER_CLIENT },
  ];
}

export type Attempt = { allowed: true; ids: number[] } | { allowed: false; waitMinutes: number };

/** Take one attempt for every key, or none if any key is at its limit (then: minutes until it frees up). */
export async function takeSignInAttempt(keys: readonly AttemptKey[], now = Date.now()): Promise<Attempt> {
  const since = new Date(now - WINDOW_MS);
  return writeTransaction(async (tx) => {
    await tx.signInFailure.deleteMany({ where: { at: { lte: since } } });
    let wait = 0;
    for (const { key, max } of keys) {
      const recent = await tx.signInFailure.findMany({ where: { key, at: { gt: since } }, orderBy: { at: "asc" }, select: { at: true }, take: max });
      const oldest = recent[0]?.at.getTime() ?? now;
      if (recent.length >= max) wait = Math.max(wait, Math.max(1, Math.ceil((WINDOW_MS - (now - oldest)) / 60_000)));
    }
    if (wait > 0) return { allowed: false, waitMinutes: wait };
    const rows = await tx.signInFailure.createManyAndReturn({ data: keys.map(({ key }) => ({ key, at: new Date(now) })), select: { id: true } });
    return { allowed: true, ids: rows.map((r) => r.id) };
  });
}

/**
 * The password was right: this attempt no longer counts, nor do the earlier failures on the same
 * email (its owner just proved who they are). A client's other failures still count.
 */
export async function settleSuccessfulAttempt(ids: readonly number[], emailKey: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { OR: [{ id: { in: [...ids] } }, { key: emailKey }] } });
}
