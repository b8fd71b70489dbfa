/** Runs once when the server starts: load the sample into an empty database, resume interrupted analyses. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // With several server processes (lib/cli/serve.ts), the first one does this for all.
  if ((process.env.PARALLAX_WORKER ?? "1") !== "1") return;
  const { ensureSample } = await import("./lib/server/comparisons/ensure-sample");
  const { resumeAnalyses } = await import("./lib/server/comparisons/resume-analyses");
  if (await ensureSample()) console.log("Parallax: loaded the sample comparison.");
  await resumeAnalyses();
}
