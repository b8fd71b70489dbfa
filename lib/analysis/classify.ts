import { wordDiff, type Hunk } from "./diff";
import { isRole, type Mention, type NumberMention, type SentenceFeatures } from "./features";
import { kindOf, rarity, synonymous } from "./lexicon";
import { similarity } from "./similarity";
import type { Token } from "./nlp";
import type { DiscrepancyType, Severity } from "./types";
import {
  BODY_WORDS,
  CERTAINTY,
  COUNTED_EQUIVALENTS,
  COURTESY_MODIFIERS,
  EQUIVALENT_PHRASES,
  GENERIC_AGENTS,
  HONORIFICS,
  NAME_ALIASES,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SENIORITY_MODIFIERS,
} from "./vocabulary";
import { quoteUnits, type QuoteUnit } from "./wording";

/**
 * Classification: the substantive differences between two aligned sentences (or
 * runs of sentences), each typed from the house vocabulary with a severity and a
 * one-sentence explanation. Pure style (synonyms, punctuation, "news conference"
 * for "press conference") yields nothing.
 */
export interface Side {
  label: string;
  features: SentenceFeatures;
}

export interface LocalSpan {
  side: 0 | 1;
  start: number;
  end: number;
}

export interface Finding {
  type: DiscrepancyType;
  severity: Severity;
  spans: LocalSpan[];
  explanation: string;
}

const WORD = /[\p{L}\p{N}]/u;
/** Words that negate without "not": their presence means the other sentence negates too. */
const IMPLICIT_NEGATIONS = new Set([
  "fail", "failure", "refuse", "refusal", "deny", "denial", "decline", "reject", "lack", "without", "unable", "inability",
  "absence", "neither", "avoid", "never", "rarely", "seldom", "hardly", "barely", "scarcely", "unless",
]);
/** Below this similarity, a negation on one side only is not read as contradicting the other. */
const NEGATION_SIMILARITY = 0.45;
const WEAK_HEDGES = new Set(["expected", "likely", "probably", "believed"]);
const STANCES = new Set(["neutral", "assertive", "confirm", "deny"]);
/** Roles too vague to contradict a specific title ("official" for "ambassador"). */
const GENERIC_ROLES = new Set(["official", "officials", "leader", "member", "head", "officer", "executive", "chief"]);
const q = (text: string) => `“${text}”`;

function span(side: 0 | 1, m: { start: number; end: number }): LocalSpan {
  return { side, start: m.start, end: m.end };
}

/** Offsets from features index the typography-normalised text, which has the original's length. */
function textOf(side: Side, s: { start: number; end: number }): string {
  return side.features.text.slice(s.start, s.end);
}

export function classifyPair(a: Side, b: Side): Finding[] {
  const findings: Finding[] = [];
  const hunks = wordDiff(a.features.tokens, b.features.tokens);
  findings.push(...numbers(a, b));
  findings.push(...dates(a, b));
  findings.push(...quotes(a, b));
  findings.push(...attribution(a, b));
  findings.push(...titles(a, b, hunks));
  findings.push(...polarity(a, b, hunks));
  findings.push(...entities(a, b, hunks));
  if (findings.length === 0) findings.push(...other(a, b, hunks));
  return findings;
}

function numbers(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const na = a.features.numbers;
  const nb = b.features.numbers;
  const usedB = new Set<number>();
  const unmatchedA: typeof na = [];
  for (const x of na) {
    const j = nb.findIndex((y, k) => !usedB.has(k) && y.value === x.value);
    const y = nb[j];
    if (j === -1 || !y) {
      unmatchedA.push(x);
      continue;
    }
    usedB.add(j);
    const relation = counted(x, y);
    if (relation === "different") {
      out.push({
        type: "number",
        severity: "high",
        spans: [span(0, x), span(1, y)],
        explanation: `${a.label} says ${q(x.text)}; ${b.label} says ${q(y.text)}: the same figure counts different things.`,
      });
    } else if (relation === "kind") {
      out.push({
        type: "number",
        severity: "low",
        spans: [span(0, x), span(1, y)],
        explanation: `${a.label} says ${q(x.text)}; ${b.label} says ${q(y.text)}: one names what is counted more generally.`,
      });
    }
  }
  const unmatchedB = nb.filter((_, k) => !usedB.has(k));
  // Two unmatched figures conflict when they count the same thing (or neither says what it counts),
  // and a year only with a year.
  // Figures that say nothing of what they count pair only within a factor of ten of each other:
  // "2.5" and "1,672.22" are two different figures, not one figure given two ways.
  const comparable = (x: NumberMention, y: NumberMention) => {
    if (x.unit !== null || y.unit !== null) return true;
    const [p, r] = [numericValue(x.value), numericValue(y.value)];
    return !Number.isFinite(p) || !Number.isFinite(r) || p === 0 || r === 0 || Math.abs(Math.log10(Math.abs(p) / Math.abs(r))) <= 1;
  };
  const sameThing = (x: NumberMention, y: NumberMention) =>
    YEAR.test(x.value) === YEAR.test(y.value) && ((x.unit === y.unit && x.unit !== "age") || ["same", "kind"].includes(counted(x, y))) && comparable(x, y);
  const pairs: Array<[NumberMention, NumberMention]> = [];
  const leftB = [...unmatchedB];
  const leftA: NumberMention[] = [];
  for (const x of unmatchedA) {
    const k = leftB.findIndex((y) => sameThing(x, y));
    const y = leftB[k];
    if (y) {
      pairs.push([x, y]);
      leftB.splice(k, 1);
    } else leftA.push(x);
  }
  for (const [x, y] of pairs) {
    // One figure rounded from the other (1.23 and 1.2), or figures within 5% ($9.99 and $9.95, 1,500
    // and 1,520: an update), are worth a look, not a conflict; an age, or a small whole count (23 and
    // 24 dead), is exact.
    const approximate = Math.max(Math.abs(numericValue(x.value)), Math.abs(numericValue(y.value))) >= 100 || /\./.test(x.value + y.value);
    const close = x.unit !== "age" && (rounded(x.value, y.value) || (approximate && relativeGap(x.value, y.value) <= 0.05));
    out.push({
      type: "number",
      severity: close ? "low" : "high",
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} gives ${q(x.text)}; ${b.label} gives ${q(y.text)}${close ? " (close: rounding or an update?)" : ""}.`,
    });
  }
  for (const [side, list, label, other] of [[0, leftA, a.label, b.label], [1, leftB, b.label, a.label]] as const) {
    if (list.length === 0) continue;
    out.push({
      type: "number",
      severity: "low",
      spans: list.map((x) => span(side, x)),
      explanation: `Only ${label} gives the figure ${list.map((x) => q(x.text)).join(", ")}; ${other} does not.`,
    });
  }
  return out;
}

const YEAR = /^(1[89]|20)\d{2}$/;

/**
 * How the things two figures count relate: the same (one word, synonyms, a noun the two compounds
 * share, a word and its shortening: "chipset"/"chip", "web site"/"website"), one a kind of the
 * other ("infants"/"children"), different, or unknown when either does not say.
 */
function counted(x: NumberMention, y: NumberMention): "same" | "kind" | "different" | "unknown" {
  if (!x.unit || !y.unit) return "unknown";
  // Ages compare only for the same person: "a 4-year-old boy" and "a 1-year-old brother" are two children.
  if (x.unit === "age" || y.unit === "age") return x.unit === y.unit && x.nouns.some((n) => y.nouns.includes(n)) ? "same" : "unknown";
  if (x.unit === y.unit || synonymous(x.unit, y.unit)) return "same";
  const equivalent = (u: string) => COUNTED_EQUIVALENTS.get(u) ?? u;
  if (equivalent(x.unit) === equivalent(y.unit)) return "same";
  if (x.nouns.some((n) => y.nouns.includes(n))) return "same";
  if (x.nouns.join("") === y.nouns.join("")) return "same";
  const [short, long] = x.unit.length <= y.unit.length ? [x.unit, y.unit] : [y.unit, x.unit];
  if (short.length >= 4 && long.startsWith(short)) return "same";
  return kindOf(x.unit, y.unit) ? "kind" : "different";
}

/** A normalised figure as a number ("2.5 1e6" -> 2500000, "12%" -> 12); NaN for "hundreds". */
function numericValue(v: string): number {
  const m = /^(-?\d+(?:\.\d+)?)(?:\s+(1e\d+))?%?$/.exec(v);
  return m ? Number(m[1]) * (m[2] ? Number(m[2]) : 1) : NaN;
}

/** One figure is the other rounded to fewer decimals: "1.23" and "1.2", "3.01" and "3". */
function rounded(x: string, y: string): boolean {
  const decimals = (v: string) => /\.(\d+)/.exec(v)?.[1]?.length ?? 0;
  const [p, r] = [numericValue(x), numericValue(y)];
  if (!Number.isFinite(p) || !Number.isFinite(r)) return false;
  const [fine, coarse, places] = decimals(x) > decimals(y) ? [p, r, decimals(y)] : [r, p, decimals(x)];
  if (decimals(x) === decimals(y)) return false;
  const factor = 10 ** places;
  return Math.round(fine * factor) / factor === coarse;
}

/** |x - y| / max(|x|, |y|) for numeric values; 1 when either is not a plain number. */
function relativeGap(x: string, y: string): number {
  const [p, r] = [numericValue(x), numericValue(y)];
  if (!Number.isFinite(p) || !Number.isFinite(r) || Math.max(Math.abs(p), Math.abs(r)) === 0) return 1;
  return Math.abs(p - r) / Math.max(Math.abs(p), Math.abs(r));
}

function unmatched(xs: Mention[], ys: Mention[]): Mention[] {
  return xs.filter((x) => !ys.some((y) => y.key === x.key));
}

const RELATIVE_DATE = /\b(yesterday|today|tonight|tomorrow|last|next|this|earlier|later)\b/i;

function dateWords(m: Mention): string[] {
  // "Nov. 11" and "November 11" agree: month and weekday names compare by their first three letters.
  return m.key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !["on", "the", "morning", "afternoon", "evening", "night"].includes(w))
    .map((w) => (/^\p{L}+$/u.test(w) ? w.slice(0, 3) : w));
}

/** What a date names: a weekday, a calendar day, a month, a year or a time of day. */
function dateKind(m: Mention): string {
  const t = m.text.toLowerCase();
  if (/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(t)) return "weekday";
  if (/\d{1,2}(?::\d{2})?\s*(a\.m\.|p\.m\.|am|pm)\b/.test(t)) return "time";
  if (/\b(19|20)\d{2}\b/.test(t) && !/[a-z]{3}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[a-z]{3}/.test(t)) return "year";
  if (/\d/.test(t)) return "day";
  return "month";
}

function dates(a: Side, b: Side): Finding[] {
  // "Monday" and "Monday night" agree; only dates sharing no word conflict.
  // They share a word, and no number (a day, a year) of one contradicts the other's.
  const numbers = (words: string[]) => words.filter((w) => /^\d/.test(w));
  const agree = (x: Mention, y: Mention) => {
    const [wx, wy] = [dateWords(x), dateWords(y)];
    const [nx, ny] = [numbers(wx), numbers(wy)];
    const numbersClash = nx.length > 0 && ny.length > 0 && !nx.some((n) => ny.includes(n));
    return wx.some((w) => wy.includes(w)) && !numbersClash;
  };
  const agrees = (x: Mention, ys: Mention[]) => ys.some((y) => agree(x, y));
  const da = a.features.dates.filter((x) => !agrees(x, b.features.dates));
  const db = b.features.dates.filter((y) => !agrees(y, a.features.dates));
  if (da.length === 0 || db.length === 0) return [];
  // "yesterday" against "Tuesday" may be the same day, and so may "Thursday" against "July 10" or
  // "in 1947" against "21 April": worth a look. Two dates of one kind that differ conflict.
  const relative = [...da, ...db].some((m) => RELATIVE_DATE.test(m.text));
  const conflict = da.some((x) => db.some((y) => dateKind(x) === dateKind(y)));
  return [
    {
      type: "date",
      severity: relative || !conflict ? "low" : "medium",
      spans: [...da.map((x) => span(0, x)), ...db.map((y) => span(1, y))],
      explanation: `${a.label} dates it ${da.map((x) => q(x.text)).join(", ")}; ${b.label} says ${db.map((y) => q(y.text)).join(", ")}.`,
    },
  ];
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
}

function jaccard(x: string[], y: string[]): number {
  const sx = new Set(x);
  const sy = new Set(y);
  let inter = 0;
  for (const w of sx) if (sy.has(w)) inter += 1;
  return inter / Math.max(1, sx.size + sy.size - inter);
}

/** The shortest window of `side` covering the content words it shares with `quote`, within one clause. */
function paraphraseSpan(side: Side, quote: string): { start: number; end: number } | null {
  const target = new Set(words(quote).map((w) => w.replace(/'s$/, "")));
  const tokens = side.features.tokens.filter((t) => WORD.test(t.text));
  const hits = tokens.filter((t) => !t.stop && (target.has(t.lower) || target.has(t.lemma)));
  if (hits.length < 2) return null;
  // The densest run of hits no more than 12 tokens long.
  let best: { start: number; end: number; count: number } | null = null;
  for (let i = 0; i < hits.length; i += 1) {
    const first = hits[i];
    if (!first) continue;
    for (let j = i; j < hits.length; j += 1) {
      const last = hits[j];
      if (!last) continue;
      const span = tokens.filter((t) => t.start >= first.start && t.end <= last.end).length;
      if (span > 12) break;
      const count = j - i + 1;
      if (!best || count > best.count) best = { start: first.start, end: last.end, count };
    }
  }
  if (!best) return null;
  // Extend over the verb or adjective that completes the clause ("must be respected").
  const after = side.features.tokens.filter((t) => t.start >= best.end).slice(0, 3);
  let end = best.end;
  for (const t of after) {
    if (t.pos === "AUX" || t.pos === "VERB" || t.pos === "ADJ" || t.pos === "PART") end = t.end;
    else break;
  }
  const before = side.features.tokens.filter((t) => t.end <= best.start).slice(-1)[0];
  const start = before && before.pos === "PROPN" ? before.start : best.start;
  return { start, end };
}

function quotes(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const units = [quoteUnits(a.features), quoteUnits(b.features)] as const;
  const reported = new Set<string>();
  for (const sideIndex of [0, 1] as const) {
    const otherSide = sideIndex === 0 ? 1 : 0;
    const self = sideIndex === 0 ? a : b;
    const other = sideIndex === 0 ? b : a;
    for (const quote of units[sideIndex]) {
      const qw = longWords(quote);
      if (qw.length < 3) continue;
      let bestScore = 0;
      let best: QuoteUnit | null = null;
      for (const o of units[otherSide]) {
        const score = jaccard(qw, longWords(o));
        if (score > bestScore && sameQuotation(quote, o)) {
          bestScore = score;
          best = o;
        }
      }
      if (best && bestScore >= 0.25) {
        const [first, second] = sideIndex === 0 ? [quote, best] : [best, quote];
        const key = `${first.start}|${second.start}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const severity = quoteSeverity(first, second, bestScore);
        if (severity === null) continue;
        out.push({
          type: "quote",
          severity,
          spans: [...first.parts.map((p) => span(0, p)), ...second.parts.map((p) => span(1, p))],
          explanation: `The quotation differs: ${a.label} has ${q(bare(first.text))}, ${b.label} has ${q(bare(second.text))}.`,
        });
        continue;
      }
      // No matching quotation on the other side: a paraphrase, if the other side says much the same words.
      const otherWords = new Set(words(other.features.text));
      const content = qw.filter((w) => w.length > 3);
      const present = content.filter((w) => otherWords.has(w)).length;
      if (content.length >= 2 && present / content.length >= 0.3) {
        const para = paraphraseSpan(other, quote.text);
        const spans = quote.parts.map((p) => span(sideIndex, p));
        if (para) spans.push(span(otherSide, para));
        const paraText = para ? q(other.features.text.slice(para.start, para.end)) : "it";
        out.push({
          type: "quote",
          severity: "low",
          spans: spans.sort((x, y) => x.side - y.side),
          explanation: `${self.label} quotes ${q(bare(quote.text))}; ${other.label} paraphrases it as ${paraText}.`,
        });
      }
    }
  }
  return out;
}

/** Share of the shorter list's words found in the longer one. */
function containment(x: readonly string[], y: readonly string[]): number {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.filter((w) => longer.includes(w)).length / Math.max(1, shorter.length);
}

/**
 * Two quotations are one quotation worded two ways when they share their content words, or one
 * holds nearly all of the other's: not two different remarks by one speaker that happen to share
 * "the United States of America".
 */
function sameQuotation(x: QuoteUnit, y: QuoteUnit): boolean {
  // Shared content words weighted by rarity: "sovereignty" says more than "United States".
  const weight = (words: Iterable<string>) => [...words].reduce((sum, w) => sum + rarity(w), 0);
  const [cx, cy] = [new Set(x.content), new Set(y.content)];
  const shared = weight([...cx].filter((w) => cy.has(w)));
  const union = weight(new Set([...cx, ...cy]));
  if (union > 0 && shared / union >= 0.3) return true;
  return Math.min(x.content.length, y.content.length) >= 2 && containment(x.content, y.content) >= 0.9;
}

/** Quoted words without the punctuation that closes them ("agenda." -> "agenda"). */
const bare = (text: string) => text.trim().replace(/[\s.,;:]+$/, "");
const longWords = (u: QuoteUnit) => u.words.filter((w) => w.length > 2);

/**
 * null when the two quotations are worded alike (typography, contractions, spelling); low when
 * one is an excerpt of the other or only function words and word forms differ ("has chosen" for
 * "chose"); otherwise medium or high by how many words they share.
 */
function quoteSeverity(x: QuoteUnit, y: QuoteUnit, shared: number): Severity | null {
  // Only spacing differs: "rearview"/"rear view", "well-known"/"well known".
  if (x.words.join("") === y.words.join("")) return null;
  // An excerpt of the other (its words, or its content words, nearly all there).
  if (containment(x.words, y.words) >= 0.9 || (Math.min(x.content.length, y.content.length) >= 1 && containment(x.content, y.content) >= 0.9)) return "low";
  if ([...x.content].sort().join(" ") === [...y.content].sort().join(" ")) return "low";
  return shared < 0.5 ? "high" : shared < 0.8 ? "medium" : "low";
}

function attribution(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const va = unmatched(a.features.venues, b.features.venues);
  const vb = unmatched(b.features.venues, a.features.venues);
  if (va.length > 0 || vb.length > 0) {
    const both = va.length > 0 && vb.length > 0;
    const describe = (label: string, list: Mention[]) =>
      list.length > 0 ? `${label} says ${list.map((m) => q(m.text)).join(" and ")}` : `${label} does not say`;
    out.push({
      type: "attribution",
      severity: both ? "medium" : "low",
      spans: [...va.map((m) => span(0, m)), ...vb.map((m) => span(1, m))],
      explanation: `${describe(a.label, va)}; ${describe(b.label, vb)}.`,
    });
  }
  // Only stance classes compare: "announced" or "warned" are usually the claim itself, not its attribution.
  const stance = (ms: Mention[]) => ms.filter((m) => STANCES.has(m.key));
  const va2 = stance(a.features.speechVerbs);
  const vb2 = stance(b.features.speechVerbs);
  const ca = new Set(va2.map((m) => m.key));
  const cb = new Set(vb2.map((m) => m.key));
  const onlyA = va2.filter((m) => !cb.has(m.key) && m.key !== "neutral");
  const onlyB = vb2.filter((m) => !ca.has(m.key) && m.key !== "neutral");
  if (ca.size > 0 && cb.size > 0 && onlyA.length + onlyB.length > 0) {
    const fa = onlyA[0] ?? va2[0];
    const fb = onlyB[0] ?? vb2[0];
    out.push({
      type: "attribution",
      severity: "medium",
      spans: [...onlyA.map((m) => span(0, m)), ...onlyB.map((m) => span(1, m))],
      explanation: `${a.label} has ${q(fa?.text ?? "")}; ${b.label} has ${q(fb?.text ?? "")}: a different stance towards the claim.`,
    });
  }
  return out;
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
      const gendered = /^(spokes|chair|congress|business|council|ombuds|anchor|police|fire|sales)(?:man|woman|person|men|women|people)$/.exec(part);
      return gendered ? `${gendered[1] ?? ""}person` : part;
    })
    .join("-");
}

function titles(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  const out: Finding[] = [];
  // A role word the other sentence also has, anywhere, was moved or reworded around, not changed
  // ("Deputy Police Chief" vs "Police Deputy Chief").
  const rolesA = roleTokens(a.features.tokens, a.features.tokens).map((t) => roleKey(t.lemma));
  const rolesB = roleTokens(b.features.tokens, b.features.tokens).map((t) => roleKey(t.lemma));
  const elsewhere = (lemma: string, other: string[]) => other.some((o) => o === roleKey(lemma) || synonymous(o, lemma));
  for (const h of hunks) {
    const ra = roleTokens(h.a, a.features.tokens).filter((t) => !elsewhere(t.lemma, rolesB) && !COURTESY_MODIFIERS.has(t.lower));
    const rb = roleTokens(h.b, b.features.tokens).filter((t) => !elsewhere(t.lemma, rolesA) && !COURTESY_MODIFIERS.has(t.lower));
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
    const differentRoles = ra.length > 0 && rb.length > 0 && ![...keysA].some((k) => keysB.has(k) || [...keysB].some((j) => synonymous(k, j)));
    if (!modifierChange && !differentRoles) continue;
    const spans = [...ra.map((t) => span(0, roleSpan(a.features.tokens, t))), ...rb.map((t) => span(1, roleSpan(b.features.tokens, t)))];
    const ta = ra.length ? ra.map((t) => textOf(a, roleSpan(a.features.tokens, t))).join(" ") : null;
    const tb = rb.length ? rb.map((t) => textOf(b, roleSpan(b.features.tokens, t))).join(" ") : null;
    const vague = !modifierChange && [...ra, ...rb].some((t) => GENERIC_ROLES.has(t.lower));
    // A changed modifier ("assistant", "-designate", "former") changes the office itself.
    const oneSided = ra.length === 0 || rb.length === 0;
    out.push({
      type: "title",
      severity: vague ? "low" : seniorityOnly ? "medium" : modifierChange || !oneSided ? "high" : "medium",
      spans,
      explanation:
        ta && tb
          ? `${a.label} has the title ${q(ta)}; ${b.label} has ${q(tb)}.`
          : `${ta ? a.label : b.label} adds ${q((ta ?? tb) as string)} to the title; ${ta ? b.label : a.label} does not.`,
    });
  }
  return out;
}

/**
 * The word a negation negates: the first verb, noun, adjective or name after it in the same clause
 * ("did not send", "not a Republican"); none when the clause ends first ("Absolutely not," Fox said).
 */
function negatedHead(tokens: readonly Token[], negation: Mention): Token | undefined {
  const after = tokens.filter((t) => t.start > negation.start);
  for (const t of after.slice(0, 6)) {
    if (t.pos === "PUNCT" && !/^['-]$/.test(t.text)) return undefined;
    if (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") return t;
  }
  return undefined;
}

function polarity(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  const out: Finding[] = [];
  const inHunks = (side: 0 | 1, mentions: Mention[]) =>
    mentions.filter((m) => hunks.some((h) => (side === 0 ? h.a : h.b).some((t) => t.start === m.start)));
  // A negation conflicts only when both sentences state the negated thing and the other does not negate it
  // in any way ("not addressing" vs "failing to address" agree).
  const conflicting = (self: Side, other: Side, mentions: Mention[]) =>
    other.features.negations.length > 0 || other.features.tokens.some((t) => IMPLICIT_NEGATIONS.has(t.lemma))
      ? []
      : mentions.filter((m) => {
          const head = negatedHead(self.features.tokens, m);
          return head !== undefined && other.features.tokens.some((t) => t.lemma === head.lemma || synonymous(t.lemma, head.lemma));
        });
  const na = conflicting(a, b, inHunks(0, a.features.negations));
  const nb = conflicting(b, a, inHunks(1, b.features.negations));
  if (na.length + nb.length > 0) {
    const [side, list, label, other] = na.length > 0 ? ([0, na, a.label, b.label] as const) : ([1, nb, b.label, a.label] as const);
    // A contradiction needs the same statement on both sides; in passages that share little else the
    // negated words are more likely a different statement: worth a look.
    const sameStatement = similarity(a.features, b.features) >= NEGATION_SIMILARITY;
    out.push({
      type: "negation",
      severity: sameStatement ? "high" : "low",
      spans: list.map((m) => span(side, m)),
      explanation: `${label} negates the claim (${list.map((m) => q(m.text)).join(", ")}); ${other} does not.`,
    });
  }
  const ha = inHunks(0, [...a.features.hedges, ...a.features.certainty]);
  const hb = inHunks(1, [...b.features.hedges, ...b.features.certainty]);
  const hedgeKeys = (ms: Mention[]) => new Set(ms.map((m) => m.key));
  const ka = hedgeKeys(ha);
  const kb = hedgeKeys(hb);
  const diffA = ha.filter((m) => !kb.has(m.key));
  const diffB = hb.filter((m) => !ka.has(m.key));
  if (diffA.length + diffB.length > 0) {
    // "Expected to" or "likely" against "will" is a forecast worded two ways: only a real hedge
    // ("may", "could", "reportedly") against certainty is a contrast.
    const hedged = (ms: Mention[]) => ms.some((m) => !CERTAINTY.has(m.key) && !WEAK_HEDGES.has(m.key));
    const certain = (ms: Mention[]) => ms.some((m) => CERTAINTY.has(m.key));
    const contrast = (hedged(diffA) && certain(diffB)) || (certain(diffA) && hedged(diffB));
    const d = (label: string, ms: Mention[]) => (ms.length ? `${label} has ${ms.map((m) => q(m.text)).join(", ")}` : `${label} does not hedge`);
    out.push({
      type: "hedge",
      severity: contrast ? "medium" : "low",
      spans: [...diffA.map((m) => span(0, m)), ...diffB.map((m) => span(1, m))],
      explanation: `Certainty differs: ${d(a.label, diffA)}; ${d(b.label, diffB)}.`,
    });
  }
  return out;
}

/** A name's letters, lower case, without a plural or possessive "s" (kept on short names: "Wis"). */
const bareName = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "").replace(/(?<=\p{L}{4})s$/u, "");

/** Spelling variants ("Muqtada"/"Moqtada", "Zulfiqar"/"Zulifquar"), demonyms ("America"/"American"), short forms of a first name ("Tim"/"Timothy") and run-together words ("andInfineon"). */
/** Consonants of a name, each run of one letter once: "qaeda" -> "qd". */
function skeleton(name: string): string {
  return name.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

/** Abbreviations in place names: "St" for "Street" or "Saint", "Mt" for "Mount". */
const PLACE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["st", ["street", "saint"]],
  ["ste", ["sainte"]],
  ["mt", ["mount", "mountain"]],
  ["ft", ["fort"]],
  ["ave", ["avenue"]],
  ["rd", ["road"]],
  ["blvd", ["boulevard"]],
  ["univ", ["university"]],
]);

function nameVariant(x: string, y: string): boolean {
  const [p, r] = [bareName(x), bareName(y)];
  if (PLACE_ABBREVIATIONS.get(p)?.includes(r) || PLACE_ABBREVIATIONS.get(r)?.includes(p)) return true;
  if (p.length >= 3 && r.length >= 3 && (p.startsWith(r) || r.startsWith(p))) return true;
  if (p.length >= 5 && r.length >= 5 && (p.includes(r) || r.includes(p))) return true;
  if (p.length < 4 || r.length < 4) return false;
  if (p.startsWith(r.slice(0, 5)) || r.startsWith(p.slice(0, 5))) return true;
  // Transliterations differ in vowels and doubled letters ("Qaida"/"Qaeda", "Ahmad"/"Ahmed", "Jemah"/"Jemaah").
  if (p[0] === r[0] && skeleton(p) === skeleton(r) && skeleton(p).length >= 2) return true;
  // Short names differ by one letter and are different places ("Iran"/"Iraq", "Mali"/"Bali").
  const shorter = Math.min(p.length, r.length);
  return shorter >= 6 && editDistance(p, r) <= Math.floor(shorter / 4);
}

/** The alias groups a sentence's names belong to, by single words and by runs of two or three ("United States"). */
function aliasGroups(tokens: readonly Token[]): Set<string> {
  const groups = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    let joined = "";
    for (let n = 0; n < 4 && i + n < tokens.length; n += 1) {
      joined += (tokens[i + n]?.text ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
      const group = NAME_ALIASES.get(joined) ?? NAME_ALIASES.get(joined.replace(/s$/, ""));
      if (group) groups.add(group);
    }
  }
  return groups;
}

/** Initials of runs of capitalised words ("Prime Minister" -> "pm", "New York Stock Exchange" -> "nyse"), with and without "of"/"and"/"the". */
function initialisms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    // One word's own capitals: "InterActiveCorp" -> "iac".
    const capitals = t.text.replace(/[^\p{Lu}]/gu, "");
    if (capitals.length >= 2 && capitals.length < t.text.length) out.add(capitals.toLowerCase());
  }
  for (let i = 0; i < tokens.length; i += 1) {
    let full = "";
    let content = "";
    for (let j = i; j < tokens.length && j < i + 6; j += 1) {
      const t = tokens[j];
      if (!t) break;
      const minor = /^(of|and|the|for)$/.test(t.lower);
      if (!minor && !/^\p{Lu}/u.test(t.text)) break;
      full += t.lower[0] ?? "";
      if (!minor) content += t.lower[0] ?? "";
      if (content.length >= 2) {
        out.add(full);
        out.add(content);
      }
    }
  }
  return out;
}

function entities(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  const out: Finding[] = [];
  const groups = [aliasGroups(a.features.tokens), aliasGroups(b.features.tokens)] as const;
  const initials = [initialisms(a.features.tokens), initialisms(b.features.tokens)] as const;
  for (const h of hunks) {
    // A substitution of one name for another: a tight hunk, names the other sentence never uses.
    if (h.a.length > 2 || h.b.length > 2) continue;
    const known = (side: Side, index: 0 | 1, t: Token) =>
      DATE_WORD.test(t.text) ||
      HONORIFICS.has(bareName(t.text)) ||
      side.features.names.has(t.lemma) ||
      side.features.tokens.some((o) => (o.pos === "PROPN" || o.pos === "ADJ") && (bareName(o.text) === bareName(t.text) || nameVariant(o.text, t.text))) ||
      [...side.features.content.keys()].some((k) => k.length >= 5 && t.lemma.slice(0, 5) === k.slice(0, 5)) ||
      // "PM" where the other says "Prime Minister"; "U.S." where it says "American".
      (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(t.text) && initials[index].has(bareName(t.text))) ||
      [...aliasGroups([t])].some((g) => groups[index].has(g));
    const name = (t: Token) => t.pos === "PROPN" && !isRole(t.lower) && !GENERIC_AGENTS.has(t.lower);
    const pa = h.a.filter((t) => name(t) && !known(b, 1, t));
    const pb = h.b.filter((t) => name(t) && !known(a, 0, t));
    if (pa.length === 0 || pb.length === 0) continue;
    const first = (ts: Token[]) => ({ start: ts[0]?.start ?? 0, end: ts[ts.length - 1]?.end ?? 0 });
    const sa = first(pa);
    const sb = first(pb);
    out.push({
      type: "entity",
      severity: "medium",
      spans: [span(0, sa), span(1, sb)],
      explanation: `${a.label} names ${q(textOf(a, sa))} where ${b.label} names ${q(textOf(b, sb))}.`,
    });
  }
  return out;
}

/** Content words of a hunk, with newsroom equivalents ("press conference" = "news conference") folded. */
const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** Edit distance with adjacent transpositions counted once ("Zulfiqar"/"Zulifquar": 2), for telling a transliteration variant from a different name. */
export function editDistance(x: string, y: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1) {
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

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
