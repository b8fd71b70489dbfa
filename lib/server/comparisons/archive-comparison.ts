import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";

/**
 * Archive a comparison (its owner or an admin): it leaves the default list and people's work
 * lists, and stays whole (sources, analysis, decisions, history) until it is restored.
 * Archiving an archived comparison changes nothing.
 */
export async function archiveComparison(actor: Actor | null, comparisonId: string): Promise<void> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:manage", comparison);
  await db.comparison.updateMany({ where: { id: comparisonId, archivedAt: null }, data: { archivedAt: new Date() } });
}
