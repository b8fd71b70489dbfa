import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import type { RenameComparison } from "./types";

/** Give a comparison a new title (its owner or an admin). The search index follows by trigger. */
export async function renameComparison(actor: Actor | null, { comparisonId, title }: RenameComparison): Promise<void> {
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { createdById: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:manage", comparison);
  await db.comparison.update({ where: { id: comparisonId }, data: { title } });
}
