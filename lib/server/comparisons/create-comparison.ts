import "server-only";
import { writeTransaction } from "@/lib/db";
import { env } from "@/lib/env";
import { runJob } from "@/lib/jobs/client";
import { parsePublished } from "@/lib/published-at";
import { assertCan, type Actor } from "../permissions";
import { enqueueAnalysis } from "./request-analysis";
import { writeAnalysis, type AnalysisOutput } from "./run-analysis";
import { type CreateComparison } from "./types";

export interface StoreComparisonOptions {
  input: CreateComparison;
  createdById?: string | null;
  isSample?: boolean;
  /** Store it only if the database has no comparison yet (checked in the write transaction): the sample. */
  onlyIntoEmpty?: boolean;
}

/** A journalist, editor or admin creates a comparison. */
export async function createComparison(actor: Actor | null, input: CreateComparison): Promise<{ id: string }> {
  assertCan(actor, "comparison:create");
  return storeComparison({ input, createdById: actor.id });
}

/**
 * Store a comparison and its sources, refusing first what the engine would refuse (nothing is saved
 * then: AnalysisLimitError or BudgetError). A small comparison (ANALYSIS_INLINE_MAX_CHARS) is
 * analysed before it is saved, and stored with its analysis in one transaction. A large one has its
 * sources read first (sentences per source and in all, text left after cleaning: the engine's first
 * steps, about a tenth of a run), is saved, and is analysed in the background (the page shows
 * progress and survives a reload; status lives in the database). Both run on job threads.
 */
export async function storeComparison(options: StoreComparisonOptions & { onlyIntoEmpty: true }): Promise<{ id: string } | null>;
export async function storeComparison(options: StoreComparisonOptions): Promise<{ id: string }>;
export async function storeComparison({ input, createdById = null, isSample = false, onlyIntoEmpty = false }: StoreComparisonOptions): Promise<{ id: string } | null> {
  const sources = input.sources.map((s) => ({ label: s.outlet, text: s.text, title: s.title ?? null, byline: s.byline ?? null }));
  const size = input.sources.reduce((n, s) => n + s.text.length, 0);
  const inline = size <= env.ANALYSIS_INLINE_MAX_CHARS;
  let analysis: AnalysisOutput | null = null;
  if (inline) analysis = await runJob("analyze", { sources, separate: [] });
  else await runJob("precheck-analysis", { sources });
  return writeTransaction(async (tx) => {
    if (onlyIntoEmpty && (await tx.comparison.count()) > 0) return null;
    const created = await tx.comparison.create({
      data: {
        title: input.title,
        isSample,
        createdById,
        ...(analysis ? { analysisStatus: "done", analysisProgress: 1, engineVersion: analysis.engine, analyzedAt: new Date() } : {}),
        sources: {
          create: input.sources.map((s, position) => ({
            position,
            outlet: s.outlet,
            url: s.url || null,
            publishedAt: parsePublished(s.publishedAt) ?? null,
            byline: s.byline ?? null,
            headline: s.title ?? null,
            inputKind: s.inputKind,
            rawInput: s.rawInput,
            extractedText: s.text,
            overrides: JSON.stringify({ restore: [], discard: [] }),
          })),
        },
      },
      select: { id: true },
    });
    if (analysis) await writeAnalysis(tx, created.id, analysis);
    else await enqueueAnalysis(tx, created.id);
    return created;
  });
}
