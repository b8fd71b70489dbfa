import "server-only";
import { LIMITS } from "@/lib/analysis/limits";
import { writeTransaction } from "@/lib/db";
import { InvalidRequestError, NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { requestAnalysis } from "./request-analysis";
import type { RemoveSource } from "./types";

/**
 * Take one source out of a comparison (editors and admins, or the journalist who made it); at
 * least two stay. The comparison is analysed again. Decisions are never deleted: those on
 * discrepancies that involved only the removed outlet are listed as "no longer detected", with
 * their words and history, and come back if the source is added again.
 */
export async function removeSource(actor: Actor | null, { comparisonId, sourceId }: RemoveSource): Promise<{ outlet: string }> {
  const outlet = await writeTransaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { comparisonId: true, position: true, outlet: true, comparison: { select: { createdById: true } } } });
    if (!source || source.comparisonId !== comparisonId) throw new NotFoundError("The source");
    assertCan(actor, "comparison:edit-sources", source.comparison);
    const count = await tx.source.count({ where: { comparisonId } });
    if (count <= LIMITS.minSources) throw new InvalidRequestError(`A comparison needs at least ${LIMITS.minSources} sources: add another before removing this one.`);
    await tx.source.delete({ where: { id: sourceId } });
    // Positions stay 0..n-1: the analysis's sources are matched to these rows by position.
    const after = await tx.source.findMany({ where: { comparisonId, position: { gt: source.position } }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const s of after) await tx.source.update({ where: { id: s.id }, data: { position: s.position - 1 } });
    return source.outlet;
  });
  await requestAnalysis(comparisonId);
  return { outlet };
}
