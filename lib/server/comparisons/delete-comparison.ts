import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { forgetReports } from "../reports/report-cache";

/**
 * Delete a comparison for good (its owner or an admin): its sources, analysis, discrepancies,
 * decisions and their history go with it (cascading deletes), it leaves the search index, and its
 * cached PDF reports are removed.
 * Returns its title, for the message that confirms it.
 */
export async function deleteComparison(actor: Actor | null, comparisonId: string): Promise<{ title: string }> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true, title: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:manage", comparison);
  await db.comparison.deleteMany({ where: { id: comparisonId } });
  await forgetReports(comparisonId);
  return { title: comparison.title };
}
