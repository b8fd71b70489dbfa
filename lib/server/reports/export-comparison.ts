import "server-only";
import { runJob } from "@/lib/jobs/client";
import { buildReport } from "@/lib/report/build-report";
import { csvRenderer } from "@/lib/report/csv";
import { toExport } from "@/lib/report/json";
import type { ReportOptions } from "@/lib/report/types";
import { NotFoundError } from "../annotations/errors";
import { getComparison } from "../comparisons/get-comparison";
import { assertCan, type Actor } from "../permissions";
import { cachedReport, cacheReport, reportKey } from "./report-cache";

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  filename: string;
}

/** A file name from the title: at most 60 characters, cut between words ("ukraine-asks-for-help", not "...-cyberattac"). */
export function slug(title: string): string {
  const whole = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase();
  if (whole.length <= 60) return whole || "comparison";
  const cut = whole.slice(0, 61);
  const lastBreak = cut.lastIndexOf("-");
  return (lastBreak > 20 ? cut.slice(0, lastBreak) : whole.slice(0, 60)).replace(/-+$/, "");
}

/** A comparison as a file: the PDF report, the JSON export or the CSV of discrepancies (same permission as reading it). */
export async function exportComparison(actor: Actor | null, id: string, format: "pdf" | "json" | "csv", options: ReportOptions): Promise<ExportFile> {
  assertCan(actor, "comparison:read");
  if (format === "pdf") return exportPdf(actor, id, options);
  const comparison = await getComparison(actor, id);
  if (!comparison) throw new NotFoundError("The comparison");
  const name = slug(comparison.title);
  if (format === "json") {
    return { body: new TextEncoder().encode(JSON.stringify(toExport(comparison), null, 2)), contentType: "application/json; charset=utf-8", filename: `${name}.json` };
  }
  const data = buildReport(comparison, options, actor.name);
  return { body: await csvRenderer.render(data), contentType: csvRenderer.contentType, filename: `${name}.${csvRenderer.extension}` };
}

/**
 * The PDF report: from the cache when this analysis and these decisions were rendered before with the
 * same options (report-cache.ts), else rendered on a job thread, its estimated pages checked first
 * (BudgetError when too long), and cached.
 */
async function exportPdf(actor: Actor, id: string, options: ReportOptions): Promise<ExportFile> {
  const key = await reportKey(id, options, actor.name);
  const cached = key ? await cachedReport(key.key) : null;
  if (key && cached) return { body: cached, contentType: "application/pdf", filename: `${slug(key.title)}.pdf` };
  const comparison = await getComparison(actor, id);
  if (!comparison) throw new NotFoundError("The comparison");
  const { pdf } = await runJob("render-pdf", { data: buildReport(comparison, options, actor.name) });
  if (key) await cacheReport(key.key, pdf);
  return { body: pdf, contentType: "application/pdf", filename: `${slug(comparison.title)}.pdf` };
}
