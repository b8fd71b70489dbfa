import type { AnalyzeOptions } from "@/lib/analysis";
import type { Discrepancy, SourceInput } from "@/lib/analysis/types";
import type { ExtractedArticle } from "@/lib/ingest/html";
import type { ReportData } from "@/lib/report/types";

/**
 * The jobs that run outside a request's event loop, on worker threads: what each takes and gives.
 * Inputs and outputs are plain data (they cross threads by structured clone).
 */
export interface JobMap {
  /** The engine on a comparison's sources. The result comes back as its JSON text (what is stored) plus the parts the server writes into rows. */
  analyze: {
    input: { sources: SourceInput[]; separate: NonNullable<AnalyzeOptions["separate"]>; join?: AnalyzeOptions["join"] };
    output: {
      json: string;
      engine: string;
      durationMs: number;
      discrepancies: Discrepancy[];
      sources: Array<{ title: string | null; byline: string | null; dateline: string | null }>;
    };
  };
  /**
   * The engine's limits that need the text read (sentences per source and in all, text left after
   * cleaning), checked before a comparison is saved: the first steps of an analysis, no alignment.
   */
  "precheck-analysis": { input: { sources: SourceInput[] }; output: { durationMs: number } };
  /** Readability over jsdom: a page -> its article. */
  "extract-html": { input: { html: string; url?: string }; output: ExtractedArticle };
  /** A report as a PDF. */
  "render-pdf": { input: { data: ReportData }; output: { pdf: Uint8Array } };
}

export type JobName = keyof JobMap;
export type JobInput<K extends JobName> = JobMap[K]["input"];
export type JobOutput<K extends JobName> = JobMap[K]["output"];

/** Messages between a server process and its job threads. */
export type ToWorker = { id: number; job: JobName; input: unknown };
export type FromWorker =
  | { ready: true }
  | { id: number; progress: number }
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };
