import "server-only";
import { db } from "@/lib/db";
import { requestAnalysis } from "../comparisons/request-analysis";
import { assertCan, type Actor } from "../permissions";
import { InvalidRequestError, NotFoundError } from "./errors";
import type { UndoVeto } from "./types";

/**
 * An editor undoes a "not the same claim" ruling (its pairs may be aligned again) or a "same claim"
 * one (the engine decides again whether its pair aligns); the rows are kept, marked undone, for the
 * activity history, and the comparison is re-analysed. A ruling
 * written before rulings had ids is named by its row's id.
 */
export async function undoVeto(actor: Actor | null, comparisonId: string, input: UndoVeto): Promise<{ pairs: number }> {
  assertCan(actor, "claim-group:veto");
  const where = { comparisonId, OR: [{ ruling: input.ruling }, { id: input.ruling, ruling: null }] };
  if ((await db.alignmentVeto.count({ where })) === 0) throw new NotFoundError("That ruling");
  const { count } = await db.alignmentVeto.updateMany({ where: { ...where, undoneAt: null }, data: { undoneAt: new Date(), undoneById: actor.id } });
  if (count === 0) throw new InvalidRequestError("That ruling was already undone.");
  await db.comparison.update({ where: { id: comparisonId }, data: { updatedAt: new Date() } });
  await requestAnalysis(comparisonId);
  return { pairs: count };
}
