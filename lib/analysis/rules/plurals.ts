import { insideQuotation, type SentenceFeatures } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { concrete } from "../lexicon";
import type { Token } from "../nlp";
import type { RuleDescriptor } from "./rule";

/**
 * One or several: the same thing is one in one outlet and several in the other, and neither gives
 * a figure for it ("taken to hospitals in Billings" / "taken to a Billings hospital"; "police found
 * guns" / "police found a gun"), of a thing one can count. The one is marked ("a", "an", "a single", "another"), the
 * several is the plural of the same word heading its phrase; a figure ("two hospitals") is the
 * numbers rule's, "one of the hospitals" says one too, and a word the one side also uses in the
 * plural, or the other also marks as one ("a gun … the guns"), is not counted differently. Low: "a" may mean any one of several.
 */
export const PLURALS_RULE = {
  type: "number",
  detects: "one thing in one outlet and several of it in the other, with no figure for either",
  thresholds: {
    /** Words between the article and the noun it marks ("a Billings hospital", "a small rural hospital"). */
    modifierReach: 3,
  },
  severity: { oneOrSeveral: "low" },
} as const satisfies RuleDescriptor;

const { thresholds: T, severity: S } = PLURALS_RULE;

/** Words that say one of something ("one" is a figure: the numbers rule's). */
const ONE = new Set(["a", "an", "single", "another"]);
/** Before a plural, words that count it or pick one of it: the plural is not "several" there. */
const COUNTING = new Set(["of", "both", "each", "every", "two", "three", "several", "many", "few", "some", "all", "multiple", "numerous", "dozens", "hundreds"]);
/** People counted loosely, or as the audience of what was said ("told reporters" / "told a reporter"). */
const NOT_COUNTED = new Set(["people", "police", "reporter", "journalist", "official", "source"]);

/** A thing, place, person or animal one can count (`lexicon.concrete`), not an act, a state or an idea ("took steps" / "a step"). */
const counts = (lemma: string) => !NOT_COUNTED.has(lemma) && concrete(lemma);

interface Mention {
  lemma: string;
  start: number;
  end: number;
  /** The verb or preposition the phrase follows ("transported to", "found"), lemma; "" when none. */
  after: string;
}

/** The verb or preposition right before token k's phrase, which says what the phrase is in the claim. */
function governor(tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  return t && (t.pos === "VERB" || t.pos === "ADP") ? t.lemma : "";
}

/** A noun heading its phrase: no noun right after it ("a hospital spokesman" is about the spokesman). */
function heads(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && t.pos === "NOUN" && !(next && (next.pos === "NOUN" || next.pos === "PROPN" || next.text === "-"));
}

function isPlural(t: Token): boolean {
  return t.lower !== t.lemma && t.lower.endsWith("s") && !t.lemma.endsWith("s");
}

/** Nouns the sentence marks as one ("a Billings hospital"): from the marker to the noun. */
function ones(f: SentenceFeatures): Mention[] {
  const out: Mention[] = [];
  f.tokens.forEach((t, i) => {
    if (!heads(f.tokens, i) || isPlural(t) || !counts(t.lemma) || insideQuotation(f, t)) return;
    for (let k = i - 1; k >= 0 && k >= i - 1 - T.modifierReach; k -= 1) {
      const before = f.tokens[k];
      if (!before) break;
      if (ONE.has(before.lower)) {
        // "a single vehicle": the mark starts at "a".
        const aSingle = before.lower === "single" && f.tokens[k - 1]?.lower === "a";
        const from = aSingle ? k - 1 : k;
        out.push({ lemma: t.lemma, start: f.tokens[from]?.start ?? before.start, end: t.end, after: governor(f.tokens, from - 1) });
        return;
      }
      if (before.pos !== "ADJ" && before.pos !== "PROPN" && before.pos !== "NOUN" && before.pos !== "NUM") return;
    }
  });
  return out;
}

/** Plural nouns heading their phrase and counted by nothing ("hospitals", "the guns"). */
function several(f: SentenceFeatures): Mention[] {
  const out: Mention[] = [];
  f.tokens.forEach((t, i) => {
    if (!heads(f.tokens, i) || !isPlural(t) || !counts(t.lemma) || insideQuotation(f, t)) return;
    let k = i - 1;
    for (; k >= 0 && k >= i - 1 - T.modifierReach; k -= 1) {
      const before = f.tokens[k];
      if (!before || before.pos === "NUM" || COUNTING.has(before.lower)) return;
      if (before.pos !== "ADJ" && before.pos !== "PROPN" && before.pos !== "NOUN" && before.lower !== "the") break;
    }
    out.push({ lemma: t.lemma, start: t.start, end: t.end, after: governor(f.tokens, k) });
  });
  return out;
}

export function plurals(a: Side, b: Side): Finding[] {
  const forms = (f: SentenceFeatures) => ({
    one: ones(f),
    several: several(f),
    plural: new Set(f.tokens.filter((t) => t.pos === "NOUN" && isPlural(t)).map((t) => t.lemma)),
  });
  const [fa, fb] = [forms(a.features), forms(b.features)];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [x, y, xi] of [
    [fa, fb, 0],
    [fb, fa, 1],
  ] as const) {
    for (const one of x.one) {
      if (x.plural.has(one.lemma) || y.one.some((m) => m.lemma === one.lemma)) continue;
      // In the same place in the claim: after the same verb or preposition ("transported to").
      const many = y.several.find((m) => m.lemma === one.lemma && m.after !== "" && m.after === one.after);
      if (!many || seen.has(one.lemma)) continue;
      seen.add(one.lemma);
      const [sideOne, sideMany] = xi === 0 ? [a, b] : [b, a];
      out.push({
        type: PLURALS_RULE.type,
        severity: S.oneOrSeveral,
        spans: xi === 0 ? [span(0, one), span(1, many)] : [span(0, many), span(1, one)],
        explanation: `${sideOne.label} says one (${q(textOf(sideOne, one))}); ${sideMany.label} says several (${q(textOf(sideMany, many))}): ${q(one.lemma)}.`,
      });
    }
  }
  return out;
}
