/**
 * Runs once when a server process starts: its job threads start loading (lib/jobs), and the first
 * process also loads the sample into an empty database and resumes interrupted analyses.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmJobThreads } = await import("./lib/jobs/client");
  warmJobThreads();
  // With several server processes (lib/cli/serve.ts), the first one does this for all.
  if ((process.env.PARALLAX_WORKER ?? "1") !== "1") return;
  const { ensureSample } = await import("./lib/server/comparisons/ensure-sample");
  const { resumeAnalyses } = await import("./lib/server/comparisons/resume-analyses");
  if (await ensureSample()) console.log("Parallax: loaded the sample comparison.");
  await resumeAnalyses();
}
