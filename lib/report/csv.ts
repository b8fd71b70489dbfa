import { STATUS_LABELS, STATUSES } from "@/lib/view/decisions";
import type { ReportData, ReportRenderer } from "./types";

/** A status in the words the page and the PDF use ("needs follow-up", not "follow_up"); one this version does not know, as stored. */
function statusLabel(status: string): string {
  const known = STATUSES.find((s) => s === status);
  return known ? STATUS_LABELS[known] : status;
}

/** A cell that a spreadsheet cannot mistake for a formula, quoted when it needs to be. */
export function csvCell(value: string): string {
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `row`: the discrepancy's row on the comparison page and in the PDF appendix (its claim group's row). */
export const CSV_COLUMNS = ["type", "severity", "status", "outlets", "words", "explanation", "latest note", "assignee", "row"] as const;

/** One row per discrepancy, UTF-8 with a byte-order mark so spreadsheets read accents and Cyrillic. */
export const csvRenderer: ReportRenderer = {
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
  async render(data: ReportData): Promise<Uint8Array> {
    const lines = [CSV_COLUMNS.join(",")];
    for (const d of data.discrepancies) {
      const latest = d.notes[d.notes.length - 1];
      lines.push(
        [
          d.type,
          d.severity,
          statusLabel(d.status),
          d.sentences.map((s) => s.outlet).join("; ") + (d.missingFrom.length ? ` (not in ${d.missingFrom.join(", ")})` : ""),
          d.words,
          d.explanation,
          latest ? `${latest.author}: ${latest.text}` : "",
          d.assignee ?? "",
          d.row === null ? "" : String(d.row),
        ]
          .map(csvCell)
          .join(","),
      );
    }
    return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
  },
};
