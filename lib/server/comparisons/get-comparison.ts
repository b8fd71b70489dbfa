import "server-only";
import type { AnalysisResult } from "@/lib/analysis";
import { db } from "@/lib/db";
import { ZOverrides, type Overrides } from "./types";

export interface ComparisonView {
  id: string;
  title: string;
  analysisStatus: string;
  analysisProgress: number;
  analysisError: string | null;
  engineVersion: string | null;
  sources: Array<{
    id: string;
    outlet: string;
    url: string | null;
    publishedAt: string | null;
    byline: string | null;
    headline: string | null;
    dateline: string | null;
    inputKind: string;
    capturedAt: string;
    overrides: Overrides;
  }>;
  result: AnalysisResult | null;
}

/** One comparison with its latest analysis, or null. */
export async function getComparison(id: string): Promise<ComparisonView | null> {
  const c = await db.comparison.findUnique({
    where: { id },
    include: { sources: { orderBy: { position: "asc" } }, analysis: true },
  });
  if (!c) return null;
  return {
    id: c.id,
    title: c.title,
    analysisStatus: c.analysisStatus,
    analysisProgress: c.analysisProgress,
    analysisError: c.analysisError,
    engineVersion: c.engineVersion,
    sources: c.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      url: s.url,
      publishedAt: s.publishedAt ? s.publishedAt.toISOString().slice(0, 10) : null,
      byline: s.byline,
      headline: s.headline,
      dateline: s.dateline,
      inputKind: s.inputKind,
      capturedAt: s.capturedAt.toISOString(),
      overrides: ZOverrides.parse(JSON.parse(s.overrides || "{}")),
    })),
    result: c.analysis ? (JSON.parse(c.analysis.result) as AnalysisResult) : null,
  };
}
