import { q, span, textOf, type Finding, type Side } from "../finding";
import { synonymous } from "../lexicon";
import type { Token } from "../nlp";
import { EQUIVALENT_PHRASES } from "../vocabulary";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * Other: whatever else changed in substance, when no typed rule found anything: at least
 * `minWords` content words on each side of one change that are neither the same lemma nor synonyms,
 * each side's changed words within `maxChars` characters. Low.
 */
export const OTHER_RULE = {
  type: "other",
  detects: "a passage worded differently in substance, when no typed rule applies",
  thresholds: { minWords: 2, maxChars: 80 },
  severity: { worded: "low" },
} as const satisfies RuleDescriptor;

const WORD = /[\p{L}\p{N}]/u;

/** Content words of a hunk, with newsroom equivalents ("press conference" = "news conference") folded. */
function contentOf(tokens: Token[]): Token[] {
  let text = tokens.map((t) => t.text).join(" ");
  for (const [pattern] of EQUIVALENT_PHRASES) text = text.replace(pattern, "");
  return tokens.filter((t) => text.includes(t.text) && WORD.test(t.text) && !t.stop && (t.pos === "NOUN" || t.pos === "VERB" || t.pos === "ADJ"));
}

/**
 * Whatever else changed in substance: at least two content words on each side
 * that are neither the same lemma nor synonyms. A one-word swap ("firm" for
 * "company") is wording, not a discrepancy; the typed rules catch the swaps that matter.
 */
export function other(a: Side, b: Side, context: RuleContext): Finding[] {
  for (const h of context.hunks) {
    const ca = contentOf(h.a);
    const cb = contentOf(h.b);
    const unexplained = (xs: Token[], ys: Token[]) => xs.filter((x) => !ys.some((y) => y.lemma === x.lemma || synonymous(x.lemma, y.lemma)));
    if (unexplained(ca, cb).length < OTHER_RULE.thresholds.minWords || unexplained(cb, ca).length < OTHER_RULE.thresholds.minWords) continue;
    const sa = { start: ca[0]?.start ?? 0, end: ca[ca.length - 1]?.end ?? 0 };
    const sb = { start: cb[0]?.start ?? 0, end: cb[cb.length - 1]?.end ?? 0 };
    if (sa.end - sa.start > OTHER_RULE.thresholds.maxChars || sb.end - sb.start > OTHER_RULE.thresholds.maxChars) continue;
    return [
      {
        type: OTHER_RULE.type,
        severity: OTHER_RULE.severity.worded,
        spans: [span(0, sa), span(1, sb)],
        explanation: `Worded differently: ${a.label} ${q(textOf(a, sa))}, ${b.label} ${q(textOf(b, sb))}.`,
      },
    ];
  }
  return [];
}
