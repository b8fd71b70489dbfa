import "server-only";
import { db } from "@/lib/db";

/**
 * Failed sign-ins are limited per email and per client address: after 5
 * failures in 15 minutes, further attempts are refused until the window passes.
 * Failures are rows in the database, so every server process counts the same ones.
 */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;

/** Minutes to wait, or 0 when an attempt is allowed. */
export async function signInBlockedFor(keys: string[], now = Date.now()): Promise<number> {
  const since = new Date(now - WINDOW_MS);
  let wait = 0;
  for (const key of keys) {
    const recent = await db.signInFailure.findMany({ where: { key, at: { gt: since } }, orderBy: { at: "asc" }, select: { at: true }, take: MAX_FAILURES });
    const oldest = recent[0]?.at.getTime() ?? now;
    if (recent.length >= MAX_FAILURES) wait = Math.max(wait, Math.ceil((WINDOW_MS - (now - oldest)) / 60_000));
  }
  return wait;
}

export async function recordSignInFailure(keys: string[], now = Date.now()): Promise<void> {
  await db.$transaction([
    db.signInFailure.deleteMany({ where: { at: { lte: new Date(now - WINDOW_MS) } } }),
    db.signInFailure.createMany({ data: keys.map((key) => ({ key, at: new Date(now) })) }),
  ]);
}

export async function clearSignInFailures(keys: string[]): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: { in: keys } } });
}
