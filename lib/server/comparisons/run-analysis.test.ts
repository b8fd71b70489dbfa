import fs from "node:fs";
import { expect, test, vi } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { BudgetError } from "@/lib/jobs/errors";

/** An analysis stopped at its time budget: the comparison says why, and the previous result stays. */
createTestDatabase("run-analysis");
const overBudget = { on: false };
vi.mock("@/lib/jobs/client", async (original) => {
  const real = await original<typeof import("@/lib/jobs/client")>();
  return {
    ...real,
    runJob: ((job, input, options) =>
      overBudget.on && job === "analyze"
        ? Promise.reject(new BudgetError("The analysis took longer than 300 s and was stopped. Compare fewer or shorter articles."))
        : real.runJob(job, input, options)) as typeof real.runJob,
  };
});
const { db } = await import("@/lib/db");
const { storeComparison } = await import("./create-comparison");
const { analyseNow } = await import("@/lib/testing/analyses");

test("a run over its time budget fails with the message and keeps the previous analysis and its discrepancies", async () => {
  const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
  const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
  const { id } = await storeComparison({ input: { title: "Seeds", sources: [{ outlet: "UPI", inputKind: "paste", rawInput: upi, text: upi }, { outlet: "Reuters", inputKind: "paste", rawInput: reuters, text: reuters }] } });
  const before = await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } });
  const discrepancies = await db.discrepancy.count({ where: { comparisonId: id } });
  overBudget.on = true;
  await analyseNow(id);
  const after = await db.comparison.findUniqueOrThrow({ where: { id } });
  expect(after.analysisStatus).toBe("failed");
  expect(after.analysisError).toBe("The analysis took longer than 300 s and was stopped. Compare fewer or shorter articles.");
  expect((await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } })).result).toBe(before.result);
  expect(await db.discrepancy.count({ where: { comparisonId: id } })).toBe(discrepancies);
  overBudget.on = false;
  await analyseNow(id);
  expect((await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus).toBe("done");
});
