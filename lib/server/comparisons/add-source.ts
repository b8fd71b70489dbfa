import "server-only";
import { LIMITS } from "@/lib/analysis/limits";
import { canonical } from "@/lib/analysis/normalize";
import { db, writeTransaction } from "@/lib/db";
import { runJob } from "@/lib/jobs/client";
import { parsePublished } from "@/lib/published-at";
import { InvalidRequestError, NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { requestAnalysis } from "./request-analysis";
import { ZOverrides, type SourceDraft } from "./types";

/**
 * Add one more outlet's article to a comparison (editors and admins, or the journalist who made it),
 * then analyse it again. Every decision is kept: decisions follow their discrepancy by fingerprint,
 * and an omission that now names the new outlet too keeps its decision (relink-annotations.ts).
 * Refused before anything is saved: an 11th source, an outlet name already used in the comparison,
 * and what the engine would refuse (AnalysisLimitError, BudgetError). Returns the new source's id.
 */
export async function addSource(actor: Actor | null, comparisonId: string, draft: SourceDraft): Promise<{ id: string }> {
  const comparison = await db.comparison.findUnique({
    where: { id: comparisonId },
    select: { createdById: true, sources: { orderBy: { position: "asc" }, select: { outlet: true, extractedText: true, headline: true, byline: true, overrides: true } } },
  });
  if (!comparison) throw new NotFoundError("The comparison");
  assertCan(actor, "comparison:edit-sources", comparison);
  if (comparison.sources.length >= LIMITS.maxSources) throw new InvalidRequestError(`A comparison takes at most ${LIMITS.maxSources} sources; this one has ${comparison.sources.length}.`);
  if (comparison.sources.some((s) => canonical(s.outlet) === canonical(draft.outlet))) {
    throw new InvalidRequestError(`This comparison already has a source called “${draft.outlet}”: give this one another name.`);
  }
  const sources = [
    ...comparison.sources.map((s) => {
      const overrides = ZOverrides.parse(JSON.parse(s.overrides || "{}"));
      return { label: s.outlet, text: s.extractedText, title: s.headline, byline: s.byline, restore: overrides.restore, discard: overrides.discard };
    }),
    { label: draft.outlet, text: draft.text, title: draft.title ?? null, byline: draft.byline ?? null },
  ];
  await runJob("precheck-analysis", { sources });
  const created = await writeTransaction(async (tx) => {
    const last = await tx.source.aggregate({ where: { comparisonId }, _max: { position: true }, _count: true });
    if (last._count >= LIMITS.maxSources) throw new InvalidRequestError(`A comparison takes at most ${LIMITS.maxSources} sources.`);
    return tx.source.create({
      data: {
        comparisonId,
        position: (last._max.position ?? -1) + 1,
        outlet: draft.outlet,
        url: draft.url || null,
        publishedAt: parsePublished(draft.publishedAt) ?? null,
        byline: draft.byline ?? null,
        headline: draft.title ?? null,
        inputKind: draft.inputKind,
        rawInput: draft.rawInput,
        extractedText: draft.text,
      },
      select: { id: true },
    });
  });
  await requestAnalysis(comparisonId);
  return created;
}
