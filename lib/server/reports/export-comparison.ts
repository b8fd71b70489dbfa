import "server-only";
import { buildReport } from "@/lib/report/build-report";
import { csvRenderer } from "@/lib/report/csv";
import { toExport } from "@/lib/report/json";
import { pdfRenderer } from "@/lib/report/pdf";
import { STATUSES } from "../annotations/types";
import type { ReportOptions } from "@/lib/report/types";
import { NotFoundError } from "../annotations/errors";
import { getComparison } from "../comparisons/get-comparison";
import type { Actor } from "../permissions";

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  filename: string;
}

function slug(title: string): string {
  return title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 60) || "comparison";
}

/** A comparison as a file: the PDF report, the JSON export or the CSV of discrepancies (same permission as reading it). */
export async function exportComparison(actor: Actor | null, id: string, format: "pdf" | "json" | "csv", options: ReportOptions): Promise<ExportFile> {
  const comparison = await getComparison(actor, id);
  if (!comparison || !actor) throw new NotFoundError("The comparison");
  const name = slug(comparison.title);
  if (format === "json") {
    return { body: new TextEncoder().encode(JSON.stringify(toExport(comparison), null, 2)), contentType: "application/json; charset=utf-8", filename: `${name}.json` };
  }
  const renderer = format === "pdf" ? pdfRenderer : csvRenderer;
  // The CSV lists every discrepancy unless statuses were chosen; the PDF follows the dialog's default.
  const data = buildReport(comparison, format === "csv" && options.statuses.length === 3 ? { ...options, statuses: [...STATUSES] } : options, actor.name);
  return { body: await renderer.render(data), contentType: renderer.contentType, filename: `${name}.${renderer.extension}` };
}
