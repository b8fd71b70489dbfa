import "server-only";
import { AnalysisLimitError } from "@/lib/analysis";
import { db, writeTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runJob } from "@/lib/jobs/client";
import type { JobOutput } from "@/lib/jobs/definitions";
import { BudgetError } from "@/lib/jobs/errors";
import { relinkAnnotations } from "../annotations/relink-annotations";
import { standingRulings } from "./rulings";
import { ZOverrides, ZVetoPair } from "./types";

export type AnalysisOutput = JobOutput<"analyze">;

/** Write an analysis (its JSON as the engine gave it, one row per discrepancy, the sources' metadata) inside a transaction. */
export async function writeAnalysis(tx: Prisma.TransactionClient, comparisonId: string, output: AnalysisOutput): Promise<void> {
  let sentences: Array<{ sentences: Array<{ text: string }> }> | undefined;
  await relinkAnnotations(tx, comparisonId, output.discrepancies, (source, sentence) => {
    sentences ??= (JSON.parse(output.json) as { sources: Array<{ sentences: Array<{ text: string }> }> }).sources;
    return sentences[source]?.sentences[sentence]?.text ?? "";
  });
  await tx.discrepancy.deleteMany({ where: { comparisonId } });
  await tx.analysis.upsert({
    where: { comparisonId },
    create: { comparisonId, engineVersion: output.engine, result: output.json, durationMs: output.durationMs },
    update: { engineVersion: output.engine, result: output.json, durationMs: output.durationMs, createdAt: new Date() },
  });
  await tx.discrepancy.createMany({
    data: output.discrepancies.map((d) => ({
      comparisonId,
      fingerprint: d.fingerprint,
      ordinal: d.id,
      type: d.type,
      severity: d.severity,
      claimGroup: d.claimGroup,
      explanation: d.explanation,
      spans: JSON.stringify(d.spans),
    })),
  });
  for (const [position, s] of output.sources.entries()) {
    await tx.source.updateMany({ where: { comparisonId, position }, data: { dateline: s.dateline, headline: s.title, byline: s.byline } });
  }
}

/** What a person reads when an analysis could not be done. */
export function analysisFailure(error: unknown): string {
  if (error instanceof AnalysisLimitError || error instanceof BudgetError) return error.message;
  return `The analysis failed: ${error instanceof Error ? error.message : String(error)}. Try again; if it fails again, report it.`;
}

/**
 * The analysis job's handler (a worker runs it: lib/queue, lib/cli/worker.ts; requests enqueue it
 * through request-analysis.ts). Run the engine on a comparison (on a job thread, lib/jobs)
 * and store the result in one transaction. A failure, or a run over its time budget, leaves the
 * previous analysis in place and records the reason on the comparison. A run overtaken by a newer
 * request stores nothing: that request's job will.
 */
export async function runAnalysis(comparisonId: string): Promise<void> {
  const comparison = await db.comparison.findUnique({
    where: { id: comparisonId },
    include: { sources: { orderBy: { position: "asc" } } },
  });
  if (!comparison) return; // deleted since it was asked for: nothing to do
  const version = comparison.inputVersion;
  const latest = { id: comparisonId, inputVersion: version };
  await db.comparison.update({
    where: { id: comparisonId },
    data: { analysisStatus: "running", analysisProgress: 0.05, analysisError: null },
  });
  let progressWrites: Promise<unknown> = Promise.resolve();
  try {
    const rulings = await db.alignmentVeto.findMany({ where: { comparisonId, undoneAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, pair: true, ruling: true } });
    const { separate, join } = standingRulings(rulings.map((r) => ({ kind: r.kind, pair: ZVetoPair.parse(JSON.parse(r.pair)), ruling: r.ruling })));
    const sources = comparison.sources.map((s) => {
      const overrides = ZOverrides.parse(JSON.parse(s.overrides || "{}"));
      return { label: s.outlet, text: s.extractedText, title: s.headline, byline: s.byline, restore: overrides.restore, discard: overrides.discard };
    });
    let reported = 0;
    const output = await runJob(
      "analyze",
      { sources, separate, join },
      {
        onProgress: (fraction) => {
          if (fraction - reported < 0.1) return;
          reported = fraction;
          progressWrites = progressWrites.then(() => db.comparison.updateMany({ where: latest, data: { analysisProgress: fraction } })).catch(() => undefined);
        },
      },
    );
    await progressWrites;
    await writeTransaction(async (tx) => {
      // A newer request cancels the store.
      const current = await tx.comparison.updateMany({
        where: latest,
        data: { analysisStatus: "done", analysisProgress: 1, analysisError: null, engineVersion: output.engine, analyzedAt: new Date() },
      });
      if (current.count === 0) return;
      await writeAnalysis(tx, comparisonId, output);
    });
  } catch (error) {
    await progressWrites;
    await db.comparison.updateMany({ where: latest, data: { analysisStatus: "failed", analysisError: analysisFailure(error) } });
  }
}
