import { z } from "zod";
import { STATUSES } from "@/lib/view/decisions";

/** Export options, from the export dialog or the query string. */
export const ZReportOptions = z.object({
  statuses: z.array(z.enum(STATUSES)).default(["open", "confirmed", "follow_up"]),
  appendix: z.boolean().default(false),
  paper: z.enum(["A4", "LETTER"]).default("A4"),
});
export type ReportOptions = z.infer<typeof ZReportOptions>;

/** Query string -> options: `?status=confirmed&status=open&appendix=1&paper=LETTER`. */
export function reportOptionsFrom(params: URLSearchParams): ReportOptions {
  const statuses = params.getAll("status");
  return ZReportOptions.parse({
    statuses: statuses.length > 0 ? statuses : undefined,
    appendix: params.get("appendix") === "1" || params.get("appendix") === "true",
    paper: (params.get("paper") ?? "A4").toUpperCase(),
  });
}

export interface ReportSentence {
  outlet: string;
  text: string;
  /** Character ranges to mark (the discrepancy's words). */
  marks: Array<[number, number]>;
}

export interface ReportNote {
  author: string;
  at: string;
  text: string;
}

export interface ReportDiscrepancy {
  fingerprint: string;
  type: string;
  severity: string;
  status: string;
  assignee: string | null;
  explanation: string;
  manual: boolean;
  /** One entry per source that carries the sentence(s) involved. */
  sentences: ReportSentence[];
  /** Omissions: the outlets that do not carry the claim. */
  missingFrom: string[];
  words: string;
  notes: ReportNote[];
  /** The row it belongs to (its claim group's row; numbered as on the page and in the appendix). */
  row: number | null;
}

/** One sentence of an appendix row, with the other rows that show it too (it carries two claims). */
export interface ReportRowSentence {
  text: string;
  alsoIn: number[];
}

/** One row of the aligned text: a claim group, or a sentence only one source carries. */
export interface ReportRow {
  /** 1-based, as on the comparison page. */
  number: number;
  /** Per source: its sentences in this row, or null where the source does not carry the claim. */
  cells: Array<ReportRowSentence[] | null>;
}

/** Everything a report shows, renderer-independent. */
export interface ReportData {
  title: string;
  generatedAt: string;
  generatedBy: string;
  engine: string | null;
  options: ReportOptions;
  sources: Array<{ outlet: string; url: string | null; byline: string | null; publishedAt: string | null; capturedAt: string }>;
  summary: { byType: Record<string, number>; bySeverity: Record<string, number>; byStatus: Record<string, number>; total: number; shown: number; rows: string; discrepancies: string };
  discrepancies: ReportDiscrepancy[];
  /** The editor's conclusion, signed off (page 1), or null when nobody wrote one. */
  editorSummary: { text: string; signedOffBy: string | null; signedOffAt: string } | null;
  /** Decisions whose discrepancy the current analysis no longer finds. */
  noLongerDetected: Array<{ type: string; quote: string; status: string; assignee: string | null; notes: ReportNote[] }>;
  /** Aligned text, row by row (optional appendix); a sentence in two claim groups is in both rows. */
  appendix: ReportRow[] | null;
}

/** A renderer turns report data into a file; swap one without touching the rest. */
export interface ReportRenderer {
  contentType: string;
  extension: string;
  render(data: ReportData): Promise<Uint8Array>;
}
