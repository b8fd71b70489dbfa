import { analysisQueue } from "@/lib/queue";
import { requestAnalysis } from "@/lib/server/comparisons/request-analysis";
import { runAnalysis } from "@/lib/server/comparisons/run-analysis";

/** For tests: run every analysis job that is due, as a worker would, until none is left; the number run. */
export async function drainAnalyses(): Promise<number> {
  return (await analysisQueue()).drain(runAnalysis);
}

/** For tests: ask for an analysis and run it (and any other due job) to the end, as a worker would. */
export async function analyseNow(comparisonId: string): Promise<boolean> {
  const found = await requestAnalysis(comparisonId);
  await drainAnalyses();
  return found;
}
