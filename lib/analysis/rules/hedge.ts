import type { Mention } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { CERTAINTY } from "../vocabulary";
import { changedMentions, type RuleContext, type RuleDescriptor } from "./rule";

/**
 * Hedges, word by word: a hedge ("may", "reportedly") among the changed words that the other side
 * does not have, set against the other side's words of certainty ("will", "confirmed") or plain
 * statement; a word of certainty against a plain statement is none. A real hedge against certainty
 * ("may cut" / "will cut", about the same predicate) is medium; a forecast worded two ways ("expected to", "likely" / "will") or any
 * other difference is low. Words inside names ("Theresa May") are not hedges (`features`), and words
 * inside quotations are the speaker's, compared by `quotes`. Where the
 * phrase-level rule (`certainty`) reads the same words, `classify` keeps its finding instead.
 */
export const HEDGE_RULE = {
  type: "hedge",
  detects: "a hedge or a word of certainty on one side only",
  severity: { hedgedAgainstCertain: "medium", otherWords: "low" },
} as const satisfies RuleDescriptor;

const WEAK_HEDGES = new Set(["expected", "likely", "probably", "believed"]);

export function hedge(a: Side, b: Side, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  // A hedge inside a quotation is the speaker's word, not the outlet's: quoted wording is `quotes`' to compare.
  const unquoted = (side: Side, ms: Mention[]) => ms.filter((m) => !side.features.quotes.some((q) => q.start <= m.start && m.end <= q.end));
  const ha = changedMentions(context, 0, unquoted(a, [...a.features.hedges, ...a.features.certainty]));
  const hb = changedMentions(context, 1, unquoted(b, [...b.features.hedges, ...b.features.certainty]));
  const hedgeKeys = (ms: Mention[]) => new Set(ms.map((m) => m.key));
  const ka = hedgeKeys(ha);
  const kb = hedgeKeys(hb);
  const diffA = ha.filter((m) => !kb.has(m.key));
  const diffB = hb.filter((m) => !ka.has(m.key));
  // Words of certainty alone are no difference: "will recognize" / "recognizes", "confirmed" / "said"
  // state the claim as surely; only a hedge on one side makes the other's certainty worth a look.
  const hedging = (ms: Mention[]) => ms.some((m) => !CERTAINTY.has(m.key));
  if (hedging(diffA) || hedging(diffB)) {
    // "Expected to" or "likely" against "will" is a forecast worded two ways: only a real hedge
    // ("may", "could", "reportedly") against certainty is a contrast.
    const hedged = (ms: Mention[]) => ms.some((m) => !CERTAINTY.has(m.key) && !WEAK_HEDGES.has(m.key));
    const certain = (ms: Mention[]) => ms.some((m) => CERTAINTY.has(m.key));
    // And only about the same predicate: "may cut" / "will cut", not "could trigger" / "will receive".
    const verbAfter = (side: Side, m: Mention) =>
      side.features.tokens
        .filter((t) => t.start >= m.end)
        .slice(0, 4)
        .find((t) => t.pos === "VERB")?.lemma;
    const samePredicate = (xs: Mention[], ys: Mention[], sx: Side, sy: Side) => {
      const verbs = new Set(ys.map((m) => verbAfter(sy, m)).filter(Boolean));
      return xs.some((m) => {
        const v = verbAfter(sx, m);
        return v !== undefined && verbs.has(v);
      });
    };
    const contrast =
      ((hedged(diffA) && certain(diffB)) || (certain(diffA) && hedged(diffB))) && samePredicate(diffA, diffB, a, b);
    const d = (label: string, ms: Mention[]) => (ms.length ? `${label} has ${ms.map((m) => q(m.text)).join(", ")}` : `${label} does not hedge`);
    out.push({
      type: HEDGE_RULE.type,
      severity: contrast ? HEDGE_RULE.severity.hedgedAgainstCertain : HEDGE_RULE.severity.otherWords,
      spans: [...diffA.map((m) => span(0, m)), ...diffB.map((m) => span(1, m))],
      explanation: `Certainty differs: ${d(a.label, diffA)}; ${d(b.label, diffB)}.`,
    });
  }
  return out;
}
