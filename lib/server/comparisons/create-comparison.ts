import "server-only";
import { checkLimits } from "@/lib/analysis";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertCan, type Actor } from "../permissions";
import { scheduleAnalysis } from "./run-analysis";
import { type CreateComparison } from "./types";

export interface StoreComparisonOptions {
  input: CreateComparison;
  createdById?: string | null;
  isSample?: boolean;
}

/** A journalist, editor or admin creates a comparison. */
export async function createComparison(actor: Actor | null, input: CreateComparison): Promise<{ id: string }> {
  assertCan(actor, "comparison:create");
  return storeComparison({ input, createdById: actor.id });
}

/**
 * Store a comparison and its sources in one transaction, then analyse it:
 * inside the request when it is small, in the background when it is large (the
 * page shows progress and survives a reload; status lives in the database).
 */
export async function storeComparison({ input, createdById = null, isSample = false }: StoreComparisonOptions): Promise<{ id: string }> {
  // Refuse what the engine would refuse before anything is saved.
  checkLimits(input.sources.map((s) => ({ label: s.outlet, text: s.text })));
  const comparison = await db.comparison.create({
    data: {
      title: input.title,
      isSample,
      createdById,
      sources: {
        create: input.sources.map((s, position) => ({
          position,
          outlet: s.outlet,
          url: s.url || null,
          publishedAt: s.publishedAt ? new Date(`${s.publishedAt}T00:00:00Z`) : null,
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
  const size = input.sources.reduce((n, s) => n + s.text.length, 0);
  const analysis = scheduleAnalysis(comparison.id);
  if (size <= env.ANALYSIS_INLINE_MAX_CHARS) await analysis;
  return comparison;
}
