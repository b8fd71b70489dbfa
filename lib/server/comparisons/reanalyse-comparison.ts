import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { scheduleAnalysis } from "./run-analysis";

/** Re-run the current engine on a comparison; the page shows progress, and the previous result stays until the new one is stored. */
export async function reanalyseComparison(actor: Actor | null, comparisonId: string): Promise<void> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:reanalyse", comparison);
  await restartAnalysis(comparisonId);
}

/** Mark a comparison for analysis and start it (no permission check: callers have done theirs). */
export async function restartAnalysis(comparisonId: string): Promise<boolean> {
  const found = await db.comparison.updateMany({
    where: { id: comparisonId },
    data: { analysisStatus: "pending", analysisProgress: 0, analysisError: null },
  });
  if (found.count === 0) return false;
  void scheduleAnalysis(comparisonId);
  return true;
}
