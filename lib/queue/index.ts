import "server-only";
import os from "node:os";
import { env } from "@/lib/env";
import type { AnalysisQueue } from "./analysis-queue";
import { pgBossQueue } from "./pg-boss-queue";
import { queuePolicy } from "./policy";
import { sqliteJobTable } from "./sqlite-job-table";

const globalForQueue = globalThis as unknown as { parallaxQueue?: Promise<AnalysisQueue>; parallaxQueueSupervised?: boolean };

/**
 * This process's analysis queue (lib/queue/analysis-queue.ts): pg-boss on PostgreSQL, the job table on
 * SQLite. `supervise` (workers) lets pg-boss expire and retry the jobs of dead workers; the first call
 * decides.
 */
export function analysisQueue(options: { supervise?: boolean } = {}): Promise<AnalysisQueue> {
  if (!globalForQueue.parallaxQueue) {
    // On SQLite a worker renews its lease while it runs, so a short one finds a dead worker sooner.
    const policy = queuePolicy(env.ANALYSIS_TIME_LIMIT_S, env.ANALYSIS_LEASE_S ?? (env.DIALECT === "sqlite" ? 30 : undefined));
    globalForQueue.parallaxQueue =
      env.DIALECT === "postgresql"
        ? pgBossQueue(env.DATABASE_URL, policy, { supervise: options.supervise ?? false })
        : Promise.resolve(sqliteJobTable(policy, `${os.hostname()}:${process.pid}`));
    globalForQueue.parallaxQueue.catch(() => {
      globalForQueue.parallaxQueue = undefined;
    });
  }
  return globalForQueue.parallaxQueue;
}
