import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";
import { restartAnalysis } from "./reanalyse-comparison";
import { ZOverrides, type SetSourceLine } from "./types";

/**
 * Keep a line the cleaner discarded ("restore"), leave out one more line or
 * sentence ("discard"), or take either back ("undo"); then re-analyse. Returns
 * the comparison id, or null when the source does not exist.
 */
export async function setSourceLine(actor: Actor | null, { sourceId, text, action }: SetSourceLine): Promise<string | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { comparisonId: true, overrides: true, comparison: { select: { createdById: true } } } });
  if (!source) return null;
  assertCan(actor, "comparison:edit-sources", source.comparison);
  const overrides = ZOverrides.parse(JSON.parse(source.overrides || "{}"));
  const without = (list: string[]) => list.filter((line) => line !== text);
  const next = {
    restore: action === "restore" ? [...without(overrides.restore), text] : without(overrides.restore),
    discard: action === "discard" ? [...without(overrides.discard), text] : without(overrides.discard),
  };
  await db.source.update({ where: { id: sourceId }, data: { overrides: JSON.stringify(next) } });
  await restartAnalysis(source.comparisonId);
  return source.comparisonId;
}
