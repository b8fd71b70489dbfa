/**
 * Runs once when a server process starts: its job threads start loading (lib/jobs), and the first
 * process of each machine loads the sample into an empty database (idempotent: several machines
 * starting together load it once). Analyses are not run here: workers run them (lib/queue).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmJobThreads } = await import("./lib/jobs/client");
  warmJobThreads();
  // With several server processes on a machine (lib/cli/serve.ts), the first one does this, so the
  // sample is analysed once; ensureSample itself is safe to run anywhere, any number of times.
  if ((process.env.PARALLAX_WORKER ?? "1") !== "1") return;
  const { ensureSample } = await import("./lib/server/comparisons/ensure-sample");
  if (await ensureSample()) console.log("Parallax: loaded the sample comparison.");
}
