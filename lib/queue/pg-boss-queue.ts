import "server-only";
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnalysisHandler, AnalysisQueue, QueuePolicy } from "./analysis-queue";
import { exhaustedMessage } from "./policy";

export const ANALYSIS_QUEUE = "analysis";

interface AnalysisJobData { comparisonId: string }

function isJobData(value: unknown): value is AnalysisJobData {
  return typeof value === "object" && value !== null && typeof (value as { comparisonId?: unknown }).comparisonId === "string";
}

/** pg-boss's statements run on a Prisma transaction, so a job is sent in the transaction that asked for it. */
function inTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const params = values.map((v: unknown) => (v === undefined ? null : typeof v === "object" && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

/**
 * The analysis queue on PostgreSQL: pg-boss 10 (its tables in its own schema, "pgboss", which Prisma
 * never sees). The queue's policy is "stately" with the comparison as singleton key: at most one job
 * waits and one runs per comparison. A job that throws is retried with backoff; a job whose worker
 * died is failed by pg-boss's supervisor once its expiry (the lease) has passed, and retried by the
 * next worker. `supervise` is on for workers only; web processes just send.
 */
export async function pgBossQueue(url: string, policy: QueuePolicy, options: { supervise: boolean }): Promise<AnalysisQueue> {
  const leaseS = Math.max(1, Math.round(policy.leaseMs / 1000));
  const boss = new PgBoss({
    connectionString: url,
    max: 3,
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(leaseS / 2))),
    monitorStateIntervalSeconds: 60,
  });
  boss.on("error", (error: Error) => console.error("Parallax: analysis queue:", error.message));
  await boss.start();
  const settings = { policy: "stately" as const, retryLimit: policy.maxAttempts - 1, retryDelay: Math.max(1, Math.round(policy.retryDelayMs / 1000)), retryBackoff: true, expireInSeconds: leaseS };
  if (!(await boss.getQueue(ANALYSIS_QUEUE))) {
    await boss.createQueue(ANALYSIS_QUEUE, { name: ANALYSIS_QUEUE, ...settings }).catch(async (error: unknown) => {
      // Another process created it first.
      if (!(await boss.getQueue(ANALYSIS_QUEUE))) throw error;
    });
  } else await boss.updateQueue(ANALYSIS_QUEUE, { name: ANALYSIS_QUEUE, ...settings });

  /** Run one job; when its last attempt throws, the comparison says it failed (pg-boss only marks the job). */
  async function runOne(job: PgBoss.JobWithMetadata<unknown>, handler: AnalysisHandler): Promise<void> {
    if (!isJobData(job.data)) throw new Error(`analysis job ${job.id} has no comparison id`);
    try {
      await handler(job.data.comparisonId);
    } catch (error) {
      const attempts = job.retryCount + 1;
      console.error(`Parallax: analysis job for comparison ${job.data.comparisonId} failed (attempt ${attempts}):`, error);
      if (attempts >= policy.maxAttempts) {
        const why = error instanceof Error ? error.message : String(error);
        await db.comparison.updateMany({ where: { id: job.data.comparisonId }, data: { analysisStatus: "failed", analysisError: exhaustedMessage(attempts, why) } });
      }
      throw error;
    }
  }

  return {
    async enqueue(tx, comparisonId) {
      await boss.send(ANALYSIS_QUEUE, { comparisonId }, { singletonKey: comparisonId, db: inTransaction(tx) });
    },
    async work(handler) {
      await boss.work<unknown>(ANALYSIS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
        if (job) await runOne(job, handler);
      });
      return async () => {
        await boss.offWork(ANALYSIS_QUEUE);
      };
    },
    async drain(handler) {
      let count = 0;
      for (;;) {
        const [job] = await boss.fetch<unknown>(ANALYSIS_QUEUE, { includeMetadata: true });
        if (!job) return count;
        try {
          await runOne(job, handler);
          await boss.complete(ANALYSIS_QUEUE, job.id);
        } catch (error) {
          await boss.fail(ANALYSIS_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
        count += 1;
      }
    },
    async close() {
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
