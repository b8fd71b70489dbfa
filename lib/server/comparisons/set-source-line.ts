import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { requestAnalysis } from "./request-analysis";
import { ZOverrides, type SetSourceLine } from "./types";

/**
 * Keep a line the cleaner discarded ("restore"), leave out one more line or
 * sentence ("discard"), or take either back ("undo"); then re-analyse.
 * NotFoundError when the source is not one of this comparison's.
 */
export async function setSourceLine(actor: Actor | null, comparisonId: string, { sourceId, text, action }: SetSourceLine): Promise<void> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { comparisonId: true, overrides: true, comparison: { select: { createdById: true } } } });
  if (!source || source.comparisonId !== comparisonId) throw new NotFoundError("The source");
  assertCan(actor, "comparison:edit-sources", source.comparison);
  const overrides = ZOverrides.parse(JSON.parse(source.overrides || "{}"));
  const without = (list: string[]) => list.filter((line) => line !== text);
  const next = {
    restore: action === "restore" ? [...without(overrides.restore), text] : without(overrides.restore),
    discard: action === "discard" ? [...without(overrides.discard), text] : without(overrides.discard),
  };
  await db.source.update({ where: { id: sourceId }, data: { overrides: JSON.stringify(next) } });
  await requestAnalysis(source.comparisonId);
}
