import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { AnalysisResult } from "../lib/analysis/types";

/**
 * A comparison whose analysis is the given result, written straight into the e2e database
 * (as a finished run stores it): for views of results the engine does not produce on its own. It
 * waits up to 30 s for the server's write lock: on a busy 2-core machine a write of the app can hold it
 * past 5 s (a seed timed out so in one CI rehearsal).
 */
export async function seedAnalysedComparison(title: string, result: AnalysisResult): Promise<string> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.resolve("data", "e2e.db")}`, timeout: 30_000 }) });
  try {
    const comparison = await db.comparison.create({
      data: {
        title,
        analysisStatus: "done",
        analysisProgress: 1,
        engineVersion: result.engine,
        analyzedAt: new Date(),
        sources: { create: result.sources.map((s, position) => ({ position, outlet: s.label, inputKind: "paste", rawInput: s.text, extractedText: s.text })) },
        analysis: { create: { engineVersion: result.engine, result: JSON.stringify(result), durationMs: 1 } },
        discrepancies: {
          create: result.discrepancies.map((d) => ({
            fingerprint: d.fingerprint,
            ordinal: d.id,
            type: d.type,
            severity: d.severity,
            claimGroup: d.claimGroup,
            explanation: d.explanation,
            spans: JSON.stringify(d.spans),
          })),
        },
      },
    });
    return comparison.id;
  } finally {
    await db.$disconnect();
  }
}

/** A decision on a discrepancy the current analysis does not find (as after a re-analysis changed the wording). */
export async function seedOrphanDecision(comparisonId: string, decision: { fingerprint: string; type: string; quote: string; status: string; note: string }): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.resolve("data", "e2e.db")}`, timeout: 30_000 }) });
  try {
    await db.annotation.create({
      data: {
        comparisonId,
        fingerprint: decision.fingerprint,
        type: decision.type,
        quote: decision.quote,
        status: decision.status,
        events: { create: [{ kind: "status", fromValue: "open", toValue: decision.status }, { kind: "note", note: decision.note }] },
      },
    });
  } finally {
    await db.$disconnect();
  }
}
