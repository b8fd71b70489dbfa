import type { ComparisonInput } from "@/lib/view/comparison";
import { STATUS_LABELS } from "@/lib/view/decisions";
import { annotationNotes, presentComparison } from "@/lib/view/present-comparison";
import type { ReportData, ReportDiscrepancy, ReportOptions, ReportRow } from "./types";

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * Shape a comparison for a report from the one presenter (lib/view/present-comparison.ts): the same
 * rows, words and counts as the page; filtered by status and ordered by severity. Pure.
 */
export function buildReport(comparison: ComparisonInput, options: ReportOptions, generatedBy: string, now = new Date()): ReportData {
  const result = comparison.result;
  const view = presentComparison(comparison);
  const all: ReportDiscrepancy[] = view.discrepancies.map((item) => {
    const d = item.source;
    const sources = [...new Set(d.spans.map((s) => s.source))];
    const sentences = sources.map((source) => {
      const spans = d.spans.filter((s) => s.source === source);
      const sentence = result?.sources[source]?.sentences[spans[0]?.sentence ?? 0];
      return {
        outlet: view.outlets[source] ?? "",
        text: sentence?.text ?? spans.map((s) => s.text).join(" "),
        marks: d.type === "omission" ? [] : spans.filter((s) => s.sentence === spans[0]?.sentence).map((s) => [s.start, s.end] as [number, number]),
      };
    });
    return {
      fingerprint: item.fingerprint,
      type: item.type,
      severity: item.severity,
      status: item.status,
      assignee: item.assignee,
      explanation: item.explanation,
      manual: item.manual,
      sentences,
      missingFrom: item.missingFrom,
      words: item.words,
      notes: annotationNotes(item.annotation),
      row: item.row?.number ?? null,
    };
  });
  const count = (key: (d: ReportDiscrepancy) => string) => all.reduce<Record<string, number>>((acc, d) => ({ ...acc, [key(d)]: (acc[key(d)] ?? 0) + 1 }), {});
  const shown = all.filter((d) => (options.statuses as readonly string[]).includes(d.status)).sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  return {
    title: comparison.title,
    generatedAt: now.toISOString(),
    generatedBy,
    engine: comparison.engineVersion,
    options,
    sources: comparison.sources.map((s) => ({ outlet: s.outlet, url: s.url, byline: s.byline, publishedAt: s.publishedAt, capturedAt: s.capturedAt })),
    summary: {
      byType: count((d) => d.type),
      bySeverity: count((d) => d.severity),
      byStatus: count((d) => STATUS_LABELS[d.status as keyof typeof STATUS_LABELS] ?? d.status),
      total: all.length,
      shown: shown.length,
      rows: view.words.rows,
      discrepancies: view.words.discrepancies,
    },
    discrepancies: shown,
    editorSummary: comparison.editorSummary,
    noLongerDetected: view.noLongerDetected.map((o) => ({ type: o.type, quote: o.quote, status: STATUS_LABELS[o.status], assignee: o.assignee, notes: o.notes })),
    appendix:
      options.appendix && result
        ? view.rows.map(
            (row): ReportRow => ({
              number: row.number,
              cells: row.cells.map((cell, si) =>
                cell.sentences.length
                  ? cell.sentences.map((i, k) => ({ text: result.sources[si]?.sentences[i]?.text ?? "", alsoIn: (cell.alsoIn[k] ?? []).map((r) => r.number) }))
                  : null,
              ),
            }),
          )
        : null,
  };
}
