import "server-only";

/**
 * Failed sign-ins are limited per email and per client address: after 5
 * failures in 15 minutes, further attempts are refused until the window passes.
 * In memory: Parallax runs as one server process.
 */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;
const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  failures.set(key, list);
  return list;
}

/** Minutes to wait, or 0 when an attempt is allowed. */
export function signInBlockedFor(keys: string[], now = Date.now()): number {
  let wait = 0;
  for (const key of keys) {
    const list = recent(key, now);
    if (list.length >= MAX_FAILURES) wait = Math.max(wait, Math.ceil((WINDOW_MS - (now - (list[0] ?? now))) / 60_000));
  }
  return wait;
}

export function recordSignInFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) failures.set(key, [...recent(key, now), now]);
}

export function clearSignInFailures(keys: string[]): void {
  for (const key of keys) failures.delete(key);
}
