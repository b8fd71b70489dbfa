import fs from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/** PDF reports: rendered on a job thread, cached per analysis and decision version, refused when too long. */
createTestDatabase("reports");
const { db } = await import("@/lib/db");
const { storeComparison } = await import("../comparisons/create-comparison");
const { changeAnnotation } = await import("../annotations/change-annotation");
const { exportComparison } = await import("./export-comparison");
const { estimateReportPages, checkReportBudget } = await import("@/lib/jobs/budgets");
const { BudgetError } = await import("@/lib/jobs/errors");
const { pdfText } = await import("@/lib/testing/pdf");

const editor: Actor = { id: "", name: "Eda Editor", email: "eda@example.com", role: "editor" };
let comparisonId = "";
const options = { statuses: ["open", "confirmed", "follow_up"] as ("open" | "confirmed" | "follow_up")[], appendix: true, paper: "A4" as const };

beforeAll(async () => {
  const { insertUser } = await import("../users/create-user");
  editor.id = (await db.$transaction((tx) => insertUser(tx, { name: editor.name, email: editor.email, password: "a-long-password", role: "editor" }))).id;
  const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
  const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
  ({ id: comparisonId } = await storeComparison({
    input: { title: "Seeds", sources: [{ outlet: "UPI", inputKind: "paste", rawInput: upi, text: upi }, { outlet: "Reuters", inputKind: "paste", rawInput: reuters, text: reuters }] },
  }));
});

test("a report is rendered once per analysis and decision version; a new decision renders it again", async () => {
  const first = await exportComparison(editor, comparisonId, "pdf", options);
  expect(Buffer.from(first.body.slice(0, 5)).toString()).toBe("%PDF-");
  const started = performance.now();
  const again = await exportComparison(editor, comparisonId, "pdf", options);
  expect(performance.now() - started).toBeLessThan(500);
  expect(Buffer.from(again.body).equals(Buffer.from(first.body))).toBe(true); // the same file, from the cache
  const fingerprint = (await db.discrepancy.findFirstOrThrow({ where: { comparisonId } })).fingerprint;
  await changeAnnotation(editor, comparisonId, { op: "note", fingerprint, note: "Checked with the embassy." });
  const after = await exportComparison(editor, comparisonId, "pdf", options);
  expect(Buffer.from(after.body).equals(Buffer.from(first.body))).toBe(false);
  const other = await exportComparison(editor, comparisonId, "pdf", { ...options, appendix: false });
  expect(Buffer.from(other.body).equals(Buffer.from(after.body))).toBe(false);
});

test("the page estimate is close to the real count, and a report past the page budget is refused before it is laid out", async () => {
  const { getComparison } = await import("../comparisons/get-comparison");
  const { buildReport } = await import("@/lib/report/build-report");
  const view = await getComparison(editor, comparisonId);
  if (!view) throw new Error("no comparison");
  const data = buildReport(view, options, editor.name);
  const real = (await pdfText((await exportComparison(editor, comparisonId, "pdf", options)).body)).pages;
  const estimate = estimateReportPages(data);
  expect(estimate).toBeGreaterThanOrEqual(Math.floor(real * 0.6));
  expect(estimate).toBeLessThanOrEqual(Math.ceil(real * 1.6) + 1);
  const huge = { ...data, appendix: Array.from({ length: 3_000 }, (_, i) => ({ number: i + 1, cells: [[{ text: "A sentence of some length that fills a good part of a line in the appendix table. ".repeat(3), alsoIn: [] }], null] })) };
  expect(() => checkReportBudget(huge)).toThrow(BudgetError);
  expect(() => checkReportBudget(huge)).toThrow(/would run to about [\d,]+ pages; the limit is 150\. Leave out the appendix/);
});

test("a report's file name is the title, cut between words at 60 characters", async () => {
  const { slug } = await import("./export-comparison");
  expect(slug("Ukraine asks South Korea for help")).toBe("ukraine-asks-south-korea-for-help");
  expect(slug("Ukraine asks South Korea for help against the Russian cyberattacks on its grid")).toBe("ukraine-asks-south-korea-for-help-against-the-russian");
  expect(slug("«»")).toBe("comparison");
});
