/** Runs once when the server starts: load the sample into an empty database. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureSample } = await import("./lib/server/comparisons/ensure-sample");
  const { resumeAnalyses } = await import("./lib/server/comparisons/resume-analyses");
  if (await ensureSample()) console.log("Parallax: loaded the sample comparison.");
  await resumeAnalyses();
}
