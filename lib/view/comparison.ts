import type { AnalysisResult, Discrepancy } from "@/lib/analysis/types";
import type { AnnotationView, EditorSummaryView } from "./decisions";

/**
 * What the views of a comparison (the page, the PDF, the exports) read: a comparison with its
 * analysis, discrepancies and decisions. lib/server's `ComparisonView` has this shape and more.
 */
export interface DiscrepancyInput extends Discrepancy {
  manual: boolean;
  annotation: AnnotationView | null;
}

export interface SourceInput {
  outlet: string;
  url: string | null;
  byline: string | null;
  dateline: string | null;
  headline: string | null;
  publishedAt: string | null;
  capturedAt: string;
}

export interface ComparisonInput {
  id: string;
  title: string;
  analysisStatus: string;
  engineVersion: string | null;
  sources: SourceInput[];
  result: AnalysisResult | null;
  discrepancies: DiscrepancyInput[];
  /** Decisions whose discrepancy the current analysis no longer finds. */
  orphans: AnnotationView[];
  editorSummary: EditorSummaryView | null;
}
