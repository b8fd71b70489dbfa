/** A server process that stops on its own is started again, unless it stopped this often lately. */
export const CRASH_LIMIT = 5;
export const CRASH_WINDOW_MS = 60_000;

/** Record a stop at `now` in a process slot's history; giveUp when it is the CRASH_LIMIT-th within the window. */
export function recordStop(history: readonly number[], now: number): { history: number[]; giveUp: boolean } {
  const recent = [...history.filter((t) => now - t < CRASH_WINDOW_MS), now];
  return { history: recent, giveUp: recent.length >= CRASH_LIMIT };
}
