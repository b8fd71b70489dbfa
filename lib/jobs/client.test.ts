import fs from "node:fs";
import { expect, test } from "vitest";
import { BudgetError } from "./errors";

process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
const { runJob } = await import("./client");
const { AnalysisLimitError } = await import("@/lib/analysis");

const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
const seeds = [
  { label: "UPI", text: upi },
  { label: "Reuters", text: reuters },
];

/** The longest time the event loop went without a turn while `work` ran, and how long it ran. */
async function longestStall<T>(work: Promise<T>): Promise<{ value: T; stallMs: number; elapsedMs: number }> {
  const started = performance.now();
  let last = started;
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  }, 10);
  try {
    const value = await work;
    return { value, stallMs, elapsedMs: performance.now() - started };
  } finally {
    clearInterval(tick);
  }
}

test("an analysis runs on a job thread: progress is reported, the result comes back as JSON, and the event loop never waits", async () => {
  const progress: number[] = [];
  const { value, stallMs, elapsedMs } = await longestStall(runJob("analyze", { sources: seeds, separate: [] }, { onProgress: (f) => progress.push(f) }));
  expect(JSON.parse(value.json).sources).toHaveLength(2);
  expect(value.discrepancies.some((d) => d.type === "title")).toBe(true);
  expect(progress.length).toBeGreaterThan(2);
  // Run on this thread, the analysis would hold the event loop for all of it; on its own thread the
  // loop only waits for the machine (a busy 2-core machine can hold any process for a moment).
  expect(stallMs).toBeLessThan(Math.max(100, elapsedMs / 4));
});

test("hostile text is refused before it reaches the engine: a 199,999-letter word, a 200 KB run-on sentence", async () => {
  const started = performance.now();
  await expect(runJob("analyze", { sources: [{ label: "A", text: "a".repeat(199_999) }, { label: "B", text: "b".repeat(199_999) }], separate: [] })).rejects.toThrow(
    /"word" of 199,999 characters/,
  );
  const runOn = "and the council said ".repeat(9_500);
  await expect(runJob("analyze", { sources: [{ label: "A", text: runOn }, { label: "B", text: runOn }], separate: [] })).rejects.toThrow(BudgetError);
  expect(performance.now() - started).toBeLessThan(500);
});

test("the engine's own limits come back as AnalysisLimitError: punctuation only, before anything is saved", async () => {
  await expect(runJob("precheck-analysis", { sources: [{ label: "A", text: "!!! ??? ... ;;; --- ,,," }, seeds[1] ?? { label: "", text: "" }] })).rejects.toThrow(AnalysisLimitError);
  const sentences = Array.from({ length: 1_600 }, (_, i) => `Sentence number ${i} says the council met on day ${i}.`).join("\n");
  await expect(runJob("precheck-analysis", { sources: [{ label: "A", text: sentences }, seeds[1] ?? { label: "", text: "" }] })).rejects.toThrow(/1600 sentences; the limit is 1500/);
  expect((await runJob("precheck-analysis", { sources: seeds })).durationMs).toBeGreaterThanOrEqual(0);
});

test("a job over its time budget is stopped with a message, and the next job runs on a fresh thread", async () => {
  await expect(runJob("analyze", { sources: seeds, separate: [] }, { timeLimitMs: 5 })).rejects.toThrow(/took longer than 1 s and was stopped/);
  const after = await runJob("analyze", { sources: seeds, separate: [] });
  expect(after.discrepancies.length).toBeGreaterThan(0);
});

test("HTML is measured before it is parsed: 50,000 nested <div>s are refused at once; a page is read on its thread", async () => {
  const started = performance.now();
  const nested = `<html><body>${"<div>".repeat(50_000)}x${"</div>".repeat(50_000)}</body></html>`;
  await expect(runJob("extract-html", { html: nested })).rejects.toThrow(/The page has 50,002 HTML elements/);
  const deep = `<html><body>${"<div>".repeat(1_000)}x${"</div>".repeat(1_000)}</body></html>`;
  await expect(runJob("extract-html", { html: deep })).rejects.toThrow(/nested 1,002 levels deep/);
  expect(performance.now() - started).toBeLessThan(500);
  const page = fs.readFileSync("lib/ingest/fixtures/ledger-ferry-fire.html", "utf8");
  const { value, stallMs, elapsedMs } = await longestStall(runJob("extract-html", { html: page }));
  expect(value.title).toMatch(/Ferry fire/);
  // Read on this thread, the page would hold the event loop for all of it (see the analysis above).
  expect(stallMs).toBeLessThan(Math.max(100, elapsedMs / 4));
});
