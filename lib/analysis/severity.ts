import type { Severity } from "./types";

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
 */
export const SURE_LINK = 0.6;
export const CERTAIN_LINK = 0.75;
export const BACKGROUND = 0.67;
/** A link this sure, at least, keeps an anchored finding's severity below SURE_LINK. */
export const ANCHORED_LINK = 0.4;

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
