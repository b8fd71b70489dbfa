import "server-only";
import { db } from "@/lib/db";
import { scheduleAnalysis } from "./run-analysis";

/** Analyses interrupted by a stop (status pending or running at start) are run again. */
export async function resumeAnalyses(): Promise<number> {
  const stuck = await db.comparison.findMany({ where: { analysisStatus: { in: ["pending", "running"] } }, select: { id: true } });
  for (const c of stuck) void scheduleAnalysis(c.id);
  return stuck.length;
}
