import type { QueuePolicy } from "./analysis-queue";

/** The queue's policy from the configuration: the lease covers the longest analysis (its time limit) with room to spare. */
export function queuePolicy(analysisTimeLimitS: number, leaseS?: number): QueuePolicy {
  return { leaseMs: (leaseS ?? analysisTimeLimitS + 60) * 1000, maxAttempts: 3, retryDelayMs: 5_000 };
}

/** The wait before retry number `attempt` (1 = after the first failure): the delay, doubled each time. */
export function retryDelay(policy: QueuePolicy, attempt: number): number {
  return policy.retryDelayMs * 2 ** Math.max(0, attempt - 1);
}

/** What the comparison says when its analysis job was given up. */
export function exhaustedMessage(attempts: number, why: string): string {
  return `The analysis could not be completed after ${attempts} attempt${attempts === 1 ? "" : "s"} (${why}). Try again; if it fails again, report it.`;
}
