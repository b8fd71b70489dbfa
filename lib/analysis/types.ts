/**
 * Public types of the Parallax analysis engine. Everything here is plain data:
 * JSON-serialisable, stable in meaning across engine versions of one major.
 */

export const DISCREPANCY_TYPES = [
  "title",
  "number",
  "date",
  "quote",
  "attribution",
  "entity",
  "negation",
  "hedge",
  "omission",
  "other",
] as const;
export type DiscrepancyType = (typeof DISCREPANCY_TYPES)[number];

export const SEVERITIES = ["high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Why the cleaner took a line out of the compared text. */
export type DiscardReason =
  | "advertisement"
  | "navigation"
  | "caption"
  | "duplicate"
  | "fragment"
  | "teaser"
  | "byline"
  | "sign-off"
  | "data-sheet"
  | "author-bio"
  | "unrelated"
  | "headline"
  | "user";

/** One source as given to the engine (text already extracted from HTML if needed). */
export interface SourceInput {
  /** Outlet name or file name: used in explanations ("UPI calls him …"). */
  label: string;
  /** The article text: a paste (junk and all) or text extracted from HTML. */
  text: string;
  /** Metadata known from elsewhere (HTML extraction); the cleaner fills the gaps. */
  title?: string | null;
  byline?: string | null;
  /** Lines (exact text, after trimming) the user wants kept although the cleaner discards them. */
  restore?: readonly string[];
  /** Lines or sentences (exact text) the user wants left out of the comparison. */
  discard?: readonly string[];
}

export interface DiscardedLine {
  text: string;
  reason: DiscardReason;
  /** 0-based line number in the input text. */
  line: number;
}

export interface Sentence {
  index: number;
  text: string;
  /** Character offsets into the source's cleaned text. */
  start: number;
  end: number;
  /** 0-based paragraph number in the cleaned text. */
  paragraph: number;
}

export interface AnalyzedSource {
  label: string;
  title: string | null;
  byline: string | null;
  dateline: string | null;
  /** The text that was compared: kept paragraphs separated by blank lines. */
  text: string;
  sentences: Sentence[];
  discarded: DiscardedLine[];
}

export interface ClaimGroupMember {
  source: number;
  sentences: number[];
  /** Character ranges in the member's (joined) sentence text that differ from the other members. */
  changed: Array<[number, number]>;
}

export interface ClaimGroup {
  id: number;
  /** Mean pairwise similarity of the aligned sentences, in [0, 1]. */
  similarity: number;
  members: ClaimGroupMember[];
}

export interface Span {
  source: number;
  sentence: number;
  text: string;
  /** Character offsets of `text` inside that sentence's text. */
  start: number;
  end: number;
}

export interface Discrepancy {
  id: number;
  type: DiscrepancyType;
  severity: Severity;
  /** The claim group it was found in; null for omissions and entity-level discrepancies. */
  claimGroup: number | null;
  /** "claim": inside one claim group; "entity": how a person is described across the articles; "omission". */
  scope: "claim" | "entity" | "omission";
  spans: Span[];
  explanation: string;
  /** Stable across re-analyses: hash of type and the quoted words per source label. */
  fingerprint: string;
}

export interface AnalysisResult {
  engine: string;
  sources: AnalyzedSource[];
  claimGroups: ClaimGroup[];
  discrepancies: Discrepancy[];
}
