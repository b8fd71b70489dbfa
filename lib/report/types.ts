import { z } from "zod";
import { STATUSES } from "@/lib/server/annotations/types";

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
}

/** Everything a report shows, renderer-independent. */
export interface ReportData {
  title: string;
  generatedAt: string;
  generatedBy: string;
  engine: string | null;
  options: ReportOptions;
  sources: Array<{ outlet: string; url: string | null; byline: string | null; publishedAt: string | null; capturedAt: string }>;
  summary: { byType: Record<string, number>; bySeverity: Record<string, number>; byStatus: Record<string, number>; total: number; shown: number };
  discrepancies: ReportDiscrepancy[];
  /** Aligned text, row by row (optional appendix). */
  appendix: Array<Array<string | null>> | null;
}

/** A renderer turns report data into a file; swap one without touching the rest. */
export interface ReportRenderer {
  contentType: string;
  extension: string;
  render(data: ReportData): Promise<Uint8Array>;
}
