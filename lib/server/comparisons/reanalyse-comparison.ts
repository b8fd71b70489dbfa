import "server-only";
import { db } from "@/lib/db";
import { scheduleAnalysis } from "./run-analysis";

/** Re-run the current engine on a comparison; the page shows progress, and the previous result stays until the new one is stored. */
export async function reanalyseComparison(comparisonId: string): Promise<boolean> {
  const found = await db.comparison.updateMany({
    where: { id: comparisonId },
    data: { analysisStatus: "pending", analysisProgress: 0, analysisError: null },
  });
  if (found.count === 0) return false;
  void scheduleAnalysis(comparisonId);
  return true;
}
