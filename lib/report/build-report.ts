import { readingRows, rowOf } from "@/lib/view/rows";
import type { ComparisonView } from "@/lib/server/comparisons/get-comparison";
import { STATUS_LABELS } from "@/lib/server/annotations/types";
import type { ReportData, ReportDiscrepancy, ReportOptions, ReportRow } from "./types";

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Shape a comparison for a report: filter by status, order by severity, gather sentences and notes. Pure. */
export function buildReport(comparison: ComparisonView, options: ReportOptions, generatedBy: string, now = new Date()): ReportData {
  const result = comparison.result;
  const outlets = result?.sources.map((s) => s.label) ?? comparison.sources.map((s) => s.outlet);
  const rows = result ? readingRows(result) : [];
  const all: ReportDiscrepancy[] = comparison.discrepancies.map((d) => {
    const sources = [...new Set(d.spans.map((s) => s.source))];
    const sentences = sources.map((source) => {
      const spans = d.spans.filter((s) => s.source === source);
      const sentence = result?.sources[source]?.sentences[spans[0]?.sentence ?? 0];
      return {
        outlet: outlets[source] ?? "",
        text: sentence?.text ?? spans.map((s) => s.text).join(" "),
        marks: d.type === "omission" ? [] : spans.filter((s) => s.sentence === spans[0]?.sentence).map((s) => [s.start, s.end] as [number, number]),
      };
    });
    const status = d.annotation?.status ?? "open";
    return {
      fingerprint: d.fingerprint,
      type: d.type,
      severity: d.severity,
      status,
      assignee: d.annotation?.assignee?.name ?? null,
      explanation: d.explanation,
      manual: d.manual,
      sentences,
      missingFrom: d.type === "omission" ? outlets.filter((_, i) => !sources.includes(i)) : [],
      words: d.type === "omission" ? "" : d.spans.map((s) => `${outlets[s.source]}: “${s.text}”`).join(" · "),
      notes: (d.annotation?.events ?? []).filter((e) => e.kind === "note" || e.kind === "flag").map((e) => ({ author: e.actor ?? "someone", at: e.at, text: e.note ?? "" })),
      row: rowOf(rows, d)?.number ?? null,
    };
  });
  const count = (key: (d: ReportDiscrepancy) => string) => all.reduce<Record<string, number>>((acc, d) => ({ ...acc, [key(d)]: (acc[key(d)] ?? 0) + 1 }), {});
  const shown = all
    .filter((d) => (options.statuses as readonly string[]).includes(d.status))
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
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
    },
    discrepancies: shown,
    appendix:
      options.appendix && result
        ? rows.map(
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
