/**
 * What an editor decides about a discrepancy, as every view shows it (page, PDF, exports).
 * Plain data and words: lib/server stores and checks decisions, lib/view and lib/report show them.
 */
export const STATUSES = ["open", "confirmed", "dismissed", "follow_up"] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = { open: "open", confirmed: "confirmed", dismissed: "dismissed", follow_up: "needs follow-up" };

export interface AnnotationEventView {
  id: string;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
  actor: string | null;
  at: string;
}

export interface AnnotationView {
  fingerprint: string;
  status: Status;
  assignee: { id: string; name: string } | null;
  version: number;
  type: string;
  quote: string;
  /** History, oldest first. For an assignee change ("assign"), `from` and `to` are names ("nobody" for none). */
  events: AnnotationEventView[];
  /** How many older history entries `events` leaves out (a page carries only the latest few; the panel loads the rest). */
  earlier?: number;
}

/** The latest `keep` history entries of an annotation, counting the ones left out. */
export function latestEvents(annotation: AnnotationView, keep: number): AnnotationView {
  if (annotation.events.length <= keep) return annotation;
  return { ...annotation, events: annotation.events.slice(-keep), earlier: annotation.events.length - keep };
}

/** The editor's conclusion on a whole comparison, with who signed it off and when (shown on page 1 of the PDF). */
export interface EditorSummaryView {
  text: string;
  signedOffBy: string | null;
  signedOffAt: string;
}
