import { ALIGN_THRESHOLD } from "./align";
import { classifyPair } from "./classify";
import { extractFeatures } from "./features";
import { sameFactsProbability } from "./paraphrase";
import { overlap } from "./similarity";

export interface PairVerdict {
  /** Graded similarity in [0, 1]. */
  similarity: number;
  /** The engine would put the two sentences in one claim group. */
  aligned: boolean;
  /** Aligned, and no discrepancy of medium or high severity: they state the same facts. */
  equivalent: boolean;
}

/**
 * Stating the same facts needs more than carrying the same claim: aligned sentences where one
 * adds or drops material (the same-facts model's probability below this) are not equivalent.
 */
export const SAME_FACTS_THRESHOLD = 0.5;

/** The same-claim decision for one sentence pair, as the aligner and classifier make it. */
export function analyzePair(first: string, second: string): PairVerdict {
  const a = extractFeatures(first);
  const b = extractFeatures(second);
  const o = overlap(a, b);
  const sim = o.similarity;
  const aligned = sim >= ALIGN_THRESHOLD;
  const sameFacts = aligned && sameFactsProbability(a, b, o) >= SAME_FACTS_THRESHOLD;
  const serious = sameFacts
    ? classifyPair({ label: "first", features: a }, { label: "second", features: b }).some((f) => f.severity !== "low")
    : true;
  return { similarity: Math.round(sim * 10000) / 10000, aligned, equivalent: sameFacts && !serious };
}
