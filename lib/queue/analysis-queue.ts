import type { Prisma } from "@/lib/generated/prisma/client";

/** What a worker does with one job: analyse the comparison (lib/server/comparisons/run-analysis.ts). */
export type AnalysisHandler = (comparisonId: string) => Promise<void>;

/** How long a job may run before another worker may take it over, and how often it is retried. */
export interface QueuePolicy {
  /** A job's lease: past it, a worker that stopped answering is taken to be dead. */
  leaseMs: number;
  /** Attempts in all (a run that throws, or whose worker died), then the comparison is marked failed. */
  maxAttempts: number;
  /** The wait before the first retry; doubled for each retry after it. */
  retryDelayMs: number;
}

/**
 * Analyses as durable jobs, one interface over two backends (lib/queue/index.ts picks one):
 * a job table with leases on SQLite (sqlite-job-table.ts), pg-boss on PostgreSQL (pg-boss-queue.ts).
 * Web processes only enqueue; workers (`npm run worker`, or the one `npm start` starts) run jobs.
 * Progress and results live in the comparison row, never in the queue.
 */
export interface AnalysisQueue {
  /**
   * Ask for an analysis, inside the transaction that raised the comparison's inputVersion: the job
   * exists if and only if the request committed. At most one job waits per comparison (a waiting
   * job reads the latest input when it starts, so a second is not needed) and one runs.
   */
  enqueue(tx: Prisma.TransactionClient, comparisonId: string): Promise<void>;
  /** Take jobs as they come until the returned stop is called (it waits for the job in hand). */
  work(handler: AnalysisHandler): Promise<() => Promise<void>>;
  /** Run every job that is due now, one at a time, until none is left; the number run. For tests and tools. */
  drain(handler: AnalysisHandler): Promise<number>;
  /** Close connections. */
  close(): Promise<void>;
}
