import type { DiscrepancyType, Severity } from "./types";

/**
 * Severity of a finding inside a claim group, from two things kept apart:
 *
 * - how sure the engine is that the two sentences state the same fact differently: the rule's own
 *   severity (how clearly the values differ) and the link between the sentences (how sure it is
 *   that they carry the same claim). A finding on a link below SURE_LINK is one level lower: two
 *   sentences that may be different statements do not contradict each other for certain, unless
 *   the finding itself shows one fact (its values beside the same word, a fact withheld and
 *   given, a victim's condition: `anchored`); and a
 *   high finding needs a link of at least CERTAIN_LINK;
 * - how much the fact matters: a claim that both outlets report only in the last part of their
 *   articles (past BACKGROUND) is background there, and a high finding on it is medium.
 *
 * A high flag is then one a desk editor would act on.
 *
 * Below DOUBTFUL_LINK a finding about how a claim is told (who says it and with which title,
 * affirmed or denied: `TOLD`) is no finding at all, unless it or another finding between the same
 * sentences shows one fact by itself (`anchored`): two sentences that may be two statements differ in
 * exactly these (one speaker's remark and another's, "urged him not to" / "decided to"). Read on real
 * coverage no one tuned for (BASIL, 2026-12-07): none of 10 such findings was a discrepancy. (A
 * quotation's wording is compared on such links: the sentence that attributes a quotation links to
 * the one that gives a line of it at just LINK_THRESHOLD.)
 */
export const SURE_LINK = 0.6;
export const CERTAIN_LINK = 0.75;
export const BACKGROUND = 0.67;
/** A link this sure, at least, keeps an anchored finding's severity below SURE_LINK. */
export const ANCHORED_LINK = 0.4;
/** Below this link a finding of a `TOLD` type stands only when anchored (`stands`). */
export const DOUBTFUL_LINK = 0.5;
const TOLD: ReadonlySet<DiscrepancyType> = new Set<DiscrepancyType>(["attribution", "title", "negation"]);

/** Whether a finding of `type` is shown at all on the link `certainty` gives, `anchored` when a finding between the two sentences shows one fact by itself (see DOUBTFUL_LINK). */
export function stands(type: DiscrepancyType, certainty: Pick<Certainty, "link" | "anchored">): boolean {
  return !TOLD.has(type) || certainty.link >= DOUBTFUL_LINK || (certainty.anchored === true && certainty.link >= ANCHORED_LINK);
}

const LOWER: Record<Severity, Severity> = { high: "medium", medium: "low", low: "low" };

/** Severities in the order a desk reads them: high first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

export interface Certainty {
  /** Probability of the strongest link between the two members. */
  link: number;
  /** Relative position (0 first sentence, 1 last) of the earlier of the two members. */
  position: number;
  /** The finding itself shows one fact (`Finding.anchored`). */
  anchored?: boolean;
}

export function calibrate(severity: Severity, certainty: Certainty): Severity {
  let out = severity;
  if (certainty.link < SURE_LINK && !(certainty.anchored && certainty.link >= ANCHORED_LINK)) out = LOWER[out];
  else if (certainty.link < CERTAIN_LINK && out === "high") out = "medium";
  if (certainty.position > BACKGROUND && out === "high") out = "medium";
  return out;
}
