import { wordDiff, type Hunk } from "./diff";
import { isRole } from "./features";
import { q, span, textOf, type Finding, type Side } from "./finding";
import { synonymous } from "./lexicon";
import { bareName } from "./names";
import type { Token } from "./nlp";
import {
  BODY_WORDS,
  COURTESY_MODIFIERS,
  EQUIVALENT_PHRASES,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SENIORITY_MODIFIERS,
  TEMPORAL_MODIFIERS,
} from "./vocabulary";
import { certainty } from "./rules/certainty";
import { attribution } from "./rules/attribution";
import { dates } from "./rules/dates";
import { hedge } from "./rules/hedge";
import { names } from "./rules/names";
import { negation } from "./rules/negation";
import { quotes } from "./rules/quotes";
import { numbers } from "./rules/numbers";

/**
 * Classification: the substantive differences between two aligned sentences (or
 * runs of sentences), each typed from the house vocabulary with a severity and a
 * one-sentence explanation. Pure style (synonyms, punctuation, "news conference"
 * for "press conference") yields nothing. Figures are compared in `figures`, names in `names`.
 */
const WORD = /[\p{L}\p{N}]/u;
/** Roles too vague to contradict a specific title ("official" for "ambassador"). */
const GENERIC_ROLES = new Set(["official", "officials", "leader", "member", "head", "officer", "executive", "chief"]);

export function classifyPair(a: Side, b: Side): Finding[] {
  const findings: Finding[] = [];
  const hunks = wordDiff(a.features.tokens, b.features.tokens);
  findings.push(...numbers(a, b));
  findings.push(...dates(a, b));
  findings.push(...quotes(a, b));
  findings.push(...attribution(a, b));
  findings.push(...titles(a, b, hunks));
  const phrased = certainty(a, b);
  const overlaps = (f: Finding) => phrased.some((p) => p.spans.some((x) => f.spans.some((y) => x.side === y.side && x.start < y.end && y.start < x.end)));
  // A phrase-level certainty finding ("confirmed" / "reportedly") replaces the word-level one on the same words.
  findings.push(...negation(a, b, { hunks }), ...hedge(a, b, { hunks }).filter((f) => !overlaps(f)), ...phrased);
  findings.push(...names(a, b, { hunks }));
  if (findings.length === 0) findings.push(...other(a, b, hunks));
  return findings;
}

/**
 * The words of a title among `tokens` (of the sentence `all`): role words ("ambassador",
 * "ex-president"), and modifiers ("former", "acting", "late", "designate") only when hyphenated
 * after a role word or followed by one within three words: "ambassador-designate", "former Enron
 * Chairman", not "late Thursday", "acting as a broker" or "former farmers".
 */
function roleTokens(tokens: Token[], all: Token[]): Token[] {
  const roleWord = (t: Token | undefined) => t !== undefined && t.lower.split("-").some((part) => ROLE_WORDS.has(part));
  return tokens.filter((t) => {
    if (!isRole(t.lower)) return false;
    const i = all.indexOf(t);
    // "the Justice Department", "the Defense Ministry": a body, not a title.
    if (BODY_WORDS.has(all[i + 1]?.lower ?? "")) return false;
    if (roleWord(t)) return true;
    if (i < 0) return false;
    // "ambassador-designate", "president-elect": the modifier hyphenated after the role.
    if (all[i - 1]?.text === "-" && roleWord(all[i - 2])) return true;
    return [1, 2, 3].some((k) => roleWord(all[i + k]));
  });
}

/** The role word a modifier belongs to: "ambassador" in "ambassador-designate" and in "acting ambassador". */
function modifierHead(all: Token[], modifier: Token): Token | undefined {
  const roleWord = (t: Token | undefined) => t !== undefined && t.lower.split("-").some((part) => ROLE_WORDS.has(part));
  const i = all.indexOf(modifier);
  if (i < 0) return undefined;
  if (all[i - 1]?.text === "-" && roleWord(all[i - 2])) return all[i - 2];
  return [1, 2, 3].map((k) => all[i + k]).find(roleWord);
}

/** The name right after a title ("President Barack Obama" -> ["barack", "obama"]), lower-cased; empty when none follows. */
function nameAfter(all: readonly Token[], role: Token): string[] {
  const i = all.indexOf(role);
  const names: string[] = [];
  for (let k = i + 1; k < all.length && k <= i + 5; k += 1) {
    const t = all[k];
    if (!t) break;
    if (t.pos === "PROPN" && !isRole(t.lower)) names.push(bareName(t.text));
    else if (names.length > 0 || !(t.text === "-" || ROLE_MODIFIERS.has(t.lower))) break;
  }
  return names;
}

/**
 * Who holds a title: the name right after it ("President Barack Obama"), or else the name just
 * before it in an appositive ("Michael J. Morell, then the deputy director").
 */
function holderOf(all: readonly Token[], role: Token): string[] {
  const after = nameAfter(all, role);
  if (after.length > 0) return after;
  const i = all.indexOf(role);
  const names: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const t = all[k];
    if (!t) break;
    if (t.pos === "PROPN" && !isRole(t.lower)) names.push(bareName(t.text));
    else if (names.length > 0 || !(t.pos === "DET" || t.pos === "ADV" || t.text === "," || ROLE_MODIFIERS.has(t.lower) || t.pos === "ADJ")) break;
  }
  return names;
}

/** Expand a role token over hyphenated modifiers: "ambassador" "-" "designate" -> one span. */
function roleSpan(all: Token[], token: Token): { start: number; end: number } {
  const i = all.indexOf(token);
  let start = token.start;
  let end = token.end;
  const next = all[i + 1];
  const after = all[i + 2];
  if (next?.text === "-" && after && ROLE_MODIFIERS.has(after.lower)) end = after.end;
  const prev = all[i - 1];
  const before = all[i - 2];
  if (prev?.text === "-" && before && (ROLE_MODIFIERS.has(before.lower) || isRole(before.lower))) start = before.start;
  return { start, end };
}

/** One key for a role's forms: "spokeswoman" = "spokesman" = "spokesperson", "vice-presidents" = "vice-president". */
export function roleKey(lemma: string): string {
  const parts = lemma.toLowerCase().split(/[-\s]+/);
  const last = parts[parts.length - 1] ?? "";
  if (last.endsWith("s") && ROLE_WORDS.has(last.slice(0, -1))) parts[parts.length - 1] = last.slice(0, -1);
  return parts
    .map((part) => {
      if (part === "chair") return "chairperson";
      // "ex-Vice President" is "former Vice President".
      if (part === "ex") return "former";
      const gendered = /^(spokes|chair|congress|business|council|ombuds|anchor|police|fire|sales)(?:man|woman|person|men|women|people)$/.exec(part);
      return gendered ? `${gendered[1] ?? ""}person` : part;
    })
    .join("-");
}

function titles(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  const out: Finding[] = [];
  // A role word the other sentence also has, anywhere, was moved or reworded around, not changed
  // ("Deputy Police Chief" vs "Police Deputy Chief").
  // A modifier's own word, not the tagger's lemma for it ("Vice" is lemmatised "vise").
  const word = (t: Token) => (ROLE_MODIFIERS.has(t.lower) ? t.lower : t.lemma);
  const rolesA = roleTokens(a.features.tokens, a.features.tokens).map((t) => roleKey(word(t)));
  const rolesB = roleTokens(b.features.tokens, b.features.tokens).map((t) => roleKey(word(t)));
  // ("ex-Vice President" holds "former" and "vice" for the other's "former Vice President".)
  const parts = (keys: string[]) => new Set(keys.flatMap((k) => [k, ...k.split("-")]));
  const [partsA, partsB] = [parts(rolesA), parts(rolesB)];
  const elsewhere = (lemma: string, other: string[]) =>
    roleKey(lemma)
      .split("-")
      .every((p) => (other === rolesA ? partsA : partsB).has(p)) || other.some((o) => o === roleKey(lemma) || synonymous(o, lemma));
  for (const h of hunks) {
    const ra = roleTokens(h.a, a.features.tokens).filter((t) => !elsewhere(word(t), rolesB) && !COURTESY_MODIFIERS.has(t.lower));
    const rb = roleTokens(h.b, b.features.tokens).filter((t) => !elsewhere(word(t), rolesA) && !COURTESY_MODIFIERS.has(t.lower));
    if (ra.length === 0 && rb.length === 0) continue;
    const keysA = new Set(ra.map((t) => roleKey(t.lemma)));
    const keysB = new Set(rb.map((t) => roleKey(t.lemma)));
    // A modifier changes the office only when both sentences name that office: "acting ambassador" for
    // "ambassador"; not "retired general" where the other says "Defense Secretary".
    // The office must be in the text both share (outside the change): "Vice President Pence" added
    // where the other sentence only has "President Trump" is a new title, not "Vice" added to one.
    // And it must be the same person's office: in a list, "former Vice President Biden" lined up with
    // "former President Clinton" is two people.
    const modifies = (t: Token, all: Token[], changed: Token[], other: Token[], otherRoles: string[]) => {
      if (!ROLE_MODIFIERS.has(t.lower)) return false;
      const head = modifierHead(all, t);
      if (head === undefined || changed.includes(head) || !elsewhere(head.lemma, otherRoles)) return false;
      const holder = holderOf(all, head);
      if (holder.length === 0) return true;
      const sameOffice = other.filter((o) => roleKey(o.lemma) === roleKey(head.lemma));
      return sameOffice.some((o) => {
        const otherHolder = holderOf(other, o);
        return otherHolder.length === 0 || otherHolder.some((n) => holder.includes(n));
      });
    };
    const changedModifiers = [
      ...ra.filter((t) => modifies(t, a.features.tokens, h.a, b.features.tokens, rolesB)),
      ...rb.filter((t) => modifies(t, b.features.tokens, h.b, a.features.tokens, rolesA)),
    ];
    const modifierChange = changedModifiers.length > 0;
    // Seniority alone ("senior adviser" for "adviser") is a nuance of one office.
    const seniorityOnly = modifierChange && changedModifiers.every((t) => SENIORITY_MODIFIERS.has(t.lower));
    // "Former" added: the same office told at another time (see TEMPORAL_MODIFIERS).
    const timeOnly = modifierChange && changedModifiers.every((t) => t.lower.split("-").some((part) => TEMPORAL_MODIFIERS.has(part)));
    const differentRoles = ra.length > 0 && rb.length > 0 && ![...keysA].some((k) => keysB.has(k) || [...keysB].some((j) => synonymous(k, j)));
    if (!modifierChange && !differentRoles) continue;
    const spans = [...ra.map((t) => span(0, roleSpan(a.features.tokens, t))), ...rb.map((t) => span(1, roleSpan(b.features.tokens, t)))];
    const ta = ra.length ? ra.map((t) => textOf(a, roleSpan(a.features.tokens, t))).join(" ") : null;
    const tb = rb.length ? rb.map((t) => textOf(b, roleSpan(b.features.tokens, t))).join(" ") : null;
    const vague = !modifierChange && [...ra, ...rb].some((t) => GENERIC_ROLES.has(t.lower));
    out.push({
      type: "title",
      // Two different role words may be two hats of one person ("congressman" and "Senate candidate"):
      // medium. A changed modifier of one office ("ambassador-designate") is the clear conflict: high.
      severity: vague || timeOnly ? "low" : seniorityOnly || !modifierChange ? "medium" : "high",
      spans,
      explanation:
        ta && tb
          ? `${a.label} has the title ${q(ta)}; ${b.label} has ${q(tb)}.`
          : `${ta ? a.label : b.label} adds ${q((ta ?? tb) as string)} to the title; ${ta ? b.label : a.label} does not.`,
    });
  }
  return out;
}

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
function other(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  for (const h of hunks) {
    const ca = contentOf(h.a);
    const cb = contentOf(h.b);
    const unexplained = (xs: Token[], ys: Token[]) => xs.filter((x) => !ys.some((y) => y.lemma === x.lemma || synonymous(x.lemma, y.lemma)));
    if (unexplained(ca, cb).length < 2 || unexplained(cb, ca).length < 2) continue;
    const sa = { start: ca[0]?.start ?? 0, end: ca[ca.length - 1]?.end ?? 0 };
    const sb = { start: cb[0]?.start ?? 0, end: cb[cb.length - 1]?.end ?? 0 };
    if (sa.end - sa.start > 80 || sb.end - sb.start > 80) continue;
    return [
      {
        type: "other",
        severity: "low",
        spans: [span(0, sa), span(1, sb)],
        explanation: `Worded differently: ${a.label} ${q(textOf(a, sa))}, ${b.label} ${q(textOf(b, sb))}.`,
      },
    ];
  }
  return [];
}
