import fs from "node:fs";
import { expect, test, vi } from "vitest";
import { createTestDatabase, testDialect } from "@/lib/testing/test-database";

/**
 * The analysis queue on this run's database (SQLite job table, or pg-boss with TEST_DATABASE_URL):
 * requests during a run, a dead worker's job, retries. Short lease and retry delay for the test.
 */
createTestDatabase("queue");
process.env.ANALYSIS_LEASE_S = "6";
const gate = { hold: false, entered: () => {}, release: () => {} };
vi.mock("@/lib/jobs/client", async (original) => {
  const real = await original<typeof import("@/lib/jobs/client")>();
  return {
    ...real,
    runJob: (async (job, input, options) => {
      if (job === "analyze" && gate.hold) {
        gate.hold = false;
        gate.entered();
        await new Promise<void>((resolve) => (gate.release = resolve));
      }
      return real.runJob(job, input, options);
    }) as typeof real.runJob,
  };
});
const { db } = await import("@/lib/db");
const { storeComparison } = await import("@/lib/server/comparisons/create-comparison");
const { requestAnalysis } = await import("@/lib/server/comparisons/request-analysis");
const { runAnalysis } = await import("@/lib/server/comparisons/run-analysis");
const { analysisQueue } = await import("./index");
// This file plays the worker's part: its queue supervises (on PostgreSQL, pg-boss expires the jobs
// of dead workers only where a supervising process runs, as `npm run worker` does).
await analysisQueue({ supervise: true });
const { drainAnalyses } = await import("@/lib/testing/analyses");

const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
const seeds = async (title: string) =>
  (await storeComparison({ input: { title, sources: [{ outlet: "UPI", inputKind: "paste", rawInput: upi, text: upi }, { outlet: "Reuters", inputKind: "paste", rawInput: reuters, text: reuters }] } })).id;
const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

test("a request made while a run is going (a source changed) is analysed after it, on the new input; the overtaken run stores nothing", async () => {
  const id = await seeds("Race");
  gate.hold = true;
  const entered = new Promise<void>((resolve) => (gate.entered = resolve));
  expect(await requestAnalysis(id)).toBe(true);
  const draining = drainAnalyses();
  await entered; // the first run has read its input and is in the engine
  const reutersRow = await db.source.findFirstOrThrow({ where: { comparisonId: id, position: 1 } });
  await db.source.update({ where: { id: reutersRow.id }, data: { extractedText: `${reuters}\nA closing sentence added by the editor about Ukraine and Korea.` } });
  expect(await requestAnalysis(id)).toBe(true);
  gate.release();
  expect(await draining).toBe(2);
  const after = await db.comparison.findUniqueOrThrow({ where: { id }, include: { analysis: true } });
  expect(after.analysisStatus).toBe("done");
  expect(after.analysis?.result).toContain("A closing sentence added by the editor");
  expect(await drainAnalyses()).toBe(0);
});

test("requests while one waits are one job: the waiting job reads the latest input when it starts", async () => {
  const id = await seeds("Many requests");
  for (let i = 0; i < 5; i += 1) await requestAnalysis(id);
  expect(await drainAnalyses()).toBe(1);
  expect((await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus).toBe("done");
});

test("a job whose worker died is taken over by another worker once its lease has passed", async () => {
  const id = await seeds("Dead worker");
  await requestAnalysis(id);
  const queue = await analysisQueue();
  if (testDialect() === "sqlite") {
    // The dead worker claimed the job and stopped renewing its lease.
    await db.$executeRawUnsafe(`UPDATE "AnalysisJob" SET "state" = 'active', "worker" = 'dead', "leaseUntil" = ?, "attempts" = 1 WHERE "comparisonId" = ?`, Date.now() - 1, id);
    expect(await queue.drain(runAnalysis)).toBe(1);
  } else {
    // The first worker takes the job and never answers again; pg-boss expires it after the lease and
    // retries it, and the second worker runs it.
    const seen: string[] = [];
    const stopDead = await queue.work(async (comparisonId) => {
      seen.push(`dead:${comparisonId}`);
      await new Promise(() => undefined);
    });
    await waitFor(async () => seen.length > 0);
    // A hung handler is not a dead worker: pg-boss gives up on it after the lease and the same worker
    // would fetch again. A dead one fetches nothing more, so this one stops polling, its job in hand.
    void stopDead();
    const stopLive = await queue.work(async (comparisonId) => {
      seen.push(`live:${comparisonId}`);
      await runAnalysis(comparisonId);
    });
    await waitFor(async () => (await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus === "done", 150_000);
    expect(seen).toEqual([`dead:${id}`, `live:${id}`]);
    await stopLive();
  }
  expect((await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus).toBe("done");
}, 180_000);

test("a run that throws is retried; after the last attempt the comparison says it failed", async () => {
  const id = await seeds("Always throws");
  await requestAnalysis(id);
  const queue = await analysisQueue();
  let calls = 0;
  const failing = async () => {
    calls += 1;
    throw new Error("the database went away");
  };
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  await waitFor(async () => {
    await queue.drain(failing);
    return (await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus === "failed" || calls >= 3;
  }, 150_000);
  logged.mockRestore();
  expect(calls).toBe(3);
  const failed = await db.comparison.findUniqueOrThrow({ where: { id } });
  expect(failed.analysisStatus).toBe("failed");
  expect(failed.analysisError).toMatch(/could not be completed after 3 attempts \(the database went away\)/);
}, 180_000);
