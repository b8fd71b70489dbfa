import "server-only";
import { discrepancyFingerprint } from "@/lib/analysis/fingerprint";
import type { AnalysisResult } from "@/lib/analysis/types";
import { db, writeTransaction } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";
import { NotFoundError } from "./errors";
import type { FlagDiscrepancy } from "./types";

export interface StoredFlagSpan {
  outlet: string;
  sentenceText: string;
  text: string;
}

/**
 * An editor flags a discrepancy the engine missed: selected words in one or
 * more sources, a type, a severity and a note. Stored by outlet and wording
 * (not sentence numbers), so it survives re-analysis; the note opens its thread.
 */
export async function flagDiscrepancy(actor: Actor | null, comparisonId: string, input: FlagDiscrepancy): Promise<{ fingerprint: string }> {
  assertCan(actor, "discrepancy:flag");
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { analysis: { select: { result: true } } } });
  if (!comparison?.analysis) throw new NotFoundError("The comparison's analysis");
  const result = JSON.parse(comparison.analysis.result) as AnalysisResult;
  const spans: StoredFlagSpan[] = input.spans.map((s) => {
    // The sentence number is a hint (a cell may hold two sentences): fall back to the one that holds the words.
    const sentences = result.sources[s.source]?.sentences ?? [];
    const hinted = sentences[s.sentence];
    const sentence = hinted?.text.includes(s.text) ? hinted : sentences.find((x) => x.text.includes(s.text));
    if (!sentence) throw new NotFoundError("The selected words");
    return { outlet: result.sources[s.source]?.label ?? "", sentenceText: sentence.text, text: s.text };
  });
  const fingerprint = discrepancyFingerprint(input.type, spans.map((s) => ({ label: s.outlet, text: s.text })));
  const explanation = `Flagged by ${actor.name}: ${input.note}`;
  await writeTransaction(async (tx) => {
    await tx.manualFlag.upsert({
      where: { comparisonId_fingerprint: { comparisonId, fingerprint } },
      create: { comparisonId, fingerprint, type: input.type, severity: input.severity, spans: JSON.stringify(spans), explanation, createdById: actor.id },
      update: {},
    });
    const annotation = await tx.annotation.upsert({
      where: { comparisonId_fingerprint: { comparisonId, fingerprint } },
      create: { comparisonId, fingerprint, type: input.type, quote: spans.map((s) => s.text).join(" / "), version: 0 },
      update: {},
    });
    await tx.annotationEvent.create({ data: { annotationId: annotation.id, actorId: actor.id, kind: "flag", toValue: `${input.type}/${input.severity}`, note: input.note } });
  });
  return { fingerprint };
}
