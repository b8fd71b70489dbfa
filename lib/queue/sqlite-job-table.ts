import "server-only";
import { db, writeTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnalysisHandler, AnalysisQueue, QueuePolicy } from "./analysis-queue";
import { exhaustedMessage, retryDelay } from "./policy";

interface JobRow { id: number; comparisonId: string; attempts: number }

const POLL_MS = 500;

/**
 * The analysis queue on SQLite: the "AnalysisJob" table (its migration says why it is not a Prisma
 * model). A job is queued, then active under a lease its worker renews while it runs; a worker that
 * dies stops renewing, and the next worker to look takes the job over once the lease has run out.
 * A run that throws is retried after a growing delay, up to the policy's attempts; then the comparison
 * is marked failed. Claims happen in write transactions, so two workers never take one job.
 */
export function sqliteJobTable(policy: QueuePolicy, worker: string): AnalysisQueue {
  async function claim(now = Date.now()): Promise<JobRow | null> {
    return writeTransaction(async (tx) => {
      const [expired] = await tx.$queryRawUnsafe<JobRow[]>(
        `SELECT "id", "comparisonId", "attempts" FROM "AnalysisJob" WHERE "state" = 'active' AND "leaseUntil" < ? ORDER BY "leaseUntil" LIMIT 1`,
        now,
      );
      if (expired) {
        if (expired.attempts >= policy.maxAttempts) {
          await giveUp(tx, expired, "its worker stopped");
          return claim(now);
        }
        await tx.$executeRawUnsafe(`UPDATE "AnalysisJob" SET "worker" = ?, "leaseUntil" = ?, "attempts" = "attempts" + 1 WHERE "id" = ?`, worker, now + policy.leaseMs, expired.id);
        return { ...expired, attempts: expired.attempts + 1 };
      }
      const [queued] = await tx.$queryRawUnsafe<JobRow[]>(
        `SELECT j."id", j."comparisonId", j."attempts" FROM "AnalysisJob" j
         WHERE j."state" = 'queued' AND j."runAfter" <= ?
           AND NOT EXISTS (SELECT 1 FROM "AnalysisJob" a WHERE a."comparisonId" = j."comparisonId" AND a."state" = 'active')
         ORDER BY j."runAfter", j."id" LIMIT 1`,
        now,
      );
      if (!queued) return null;
      await tx.$executeRawUnsafe(
        `UPDATE "AnalysisJob" SET "state" = 'active', "worker" = ?, "leaseUntil" = ?, "attempts" = "attempts" + 1 WHERE "id" = ?`,
        worker,
        now + policy.leaseMs,
        queued.id,
      );
      return { ...queued, attempts: queued.attempts + 1 };
    });
  }

  async function giveUp(tx: Prisma.TransactionClient, job: JobRow, why: string): Promise<void> {
    await tx.$executeRawUnsafe(`DELETE FROM "AnalysisJob" WHERE "id" = ?`, job.id);
    await tx.comparison.updateMany({ where: { id: job.comparisonId }, data: { analysisStatus: "failed", analysisError: exhaustedMessage(job.attempts, why) } });
  }

  /** Run one claimed job, renewing its lease meanwhile; done, it is deleted, failed, retried later or given up. */
  async function run(job: JobRow, handler: AnalysisHandler): Promise<void> {
    const renew = setInterval(() => {
      void db.$executeRawUnsafe(`UPDATE "AnalysisJob" SET "leaseUntil" = ? WHERE "id" = ? AND "worker" = ?`, Date.now() + policy.leaseMs, job.id, worker).catch(() => undefined);
    }, Math.max(50, Math.floor(policy.leaseMs / 3)));
    try {
      await handler(job.comparisonId);
      await db.$executeRawUnsafe(`DELETE FROM "AnalysisJob" WHERE "id" = ?`, job.id);
    } catch (error) {
      console.error(`Parallax: analysis job for comparison ${job.comparisonId} failed (attempt ${job.attempts}):`, error);
      await writeTransaction(async (tx) => {
        if (job.attempts >= policy.maxAttempts) return giveUp(tx, job, error instanceof Error ? error.message : String(error));
        const waiting = await tx.$queryRawUnsafe<JobRow[]>(`SELECT "id" FROM "AnalysisJob" WHERE "comparisonId" = ? AND "state" = 'queued'`, job.comparisonId);
        // A newer request is already waiting: it runs on the latest input, so this one is not needed.
        if (waiting.length > 0) await tx.$executeRawUnsafe(`DELETE FROM "AnalysisJob" WHERE "id" = ?`, job.id);
        else {
          await tx.$executeRawUnsafe(
            `UPDATE "AnalysisJob" SET "state" = 'queued', "runAfter" = ?, "leaseUntil" = NULL, "worker" = NULL, "lastError" = ? WHERE "id" = ?`,
            Date.now() + retryDelay(policy, job.attempts),
            String(error),
            job.id,
          );
        }
      });
    } finally {
      clearInterval(renew);
    }
  }

  return {
    async enqueue(tx, comparisonId) {
      await tx.$executeRawUnsafe(
        `INSERT INTO "AnalysisJob" ("comparisonId", "state", "runAfter") VALUES (?, 'queued', ?) ON CONFLICT ("comparisonId", "state") DO NOTHING`,
        comparisonId,
        Date.now(),
      );
    },
    async work(handler) {
      let stopping = false;
      const idle = { wake: () => {} };
      const loop = (async () => {
        while (!stopping) {
          const job = await claim().catch((error: unknown) => {
            console.error("Parallax: the analysis queue could not be read:", error);
            return null;
          });
          if (job) await run(job, handler);
          else {
            await new Promise<void>((resolve) => {
              idle.wake = resolve;
              setTimeout(resolve, POLL_MS);
            });
          }
        }
      })();
      return async () => {
        stopping = true;
        idle.wake();
        await loop;
      };
    },
    async drain(handler) {
      let count = 0;
      for (let job = await claim(); job; job = await claim()) {
        await run(job, handler);
        count += 1;
      }
      return count;
    },
    async close() {},
  };
}
