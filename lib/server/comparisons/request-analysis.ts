import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { analysisQueue } from "@/lib/queue";

/**
 * Ask for a comparison to be analysed (again): in one transaction its inputVersion is raised, it is
 * marked pending, and an analysis job is enqueued (lib/queue). A worker runs the job; a run stores
 * its result only if no newer request came meanwhile, and a newer request's job runs after it, reading
 * the latest input. Because the raise and the job commit together, a job can never start before the
 * request that made it is visible. No permission check: callers have done theirs. false when the
 * comparison does not exist.
 */
export async function requestAnalysis(comparisonId: string): Promise<boolean> {
  const queue = await analysisQueue();
  return db.$transaction(async (tx) => {
    const found = await tx.comparison.updateMany({
      where: { id: comparisonId },
      data: { analysisStatus: "pending", analysisProgress: 0, analysisError: null, inputVersion: { increment: 1 } },
    });
    if (found.count === 0) return false;
    await queue.enqueue(tx, comparisonId);
    return true;
  });
}

/** Enqueue the first analysis of a comparison created in this transaction (its inputVersion is the first). */
export async function enqueueAnalysis(tx: Prisma.TransactionClient, comparisonId: string): Promise<void> {
  await (await analysisQueue()).enqueue(tx, comparisonId);
}
