import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { requestAnalysis } from "./request-analysis";

/** Re-run the current engine on a comparison (a job for a worker); the page shows progress, and the previous result stays until the new one is stored. */
export async function reanalyseComparison(actor: Actor | null, comparisonId: string): Promise<void> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:reanalyse", comparison);
  await requestAnalysis(comparisonId);
}
