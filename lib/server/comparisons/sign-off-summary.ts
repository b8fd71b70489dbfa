import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { EditorSummaryView } from "@/lib/view/decisions";
import { NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";

export const ZSignOffSummary = z.object({ comparisonId: z.string().min(1), summary: z.string().trim().max(5_000, "Keep the summary under 5,000 characters.") });
export type SignOffSummary = z.infer<typeof ZSignOffSummary>;

/**
 * Write (or, with an empty text, withdraw) the editor's summary of a comparison, signed off with
 * the editor's name and the time: page 1 of the report shows it.
 */
export async function signOffSummary(actor: Actor | null, input: SignOffSummary, now = new Date()): Promise<EditorSummaryView | null> {
  assertCan(actor, "comparison:sign-off");
  const text = input.summary.trim();
  const found = await db.comparison.updateMany({
    where: { id: input.comparisonId },
    data: text ? { editorSummary: text, editorSummaryBy: actor.name, editorSummaryAt: now } : { editorSummary: null, editorSummaryBy: null, editorSummaryAt: null },
  });
  if (found.count === 0) throw new NotFoundError("The comparison");
  return text ? { text, signedOffBy: actor.name, signedOffAt: now.toISOString() } : null;
}
