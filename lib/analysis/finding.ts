import type { SentenceFeatures } from "./features";
import type { DiscrepancyType, Severity } from "./types";

/** What the classifier rules share: the two sides compared, and what they find. */
export interface Side {
  label: string;
  features: SentenceFeatures;
}

export interface LocalSpan {
  side: 0 | 1;
  start: number;
  end: number;
  /**
   * Words in another sentence of the side's article, not in the compared text: where a quotation is
   * attributed ("..., Jim Manley said in an e-mail." for a line of the quotation). They are found
   * there by their text; `start` and `end` are then unused.
   */
  elsewhere?: { sentence: number; text: string };
}

export interface Finding {
  type: DiscrepancyType;
  severity: Severity;
  spans: LocalSpan[];
  explanation: string;
  /**
   * The finding itself shows the sentences speak of one fact, whatever the link's probability
   * (`severity`): the differing values sit beside the same word in both sentences ("published
   * Saturday" / "published Sunday"), or one sentence withholds what the other gives, or both give
   * one victim's condition.
   */
  anchored?: boolean;
  /** The side whose words render the other side's quotation in its own words: they are no quotation. */
  paraphrasedBy?: 0 | 1;
}

/** Words in quotation marks; marks of their own at either end ("\"based on the Bible.\"") are not doubled. */
export const q = (text: string) => `“${text.replace(/^["“”]+|["“”]+$/g, "")}”`;

export function span(side: 0 | 1, m: { start: number; end: number }): LocalSpan {
  return { side, start: m.start, end: m.end };
}

/** Offsets from features index the typography-normalised text, which has the original's length. */
export function textOf(side: Side, s: { start: number; end: number }): string {
  return side.features.text.slice(s.start, s.end);
}
