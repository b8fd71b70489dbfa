import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";

/** Bring an archived comparison back to the list (its owner or an admin). */
export async function restoreComparison(actor: Actor | null, comparisonId: string): Promise<void> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:manage", comparison);
  await db.comparison.update({ where: { id: comparisonId }, data: { archivedAt: null } });
}
