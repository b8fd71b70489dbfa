import { diffArrays } from "diff";
import { insideQuotation, sentenceAt, type SentenceFeatures } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { antonymous, rarity, synonymous } from "../lexicon";
import type { Token } from "../nlp";
import type { Severity } from "../types";
import { attributedElsewhere, unattributed, voiceOf } from "../quotations";
import { differentOccasions } from "../occasions";
import { editDistance } from "../names";
import { canBeSameSpeaker } from "../speakers";
import { joinCarriedOn, quoteUnits, speakersWords, wordingOf, type QuoteUnit } from "../wording";
import { FIRM_MODALS, FIRST_PERSON_SINGULAR, HEDGES, NEGATIONS, NUMBER_WORDS, OPEN_MODALS, OPPOSITE_OUTCOMES, SPEECH_NOUNS, SPEECH_VERB_CLASS } from "../vocabulary";
import { longWords as textWords, stemOf } from "../words";
import type { RuleDescriptor } from "./rule";

/**
 * Quotes: one quotation worded two ways, or quoted by one side and paraphrased by the other. Read
 * from the quotation units of `wording` (contractions, spelling and typography folded; a quotation
 * interrupted by its attribution is one), and compared only when their speakers (`speakers`) can be
 * the same person: two people's words are two remarks.
 *
 * - lines of one quotation an outlet carried on from sentence to sentence are one quotation where the
 *   other outlet quotes them in one (`carriedOn`: each line mostly in it, and together closer to it
 *   than any line alone), so a quotation split in two is not read as cut short;
 * - each quotation is paired with the other side's most like it, unless another line of its side
 *   matches that one better (two lines of one remark against one quotation: only the line it is);
 * - two quotations sharing at least `sameQuotation` of their words, and one quotation by their rare
 *   content words (`sharedRareWords`) or one nearly holding the other (`excerpt`), are one quotation;
 * - worded alike (a word in square brackets read as the speaker's, a masked oath as the word), or one a
 *   run of the other's words, in pieces cut with an ellipsis or set in the outlet's own words
 *   (`verbatimCut`: fewer of the speaker's words, not other ones) unless what it leaves out, and the
 *   outlet does not say around its marks, denies, counts, hedges, narrows or sets a condition, or it
 *   opens as a sentence where the speaker's did not: nothing; an excerpt, or only word forms changed: low; otherwise high when they
 *   share less than `highBelow` of their words (unless the longer holds `looseCut` of the shorter's
 *   words: a loose cut, medium; or one is more than `lengthRatio` times as long: another line or a
 *   second remark on one point, medium; or a side's sentence does not say who speaks, as in the middle of a
 *   quotation of several sentences: medium), medium below `mediumBelow`, low above; medium whatever their
 *   share when, inside the words both keep, a figure or a negation changed (`changesFact`), a content
 *   word or two were swapped in a quotation otherwise word for word (`wordSwapped`), or one denies
 *   in the same words what the other asserts (`negationFlipped`); two sharing at
 *   most `minSharedContent` content words and under `twoLinesBelow` of their words are two lines on one point: low;
 * - words said in another language ("speaking in Japanese", "through an interpreter": `translated`) are
 *   each outlet's own translation: worded two ways, low, unless a figure or a negation changed or a
 *   stance turned into its opposite ("support" / "oppose": `opposed`);
 * - a quotation the other side renders in its own words (`paraphrase` of its content words there, a run
 *   of them shown as the paraphrase, reported as someone's words: after a verb of saying or "according
 *   to", not the outlet's narration of what happened): low, but only where that rendering changes a figure or a
 *   denial (`renderingChangesFact`) or puts a word of its own, no synonym, for one of the speaker's
 *   (`renderingSwapsWord`): outlets tell what people said in their own words all the time; with no such run, its
 *   words in the other side's own quotation of the speaker are two lines of one speech: low.
 */
export const QUOTES_RULE = {
  type: "quote",
  detects: "a quotation worded differently, or quoted by one side and paraphrased by the other",
  thresholds: {
    sameQuotation: 0.25,
    sharedRareWords: 0.3,
    excerpt: 0.9,
    /** Share of the shorter quotation's words in the longer one from which different words are at most medium. */
    looseCut: 0.75,
    /** Content words two quotations share, at least, to be one quotation worded differently (medium or high), unless they open or close alike. */
    minSharedContent: 2,
    /** Quotations sharing at most `minSharedContent` content words and under this share of their words are two lines on one point. */
    twoLinesBelow: 0.3,
    highBelow: 0.5,
    /**
     * One quotation more than this many times as long as the other is not the other worded two ways
     * (a misquote changes words, it does not add a clause): another line of a longer remark, or a
     * second remark on one point, at most medium.
     */
    lengthRatio: 2,
    mediumBelow: 0.8,
    paraphrase: 0.3,
    /** Words (of three letters or more) at least in the other side's rendering for it to be a paraphrase ("Ukraine's sovereignty must be respected", not "comments were like"). */
    paraphraseMinWords: 4,
    /** Share of each line's words, at least, in one quotation of the other side for lines an outlet carried on over its sentences to be compared as one. */
    carriedOn: 0.6,
    /** Tokens at most in the window of the paraphrase that is shown. */
    paraphraseWindow: 12,
  },
  severity: { differentWords: "high", someWords: "medium", fewWords: "low", excerpt: "low", paraphrase: "low" },
} as const satisfies RuleDescriptor;

const { thresholds: T, severity: S } = QUOTES_RULE;
const WORD = /[\p{L}\p{N}]/u;

function jaccard(x: string[], y: string[]): number {
  const sx = new Set(x);
  const sy = new Set(y);
  let inter = 0;
  for (const w of sx) if (sy.has(w)) inter += 1;
  return inter / Math.max(1, sx.size + sy.size - inter);
}

/** The shortest window of `side` covering the content words it shares with `quote`, within one clause, with the negation that opens it. */
export function paraphraseSpan(side: Side, quote: string): { start: number; end: number } | null {
  const target = new Set(textWords(quote).map((w) => w.replace(/'s$/, "")));
  const tokens = side.features.tokens.filter((t) => WORD.test(t.text));
  const hits = tokens.filter((t) => !t.stop && (target.has(t.lower) || target.has(t.lemma)));
  if (hits.length < 2) return null;
  // The densest run of hits no more than 12 tokens long, in one sentence of a member of several.
  let best: { start: number; end: number; count: number } | null = null;
  for (let i = 0; i < hits.length; i += 1) {
    const first = hits[i];
    if (!first) continue;
    const within = sentenceRange(side.features, first);
    for (let j = i; j < hits.length; j += 1) {
      const last = hits[j];
      if (!last || last.end > within.end) break;
      const span = tokens.filter((t) => t.start >= first.start && t.end <= last.end).length;
      if (span > T.paraphraseWindow) break;
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
  const preceding = side.features.tokens.filter((t) => t.end <= best.start);
  const before = preceding[preceding.length - 1];
  let start = before && before.pos === "PROPN" ? before.start : best.start;
  // And back over the negation and the particles that open it ("not to drive through flooded roads"):
  // without them, the paraphrase shown says the opposite.
  for (let k = preceding.length - 1; k >= 0; k -= 1) {
    const t = preceding[k] as Token;
    if (!(t.pos === "PART" || t.pos === "AUX" || NEGATIONS.has(t.lower))) break;
    if (NEGATIONS.has(t.lower)) start = t.start;
  }
  return { start, end };
}

export function quotes(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const lines = [quoteUnits(a.features), quoteUnits(b.features)] as const;
  // Lines of one quotation an outlet carried on over its sentences are one quotation where the other
  // outlet quotes them in one: each line's words mostly in one quotation of the other side, which the
  // lines together match better than any one of them does ("We will bring back our jobs." is not
  // "We will bring back our jobs. We will bring back our borders." cut short).
  const quotedInOne = (other: readonly QuoteUnit[]) => (run: readonly QuoteUnit[]) => {
    const joined = run.flatMap((line) => longWords(line));
    return other.some((o) => {
      const words = longWords(o);
      const held = new Set(words);
      const covered = run.every((line) => {
        const own = longWords(line);
        return own.length > 0 && own.filter((w) => held.has(w)).length / own.length >= T.carriedOn;
      });
      return covered && jaccard(joined, words) > Math.max(...run.map((line) => jaccard(longWords(line), words)));
    });
  };
  const units = [joinCarriedOn(a.features, lines[0], quotedInOne(lines[1])), joinCarriedOn(b.features, lines[1], quotedInOne(lines[0]))] as const;
  // Every word of each sentence: an outlet may break one quotation in two at a nested quotation
  // ("not “a war of Obama’s choosing.” It has been ...") where the other quotes it whole.
  const pooled = [new Set(textWords(a.features.text)), new Set(textWords(b.features.text))] as const;
  const reported = new Set<string>();
  const excerpts = new Set<string>();
  for (const sideIndex of [0, 1] as const) {
    const otherSide = sideIndex === 0 ? 1 : 0;
    const self = sideIndex === 0 ? a : b;
    const other = sideIndex === 0 ? b : a;
    for (const quote of units[sideIndex]) {
      const qw = longWords(quote);
      // A quotation of two words of three letters or more ("showed no remorse", "We will appeal") is
      // compared only for a negation, a figure or a modal turned ("showed remorse", "We may appeal").
      const short = qw.length === 2;
      if (qw.length < 2) continue;
      const { best, score: bestScore } = bestMatch(quote, self, units[otherSide], other);
      if (short && !(best && bestScore >= T.sameQuotation && wholeRemark(self.features, quote) && wholeRemark(other.features, best) && (changesFact(quote, best) || modalTurned(quote, best)))) continue;
      // Another line of the same remark matches that quotation better: this line is not it worded
      // differently ("...determined to prevent Iran from getting nuclear weapons," he said. | "If
      // you're determined ..." against the first line alone).
      const back = best ? bestMatch(best, other, units[sideIndex], self) : null;
      if (best && back?.best !== quote && (back?.score ?? 0) > bestScore) continue;
      if (best && bestScore >= T.sameQuotation) {
        const [first, second] = sideIndex === 0 ? [quote, best] : [best, quote];
        const key = `${first.start}|${second.start}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const judged = quoteSeverity(first, second, bestScore, pooled, [aroundOf(a.features, first), aroundOf(b.features, second)]);
        if (judged === null) continue;
        const [sa, sb] = [sentenceAt(a.features, first), sentenceAt(b.features, second)];
        // Words said in another language are each outlet's own translation: worded two ways, low,
        // unless a figure or a negation changed.
        const severity = (translated(sa) || translated(sb)) && !changesFact(first, second) && !opposed(first, second) ? S.fewWords : speakerDoubt(judged, sa, sb);
        // A quotation cut in pieces by one outlet is one excerpt, reported once.
        const ends = [`0:${first.start}`, `1:${second.start}`];
        if (severity === S.excerpt && ends.some((e) => excerpts.has(e))) continue;
        if (severity === S.excerpt) for (const e of ends) excerpts.add(e);
        out.push({
          type: QUOTES_RULE.type,
          severity,
          spans: [...first.parts.map((p) => span(0, p)), ...second.parts.map((p) => span(1, p))],
          explanation: `The quotation differs: ${a.label} has ${q(bare(first.text))}, ${b.label} has ${q(bare(second.text))}.`,
        });
        continue;
      }
      // No matching quotation on the other side: a paraphrase, if the other side says much the same words.
      const otherWords = new Set(textWords(other.features.text));
      // Its words other than names: another sentence naming the same thing paraphrases nothing.
      const quotedNames = new Set(quote.names);
      const content = qw.filter((w) => w.length > 3 && !quotedNames.has(w));
      const present = content.filter((w) => otherWords.has(w)).length;
      if (content.length >= 2 && present >= MIN_SHARED_WORDS && present / content.length >= T.paraphrase) {
        // Words of the quotation scattered through the other sentence, with no run of them to show as
        // its rendering, are no paraphrase anyone can check (nor always one: the other may quote them in
        // marks `features` does not read).
        const para = paraphraseSpan(other, quote.text);
        if (!para) {
          // No run of its words in the other side's narration to show: what the other side has of it is
          // at most in its own quotation of the speaker, two lines of one speech ("It's an invasion. We
          // have an invasion of drugs" / "talking about an invasion of our country"), worth a look.
          const line = otherLine(quote, self, units[otherSide], other);
          // (Not a line the other side quotes as this side's other line, word for word: it quotes one
          // line of the two, not this one differently.)
          if (line && units[sideIndex].some((u) => u !== quote && u.words.join(" ") === line.words.join(" "))) continue;
          const [first, second] = sideIndex === 0 ? [quote, line] : [line, quote];
          if (!line || !first || !second || reported.has(`${first.start}|${second.start}`)) continue;
          // (A run of the other's words is a cut of that line, not another: "don't make faces" / "Dress
          // like you deserve respect ... And certainly don't make faces during public events".)
          if (verbatimCut(first, second, [aroundOf(a.features, first), aroundOf(b.features, second)])) continue;
          reported.add(`${first.start}|${second.start}`);
          out.push({
            type: QUOTES_RULE.type,
            severity: speakerDoubt(S.fewWords, sentenceAt(a.features, first), sentenceAt(b.features, second)),
            spans: [...first.parts.map((p) => span(0, p)), ...second.parts.map((p) => span(1, p))],
            explanation: `The quotation differs: ${a.label} has ${q(bare(first.text))}, ${b.label} has ${q(bare(second.text))}.`,
          });
          continue;
        }
        const paraWords = textWords(other.features.text.slice(para.start, para.end));
        // The other outlet quotes those words itself (compared as quotations above), says them word for
        // word without quotation marks, or shares two words with it ("comments like"): no paraphrase.
        if (other.features.quotes.some((m) => m.start < para.end && para.start < m.end)) continue;
        if (paraWords.join(" ") === textWords(quote.text).join(" ") || paraWords.length < T.paraphraseMinWords) continue;
        // The outlet's own narration of what happened ("President Trump declared a national emergency",
        // "offered Democrats a deal: temporary protections ... in exchange") renders no one's words: a
        // paraphrase is reported speech, its words after a verb of saying or "according to".
        if (!reportedSpeech(other.features, para)) continue;
        // Another person's words in the other outlet are not this quotation paraphrased.
        if (!canBeSameSpeaker(voiceOf(sentenceAt(self.features, quote)), voiceOf(sentenceAt(other.features, para)))) continue;
        // The speaker's own "I" in the other outlet's sentence: it quotes them, in marks not read
        // (single quotation marks, a quotation running across paragraphs), it does not paraphrase.
        if (firstPerson(self.features, quote) && firstPerson(other.features, sentenceRange(other.features, para), true)) continue;
        // Outlets tell what people said in their own words all the time: only a rendering that changes a
        // figure, denies what the quotation asserts (or the other way round), or puts another word for one
        // of the speaker's (no synonym) is worth a desk's look.
        const rendering = other.features.tokens.filter((t) => t.start >= para.start && t.end <= para.end);
        const quoted = self.features.tokens.filter((t) => quote.parts.some((p) => t.start > p.start && t.end < p.end));
        if (!renderingChangesFact(quote.text, other.features.text.slice(para.start, para.end)) && !renderingSwapsWord(quoted, rendering)) continue;
        const spans = [...quote.parts.map((p) => span(sideIndex, p)), span(otherSide, para)];
        out.push({
          type: QUOTES_RULE.type,
          severity: S.paraphrase,
          spans: spans.sort((x, y) => x.side - y.side),
          explanation: `${self.label} quotes ${q(bare(quote.text))}; ${other.label} paraphrases it as ${q(other.features.text.slice(para.start, para.end))}.`,
          paraphrasedBy: otherSide,
        });
      }
    }
  }
  // Nothing found in the words: the same place of one sentence, filled two ways.
  const slot = out.length === 0 ? sameSlot(a, units[0], b, units[1]) : null;
  return slot ? [slot] : out;
}

/** Words a quotation has at most to be read as filling a slot of its sentence ("called the offer “an insult”"), not a remark of its own. */
const SLOT_WORDS = 6;
/** Words at least outside the quotation, said alike on both sides, for the slot to be one. */
const SLOT_CONTEXT = 4;

/**
 * One short quotation each, standing in the same place of sentences otherwise word for word alike
 * ("The mayor called the proposal “fiscally irresponsible” and vowed to veto it" / "… “fiscally
 * reckless” …", "The union called the offer “an insult”" / "“a joke”"): the words the speaker
 * used, told two ways, whatever words the two share. Low: worth a look (one outlet may have
 * misquoted), though each may quote another line of one remark. Not a quotation that opens its sentence
 * ("“We are devastated,” the family said"): a statement's lines, either of which an outlet may quote.
 */
function sameSlot(a: Side, ua: readonly QuoteUnit[], b: Side, ub: readonly QuoteUnit[]): Finding | null {
  const [x, y] = [ua[0], ub[0]];
  if (ua.length !== 1 || ub.length !== 1 || !x || !y || x.parts.length !== 1 || y.parts.length !== 1) return null;
  if (x.words.length > SLOT_WORDS || y.words.length > SLOT_WORDS || x.words.join(" ") === y.words.join(" ")) return null;
  // (One holding the other's words, "a disgrace" / "an absolute disgrace", is an excerpt: the rule's reading below.)
  const [lx, ly] = [longWords(x), longWords(y)];
  if (lx.every((w) => ly.includes(w)) || ly.every((w) => lx.includes(w))) return null;
  const around = (f: SentenceFeatures, u: QuoteUnit) => [wordingOf(f.text.slice(0, u.start)), wordingOf(f.text.slice(u.end))] as const;
  const [[bx, ax], [by, ay]] = [around(a.features, x), around(b.features, y)];
  if (bx.length === 0 || by.length === 0 || bx.join(" ") !== by.join(" ") || ax.join(" ") !== ay.join(" ") || bx.length + ax.length < SLOT_CONTEXT) return null;
  return {
    type: QUOTES_RULE.type,
    severity: S.fewWords,
    spans: [span(0, x.parts[0] ?? x), span(1, y.parts[0] ?? y)],
    explanation: `The quotation differs: ${a.label} has ${q(bare(x.text))}, ${b.label} has ${q(bare(y.text))}.`,
  };
}

/** The other side's quotation most like `quote` (by shared words) that can be the same remark: the same speaker, on the same occasion. */
function bestMatch(quote: QuoteUnit, self: Side, candidates: readonly QuoteUnit[], other: Side): { best: QuoteUnit | null; score: number } {
  const qw = longWords(quote);
  let score = 0;
  let best: QuoteUnit | null = null;
  for (const o of candidates) {
    // Quotations of two different people are two remarks, not one quoted two ways.
    if (!canBeSameSpeaker(voiceOf(sentenceAt(self.features, quote)), voiceOf(sentenceAt(other.features, o)))) continue;
    // One person's words on two days are two remarks.
    if (differentOccasions(sentenceAt(self.features, quote), sentenceAt(other.features, o))) continue;
    const s = jaccard(qw, longWords(o));
    if (s > score && sameQuotation(quote, o)) {
      score = s;
      best = o;
    }
  }
  return { best, score };
}


/**
 * The words at `at` (offsets in `f`'s text) are reported: a verb of saying (outside quotations, taking a clause or whom it
 * is said to: `features.speechVerbs`), a noun of saying ("remarks that") or "according to" comes before their end in the sentence
 * ("Mr. Trump told Axios that while he initially believed he needed a constitutional amendment").
 */
function reportedSpeech(f: SentenceFeatures, at: { start: number; end: number }): boolean {
  // In a member of several sentences, within the sentence that holds the words.
  const { start } = sentenceRange(f, at);
  if (f.speechVerbs.some((v) => v.start >= start && v.end <= at.end)) return true;
  // "commended Moon's remarks that Ukraine's sovereignty must be respected": a noun of saying reports too.
  if (f.tokens.some((t) => t.start >= start && t.end <= at.end && t.pos === "NOUN" && SPEECH_NOUNS.has(t.lemma) && !insideQuotation(f, t))) return true;
  const according = f.text.slice(start, at.end).search(/\baccording to\b/i);
  return according >= 0;
}

/** Whether the words in `range` say "I" ("I'm"), "me" or "my"; with `unquoted`, only words outside the quotations the sentence marks. */
function firstPerson(f: SentenceFeatures, range: { start: number; end: number }, unquoted = false): boolean {
  return f.tokens.some((t) => t.start >= range.start && t.end <= range.end && FIRST_PERSON_SINGULAR.has(t.lower.replace(/'\p{L}+$/u, "")) && !(unquoted && insideQuotation(f, t)));
}

/** The range of the sentence holding `at` in a member of one or several sentences. */
function sentenceRange(f: SentenceFeatures, at: { start: number; end: number }): { start: number; end: number } {
  const starts = (f.sentences ?? []).map((s) => s.start);
  const start = Math.max(0, ...starts.filter((x) => x <= at.start));
  const end = Math.min(f.text.length, ...starts.filter((x) => x > at.start));
  return { start, end };
}

/** The other side's quotation, by one who can be the same speaker on the same occasion, sharing the most content words with `quote` (at least one). */
function otherLine(quote: QuoteUnit, self: Side, candidates: readonly QuoteUnit[], other: Side): QuoteUnit | null {
  const own = new Set(quote.content);
  let best: { unit: QuoteUnit; shared: number } | null = null;
  for (const o of candidates) {
    if (!canBeSameSpeaker(voiceOf(sentenceAt(self.features, quote)), voiceOf(sentenceAt(other.features, o)))) continue;
    if (differentOccasions(sentenceAt(self.features, quote), sentenceAt(other.features, o))) continue;
    const shared = new Set(o.content.filter((w) => own.has(w))).size;
    if (shared > 0 && (!best || shared > best.shared)) best = { unit: o, shared };
  }
  return best?.unit ?? null;
}

/** Languages news names a remark as said in ("speaking in Japanese", "said in Russian"). */
const LANGUAGES =
  "Arabic|Cantonese|Chinese|Dutch|Farsi|French|German|Greek|Hebrew|Hindi|Italian|Japanese|Korean|Mandarin|Persian|Polish|Portuguese|Russian|Spanish|Swahili|Swedish|Thai|Turkish|Ukrainian|Urdu|Vietnamese";
const TRANSLATED = new RegExp(
  String.raw`\b(?:through|via|with the help of|using)\s+(?:an?|his|her|their|the)\s+(?:interpreter|translator)s?\b|\b(?:translated\s+(?:by|from)|(?:in|via|through|according\s+to)\s+(?:an?|the)\s+(?:official\s+)?translation)\b|\b(?:speaking|spoke|said|says|told\s+[^.;"“”]{1,30}?|wrote|writing|remarks|statement|interview)\s+in\s+(?:${LANGUAGES})\b`,
  "i",
);

/** A word of one quotation is the opposite of a word of the other ("support" / "oppose"): no translation makes one the other. */
function opposed(x: QuoteUnit, y: QuoteUnit): boolean {
  const [ox, oy] = [x.content.filter((w) => !y.content.includes(w)), y.content.filter((w) => !x.content.includes(w))];
  const outcomes = (w: string, v: string) => [...OPPOSITE_OUTCOMES, ...OPPOSITE_STANCES].some(([p, r]) => (p.has(w) && r.has(v)) || (p.has(v) && r.has(w)));
  return ox.some((w) => oy.some((v) => antonymous(w, v) || outcomes(w, v)));
}

/** Stances a speaker takes that are each other's opposite, whatever the translation: "support" / "oppose", "withdraw" / "attack". */
const OPPOSITE_STANCES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [new Set(["support", "back", "endorse", "accept", "welcome", "favor", "favour"]), new Set(["oppose", "reject", "condemn", "refuse", "denounce"])],
  [new Set(["withdraw", "retreat", "leave", "pull"]), new Set(["attack", "advance", "enter", "invade", "storm"])],
  [new Set(["win"]), new Set(["lose"])],
  [new Set(["open", "start", "begin", "resume"]), new Set(["close", "end", "stop", "halt", "suspend"])],
];

/** The sentence says its quotation was spoken in another language or translated. */
export function translated(f: SentenceFeatures): boolean {
  return TRANSLATED.test(f.text);
}

/**
 * How sure the two are one speaker's words bounds the severity. A line of a longer quotation has its
 * attribution in another sentence, so two such lines may be two people's remarks: at most medium;
 * a line of a quotation no one is said to speak is one step less serious.
 */
function speakerDoubt(severity: Severity, a: SentenceFeatures, b: SentenceFeatures): Severity {
  if (unattributed(a) || unattributed(b)) return severity === "high" ? "medium" : "low";
  if (severity === "high" && (attributedElsewhere(a) || attributedElsewhere(b))) return "medium";
  return severity;
}

/** Content words other than names two quotations share, at least, for the names they share to count too. */
const MIN_SHARED_WORDS = 2;

/** Words two quotations share in one unbroken run, at least this many, make them cuts of one remark. */
const MIN_SHARED_RUN = 4;

/**
 * Two cuts of one remark: their longest run of words in common reaches, at each end, the end of one
 * of them ("... that's the one thing you don't do, is engage in a land war" / "...you don't do is
 * engage in a land war, alright, because ..."). Different words on both sides of a shared middle
 * are a quotation worded two ways, not this.
 */
function overlappingCuts(x: readonly string[], y: readonly string[]): { x: string[]; y: string[] } | null {
  let best = { length: 0, endX: 0, endY: 0 };
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i += 1) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j += 1) {
      if (x[i - 1] !== y[j - 1]) continue;
      const length = (previous[j - 1] ?? 0) + 1;
      row[j] = length;
      if (length > best.length) best = { length, endX: i, endY: j };
    }
    previous = row;
  }
  if (best.length < MIN_SHARED_RUN) return null;
  const opens = best.endX - best.length === 0 || best.endY - best.length === 0;
  const closes = best.endX === x.length || best.endY === y.length;
  // What each has beyond the run they share.
  const beyond = (w: readonly string[], end: number) => [...w.slice(0, end - best.length), ...w.slice(end)];
  return opens && closes ? { x: beyond(x, best.endX), y: beyond(y, best.endY) } : null;
}

/** A figure, in digits or in words. */
const counted = (w: string) => /\d/.test(w) || w in NUMBER_WORDS;
/** A word that denies, counts, sets a condition, narrows or hedges what it stands beside. */
const qualifier = (w: string) => NEGATIONS.has(w) || counted(w) || CONDITION_WORDS.has(w) || LIMITERS.has(w) || HEDGES.has(w) || OPEN_MODALS.has(w);
const qualifierIn = (words: readonly string[]) => words.some(qualifier);

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
  // Worded alike once numbers, contractions and spoken forms are folded ("two-in-three" / "2 in 3").
  if (x.words.join(" ") === y.words.join(" ")) return true;
  // Shared content words weighted by rarity: "sovereignty" says more than "United States". A name
  // both mention with at most one other word in common says what the remarks are about, not that
  // they are one ("no place for the bigots in the Tea Party movement" / "We take no issue with the
  // Tea Party movement").
  const weight = (words: Iterable<string>) => [...words].reduce((sum, w) => sum + rarity(w), 0);
  const [cx, cy] = [new Set(x.content), new Set(y.content)];
  const names = new Set([...x.names, ...y.names]);
  const common = [...cx].filter((w) => cy.has(w));
  const words = common.filter((w) => !names.has(w));
  const shared = weight(words.length >= MIN_SHARED_WORDS ? common : words);
  const union = weight(new Set([...cx, ...cy]));
  if (union > 0 && shared / union >= T.sharedRareWords) return true;
  return Math.min(x.content.length, y.content.length) >= 2 && containment(x.content, y.content) >= T.excerpt;
}

/** One of the pieces a quotation was joined from is, nearly word for word, in the other quotation. */
function pieceQuoted(u: QuoteUnit, other: QuoteUnit): boolean {
  if (u.parts.length < 2 && other.parts.length < 2) return false;
  const there = new Set(longWords(other));
  return u.parts.some((p) => {
    const w = wordingOf(p.text).filter((x) => x.length > 2);
    return w.length >= MIN_SHARED_RUN && w.filter((x) => there.has(x)).length / w.length >= T.excerpt;
  });
}

/** Words of a condition, and hedges `HEDGES` does not list: left out of a cut, they leave it firmer than the remark. */
const CONDITION_WORDS = new Set(["if", "unless", "except", "until"]);
const MORE_HEDGES = new Set(["arguably", "supposedly", "maybe"]);
/** Words that narrow or soften what follows them: "among the worst in history" is not "the worst in history". */
const LIMITERS = new Set(["among", "almost", "nearly", "partly", "largely", "mostly", "only", "just", "even", "sometimes", "often", "some", "most", "many", "few"]);
/** The speaker's own opinion ("I think it's ...") before a few words an outlet sets in its own sentence: they assert nothing alone. */
const OPINION_WORDS = new Set(["think", "believe", "believes", "believed", "thought", "guess", "figure", "feel"]);
/** Words that give what follows to someone else, or deny or question it: "My opponents say I am a liar", "I refuse to accept that ...", "It's a lie that ...". */
const FRAMING_WORDS = new Set([
  ...Object.keys(SPEECH_VERB_CLASS).flatMap((v) => [v, `${v}s`, `${v}ed`, `${v.replace(/e$/, "")}ed`, `${v.replace(/e$/, "")}ing`]),
  "said", "says", "told", "wrote", "claim", "accept", "refuse", "refused", "lie", "lies", "myth", "false", "question", "whether", "wonder", "ask", "asked", "pretend", "want", "wants", "accuse", "accused",
]);
/** Conjunctions a quotation of a whole sentence may leave out at its start. */
const OPENING_CONJUNCTIONS = new Set(["and", "but", "so", "or", "yet"]);

/**
 * One quotation is a run of the other's words ("mindset that if we disagree, we have to disqualify
 * each other" / "I think it's time ... we get rid of this mindset that if we disagree, we have to
 * disqualify each other", "I think that is a phony ideal" / "And I think that is a phony ideal",
 * "asserts his innocence" / "asserts his innocence of any wrongdoing"): the outlet quoted fewer of
 * the speaker's words, not other words. Not when the words left out deny, count, set a condition,
 * hedge or narrow ("possibly the worst in history", "among the worst in history" / "the worst in
 * history", "We will raise taxes" / "... on the rich only", "for now"), or give the rest to someone
 * else, deny or question it ("My opponents say I am a liar" / "I am a liar", "It's a lie that we
 * will raise taxes"; the speaker's "I think" counts before a statement, not before a few words set in
 * the outlet's sentence); a clause left out before a "but" or "yet" does not reach past it ("We're not
 * reading out details, but the lines remain open" / "the lines remain open"). Nor when the cut
 * stands as a statement of its own (a capital the speaker's words do not have there) where the
 * speaker's sentence opened otherwise ("Not a theology based on the Bible." / "Oh, not a theology
 * based on the Bible", "We have found it" / "I believe we have found it"): a conjunction aside, the
 * quotation is altered, not cut ("But I'd rather ..." quoting "I didn't need to, but I'd rather ..."
 * opens on its conjunction: a cut; so does a statement after a phrase or clause of three words or more
 * that opened the speaker's sentence before a comma, "With today's ruling, committed couples will ...",
 * trimmed as outlets trim, as is "Number one," counting the speaker's points). What the speaker set apart with a full stop, a semicolon or an
 * ellipsis is another sentence, and qualifies nothing kept; nor does the speaker's own frame ("we write
 * to inform you that"), a figure not right beside a few words set in the outlet's sentence ("who spent
 * two years knowingly lying"), or a modal opening another predicate after the cut ("..., should be
 * forced to resign"). Hand-labelled coverage lists none of these cuts: one outlet quoting
 * less of a remark adds nothing another value could contradict.
 */
function verbatimCut(ux: QuoteUnit, uy: QuoteUnit, around: readonly [Around, Around] = [NOTHING_AROUND, NOTHING_AROUND]): boolean {
  const [x, y] = [ux.words, uy.words];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length === 0 || shorter.length === longer.length) return false;
  const [shortUnit, outside] = x.length <= y.length ? [ux, around[0]] : [uy, around[1]];
  // (Words an outlet adds in square brackets are its own: "[Mayor Ana] Ruiz's war".)
  const [shortText, longText] = (x.length <= y.length ? [ux.text, uy.text] : [uy.text, ux.text]).map(speakersWords);
  const opening = /\p{L}[\p{L}'’-]*/u.exec(shortText ?? "")?.[0] ?? "";
  // A statement: a capital the speaker's words do not have (a name has one in both).
  // (Not a conjunction: "But I'd rather do it faster" quotes the second clause of "I didn't need to, but I'd rather ...".)
  const statement = /^\p{Lu}/u.test(opening) && !OPENING_CONJUNCTIONS.has(opening.toLowerCase()) && !(longText ?? "").split(/[^\p{L}'’-]+/u).includes(opening);
  // A few words set in the outlet's own sentence (lower case): the speaker's "I think" before them asserts nothing alone.
  const fragment = /^\p{Ll}/u.test(opening);
  // (Besides a qualifier of what is kept, a softer hedge, and the speaker's "I think" before a statement,
  // not before a fragment; a frame; a bound in time.)
  const qualifies = (w: string) => ((qualifier(w) || MORE_HEDGES.has(w) || OPINION_WORDS.has(w)) && !(fragment && OPINION_WORDS.has(w))) || FRAMING_WORDS.has(w) || TIME_LIMITS.has(w);
  // A cut the outlet marks with an ellipsis ("totally ... absolutely preventable"), or quotes in pieces
  // around its own words ("if Trump “is not prepared to hold Putin accountable,” the summit “should not
  // move forward”"), is its pieces, each a run of the other's words, in order: what it left out between
  // them it says it left out.
  const texts = shortUnit.parts.length > 1 && outside.inPieces ? shortUnit.parts.map((p) => p.text) : [shortText ?? ""];
  const split = texts.flatMap((t) => speakersWords(t).split(ELLIPSIS)).map(wordingOf).filter((p) => p.length > 0);
  const pieces = split.flat().join(" ") === shorter.join(" ") ? split : [shorter];
  const [first, ...others] = pieces;
  if (!first) return false;
  // Words the outlet says outside its quotation marks in its sentence ("said that if Trump “is not
  // prepared ...” the talks “should not move forward”", "does not “ask that their behavior be
  // removed”") are not left out.
  // (The speaker's own frame, "we write to inform you that", "I said", gives the rest to no one else.)
  // ("Provided" sets a condition before "that": "provided that the state pays", not "documents provided to Congress".)
  // (In any form of the word: "accusing a former aide of “disregarding ...”" / "has been accused of disregarding ...";
  // and "Number one," counts the speaker's points, nothing of what is kept.)
  const saysToo = (said: readonly string[], w: string) => said.includes(w) || (/^\p{L}{6,}$/u.test(w) && said.some((s) => /^\p{L}{6,}$/u.test(s) && stemOf(s) === stemOf(w)));
  const leftOut = (words: readonly string[], said: readonly string[]) =>
    words.some((w, k) => (qualifies(w) || (w === "provided" && words[k + 1] === "that")) && !saysToo(said, w) && !(FRAMING_WORDS.has(w) && SELF.has(words[k - 1] ?? "")) && !(counted(w) && words[k - 1] === "number"));
  // Which clause of the speaker's sentences each word is in: what an outlet leaves out past a full
  // stop, a semicolon or an ellipsis of the speaker's is another sentence, not a qualifier of the
  // words it kept ("We're just here for a project ... we're just students").
  const clause = clausesOf(longText ?? "", longer);
  // And which part between commas: a phrase or clause that opens the speaker's sentence before a comma
  // ("With today's ruling, committed couples will ...") is trimmed off as outlets trim, not an opening altered.
  const phrase = clausesOf(longText ?? "", longer, /,/);
  for (let at = 0; at + first.length <= longer.length; at += 1) {
    if (!first.every((w, k) => longer[at + k] === w)) continue;
    let end = at + first.length;
    for (const piece of others) {
      const from = end;
      const k = longer.findIndex((_, i) => i >= from && piece.every((w, j) => longer[i + j] === w));
      // (Not past a denial or a figure: "We will ... raise taxes" is not "We will not raise taxes" cut.)
      end = k < 0 || longer.slice(from, k).some(qualifies) ? -1 : k + piece.length;
      if (end < 0) break;
    }
    if (end < 0) continue;
    const left = longer.slice(0, at).filter((_, i) => clause[i] === clause[at]);
    // (So is the count of the speaker's points before it: "Number one, you said ...".)
    const enumerator = left.length === 2 && left[0] === "number" && counted(left[1] ?? "");
    const trimmed = (left.length >= INTRODUCTION_WORDS || enumerator) && phrase[at] !== phrase[at - 1];
    if (statement && !trimmed && left.some((w) => !OPENING_CONJUNCTIONS.has(w))) return false;
    // (A clause left out before a "but" or "yet", the cut's own first word or one before it, is another clause.)
    const opener = [...left, longer[at] ?? ""];
    const clauseBefore = left.slice(Math.max(opener.lastIndexOf("but"), opener.lastIndexOf("yet")) + 1);
    // (Before a few words set in the outlet's own sentence, a figure counts only right beside them: "about
    // 300 people were hurt" / "people were hurt", not "who spent two years knowingly lying" / "knowingly lying".)
    // (Nor does a word of framing in a phrase trimmed off before its comma frame the rest: "Putting aside the question of who leaked them, we can say ...".)
    const unframed = trimmed ? clauseBefore.filter((w) => !FRAMING_WORDS.has(w)) : clauseBefore;
    const beforeCut = fragment ? unframed.filter((w, k) => !counted(w) || k === unframed.length - 1) : unframed;
    // (After the cut, "some", "most", "many" or "few" open another phrase; they narrow nothing kept: "some phony ideal, some phony theology".)
    // (Past an "and" that opens another clause only a figure left out counts: "What I have is a
    // backbone, and I want to ..." / "We hired 200 nurses, and we will hire 300 more".)
    const rest = longer.slice(end).filter((_, i) => clause[end + i] === clause[end - 1]);
    const and = rest.indexOf("and");
    // (Nor does a modal opening another predicate after it hedge what was kept: "lying and leaking, should be forced to resign".)
    const afterCut = (and >= 0 ? rest.slice(0, and) : rest).filter((w, k, ws) => !DETERMINERS.has(w) && !(OPEN_MODALS.has(w) && PREDICATE_VERBS.has(ws[k + 1] ?? "")));
    if (!leftOut(beforeCut, outside.before) && !leftOut(afterCut, outside.after) && !(and >= 0 && rest.slice(and).some((w) => counted(w) && !outside.after.includes(w)))) return true;
  }
  return false;
}

/** The words a sentence says before and after a quotation, outside its marks. */
interface Around {
  before: readonly string[];
  after: readonly string[];
  /** The quotation's pieces stand apart, with the outlet's words between them (not one remark carried on over two sentences). */
  inPieces: boolean;
}
const NOTHING_AROUND: Around = { before: [], after: [], inPieces: false };
function aroundOf(f: SentenceFeatures, u: QuoteUnit): Around {
  const own = sentenceRange(f, u);
  const inPieces = u.parts.slice(1).some((p, k) => /\p{L}/u.test(f.text.slice(u.parts[k]?.end ?? p.start, p.start)));
  return { before: wordingOf(f.text.slice(own.start, u.start)), after: wordingOf(f.text.slice(u.end, own.end)), inPieces };
}

const DETERMINERS = new Set(["some", "most", "many", "few"]);
/** The speaker speaking of themself: "we write to inform you that", "I said". */
const SELF = new Set(["i", "we"]);
/** After a modal, the verbs that make it another predicate rather than a hedge: "should be forced", "could have been". */
const PREDICATE_VERBS = new Set(["be", "have"]);
/** Where a speaker's sentence ends or sets a part apart: a full stop, "!" or "?" before a capital, a semicolon, an ellipsis. */
const CLAUSE_MARK = /[.!?](?=["'“”‘’]?\s+["'“‘]?\p{Lu})|;|\.\s?\.\s?\.|…/u;

/** Words, at least, of an opening phrase a quotation of the rest of the sentence may trim off before its comma ("Oh, not a theology" is altered). */
const INTRODUCTION_WORDS = 3;

/** The clause (0, 1, ...) of each of `words`, the normalised words of `text` (`wordingOf`), as `mark` cuts it; all in one where they cannot be told apart. */
function clausesOf(text: string, words: readonly string[], mark: RegExp = CLAUSE_MARK): number[] {
  const pieces = text.split(mark).map(wordingOf);
  if (pieces.flat().join(" ") !== words.join(" ")) return words.map(() => 0);
  return pieces.flatMap((p, k) => p.map(() => k));
}
/** An ellipsis: words left out, marked. */
const ELLIPSIS = /\.\s?\.\s?\.|…/;
/** Words that bound a remark in time when an outlet leaves them off its end: "for now", "not yet". */
const TIME_LIMITS = new Set(["now", "yet", "anymore", "temporarily", "initially"]);

/** Quoted words without the punctuation that closes them ("agenda." -> "agenda"). */
const bare = (text: string) => text.trim().replace(/[\s.,;:]+$/, "");
const longWords = (u: QuoteUnit) => u.words.filter((w) => w.length > 2);

/**
 * null when the two quotations are worded alike (typography, contractions, spelling); low when
 * one is an excerpt of the other or only function words and word forms differ ("has chosen" for
 * "chose"); otherwise medium or high by how many words they share.
 */
function quoteSeverity(x: QuoteUnit, y: QuoteUnit, shared: number, pooled: readonly [ReadonlySet<string>, ReadonlySet<string>], around: readonly [Around, Around]): Severity | null {
  // Only spacing differs: "rearview"/"rear view", "well-known"/"well known".
  if (x.words.join("") === y.words.join("")) return null;
  // Or only how each prints it: a word it puts in square brackets ("He should pay [for] it"), or an
  // oath it masks ("that f***ing wall").
  if (bracketsAlike(x, y) || unmasked(x, y) || unmasked(y, x)) return null;
  // Or one name, as each house spells it ("the strongman Qaddafi" / "the strongman Gadhafi").
  if (nameSpelledTwoWays(x, y)) return null;
  // A figure or a negation changed inside one quotation is a misquote however few words it touches.
  // Either one's words are nearly all in the other sentence: the same quotation, cut or marked differently.
  const within = (u: QuoteUnit, pool: ReadonlySet<string>) => {
    const w = longWords(u);
    return w.length > 0 && w.filter((x) => pool.has(x)).length / w.length >= T.excerpt;
  };
  if (changesFact(x, y) || modalTurned(x, y) || wordSwapped(x, y) || negationFlipped(x, y)) return S.someWords;
  if (verbatimCut(x, y, around)) return null;
  // Two cuts of one remark ("rusted-out factories scattered like tombstones" / "scattered like tombstones
  // across the landscape") quote two parts of it, each word for word: nothing, unless what one leaves out
  // of the other denies, counts, sets a condition, narrows or hedges.
  const cuts = overlappingCuts(x.words, y.words);
  if (cuts && cuts.x.length > 0 && cuts.y.length > 0 && !qualifierIn(cuts.x) && !qualifierIn(cuts.y)) return null;
  if (within(x, pooled[1]) || within(y, pooled[0]) || cuts) return S.excerpt;
  // Quotations joined from several pieces, one piece of which the other quotes nearly whole: each
  // outlet chose different lines of one statement ("Today's ruling provides certainty ... It provides
  // access to benefits" / "Today's ruling provides certainty ... This ruling also assures").
  if (pieceQuoted(x, y) || pieceQuoted(y, x)) return S.excerpt;
  // An excerpt of the other (its words, or its content words, nearly all there).
  if (containment(x.words, y.words) >= T.excerpt || (Math.min(x.content.length, y.content.length) >= 1 && containment(x.content, y.content) >= T.excerpt)) return S.excerpt;
  if ([...x.content].sort().join(" ") === [...y.content].sort().join(" ")) return S.excerpt;
  // Most of the shorter one's words inside a much longer one: a loose cut of one remark, or two remarks
  // of one speaker on one point ("at least sought to collude ... our democracy" / "beyond the shadow of a
  // doubt, sought to, however ham-handedly, collude ... our elections"), worth a look, not a misquote.
  const loose = containment(longWords(x), longWords(y)) >= T.looseCut;
  // One content word in common and neither end alike ("about an invasion of our country" / "It's an
  // invasion"): two lines of one speech, worth a look, not a misquote. One remark worded two ways
  // keeps its opening or its close ("must be guaranteed its sovereignty" / "must have its sovereignty respected").
  const sharedContent = new Set(x.content.filter((w) => y.content.includes(w))).size;
  const sameEdge = x.words[0] === y.words[0] || x.words[x.words.length - 1] === y.words[y.words.length - 1];
  if (sharedContent < T.minSharedContent && !sameEdge) return S.fewWords;
  // Two content words in common and little else ("talking about an invasion of our country" / "an
  // invasion of drugs and criminals coming into our country"): two lines on one point, worth a look.
  if (sharedContent <= T.minSharedContent && shared < T.twoLinesBelow) return S.fewWords;
  const [shorter, longer] = [Math.min(x.words.length, y.words.length), Math.max(x.words.length, y.words.length)];
  const unlike = longer > T.lengthRatio * shorter;
  return shared < T.highBelow && !loose && !unlike ? S.differentWords : shared < T.mediumBelow ? S.someWords : S.fewWords;
}

/** Letters, at least, of a name for two spellings of it to be told apart from two names. */
const NAME_LETTERS = 4;

/** The two quotations differ in one word only, a name (either side tags it one) written two ways: "Qaddafi" / "Gadhafi", "al-Qaddafi" / "Gadhafi". */
function nameSpelledTwoWays(x: QuoteUnit, y: QuoteUnit): boolean {
  const { x: mx, y: my } = innerChange(x.words, y.words);
  const [w, v] = [mx[0], my[0]];
  if (mx.length !== 1 || my.length !== 1 || !w || !v) return false;
  const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, "");
  const named = new Set([...x.names, ...y.names].map(letters));
  if (!named.has(letters(w)) && !named.has(letters(v))) return false;
  // (An Arabic article joined to a name is house style: "al-Assad" / "Assad".)
  const [lw, lv] = [w, v].map((word) => letters(word).replace(/^(?:al|el)(?=\p{L}{4})/u, ""));
  return !!lw && !!lv && Math.min(lw.length, lv.length) >= NAME_LETTERS && editDistance(lw, lv) <= SPELLING_EDITS;
}

/** The two are alike once the words one outlet put in square brackets are read as the speaker's ("pay [for] it" / "pay for it"). */
function bracketsAlike(x: QuoteUnit, y: QuoteUnit): boolean {
  if (!x.text.includes("[") && !y.text.includes("[")) return false;
  const read = (u: QuoteUnit) => wordingOf(u.text.replace(/[[\]]/g, "")).join("");
  return read(x) === read(y);
}

/** A word printed with asterisks for some of its letters: "f***ing", "s**t". */
const MASKED = /(\p{L}+)\*+(\p{L}*)/gu;

/** The first quotation masks words the second prints whole, and is otherwise the same words ("that f***ing wall" / "that fucking wall"). */
function unmasked(masked: QuoteUnit, plain: QuoteUnit): boolean {
  if (!masked.text.includes("*")) return false;
  const whole = plain.text.split(/[^\p{L}'’]+/u);
  // (A masked word the other does not print whole stays masked, and so unlike it.)
  const read = masked.text.replace(MASKED, (m: string, head: string, tail: string) => {
    const length = m.length;
    return whole.find((w) => w.length === length && w.toLowerCase().startsWith(head.toLowerCase()) && w.toLowerCase().endsWith(tail.toLowerCase())) ?? m;
  });
  return wordingOf(read).join("") === plain.words.join("");
}

/** Words swapped, at most, inside a quotation otherwise word for word, for the swap to be a misquote. */
const SWAPPED_WORDS = 2;
/** Words, at least, that the two quotations keep alike around the swap. */
const KEPT_AROUND_SWAP = 4;
/** Letters changed, at most, for two words to be one word spelled two ways ("Qaeda" / "Qaida"). */
const SPELLING_EDITS = 2;
/** Letters, at least, of a swapped word that can change a fact (not "of" / "in"). */
const CONTENT_LETTERS = 4;

/**
 * One quotation word for word but for a word or two swapped inside it ("we will not waste a single
 * day" / "a single hour", "difficult but necessary" / "painful but necessary"): a misquote however
 * long the quotation, not an excerpt; another form of one word ("decision" / "decisions") is none.
 */
function wordSwapped(x: QuoteUnit, y: QuoteUnit): boolean {
  // A word one outlet censors ("f***ing") is the same word, hidden.
  if (x.text.includes("*") || y.text.includes("*")) return false;
  const [wx, wy] = [x.words, y.words];
  let p = 0;
  while (p < wx.length && p < wy.length && wx[p] === wy[p]) p += 1;
  let s = 0;
  while (s < wx.length - p && s < wy.length - p && wx[wx.length - 1 - s] === wy[wy.length - 1 - s]) s += 1;
  const [mx, my] = [wx.slice(p, wx.length - s), wy.slice(p, wy.length - s)];
  if (mx.length === 0 || my.length === 0 || mx.length > SWAPPED_WORDS || my.length > SWAPPED_WORDS || p + s < KEPT_AROUND_SWAP) return false;
  // A word the other side keeps elsewhere was moved, not swapped; a word in another form or spelling
  // ("decision" / "decisions", "duty" / "duties", "said" / "say", "Qaeda" / "Qaida") is one word, and
  // so is a name written two ways ("Muammar al-Qaddafi" / "Moammar Gadhafi"); a swap of small words
  // ("failure of" / "failure in") changes no fact.
  const letters = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const sameForm = (w: string, v: string) => {
    const [lw, lv] = [letters(w), letters(v)];
    let k = 0;
    while (k < lw.length && k < lv.length && lw[k] === lv[k]) k += 1;
    return (k >= 3 && k >= Math.min(lw.length, lv.length) - 2) || editDistance(lw, lv) <= SPELLING_EDITS;
  };
  const named = new Set([...x.names, ...y.names].map(letters));
  if (mx.some((w) => wy.includes(w)) || my.some((w) => wx.includes(w))) return false;
  if ([...mx, ...my].some((w) => named.has(letters(w)))) return false;
  if (![...mx, ...my].some((w) => letters(w).length >= CONTENT_LETTERS)) return false;
  return !mx.some((w) => my.some((v) => sameForm(w, v)));
}

/** Words changed, at most, for a change inside a quotation to be one fact changed, not another passage. */
const CHANGED_WORDS = 3;

/**
 * Inside the words both quotations keep (not a cut at either end), one has a figure or a negation the
 * other lacks or replaces: "lost the number two engine" / "lost the left engine", "we will sign" /
 * "we will not sign".
 */
/** Words between a negation and what it denies: "was not affected", "have never been told". */
const NEGATED_AUXILIARIES = new Set(["be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "ever", "yet", "a", "an", "the", "any"]);

/**
 * One quotation denies what the other asserts, worded apart around it ("Customer data was not
 * affected" / "Some customer data may have been affected", "No passwords were stolen" / "Passwords
 * were stolen"): only one has a negation, neither asks a question nor is twice the other's length,
 * they share two words of four letters or more, and the other says the denied words alike (below).
 */
function negationFlipped(x: QuoteUnit, y: QuoteUnit): boolean {
  const negated = (u: QuoteUnit) => u.words.findIndex((w) => NEGATIONS.has(w));
  const [nx, ny] = [negated(x), negated(y)];
  if ((nx < 0) === (ny < 0)) return false;
  // (A question asks, it denies nothing: "Why would we not support teachers?" / "We support teachers".)
  if ([x, y].some((u) => /\?\s*["”’']?\s*$/.test(u.text))) return false;
  // (Not a negation in what a much longer quotation goes on to say: "... be chosen to defeat the
  // administration" / "... be chosen to defeat the administration, but if that Republican is not".)
  if (Math.max(x.words.length, y.words.length) > T.lengthRatio * Math.min(x.words.length, y.words.length)) return false;
  const [self, other, at] = nx >= 0 ? [x, y, nx] : [y, x, ny];
  const deniedAt = self.words.findIndex((w, i) => i > at && !NEGATED_AUXILIARIES.has(w));
  if (deniedAt < 0) return false;
  // (Words as written: the tagger may read a quotation's first word as a name, "Passwords were stolen".)
  const shared = new Set(self.words.filter((w) => w.length >= 4 && !NEGATED_AUXILIARIES.has(w) && other.words.includes(w))).size;
  if (shared < T.minSharedContent) return false;
  // What is denied is what the other asserts, word for word around it: the denied word and the two
  // after it ("sign of tampering" / "sign of tampering"; not "negotiate with terrorists" / "negotiate
  // with allies", "need to travel" / "need to stay"), or, at the quotation's end, the two words
  // before the denial, before it in the other ("Customer data was not affected" / "customer data may
  // have been affected").
  const after = self.words.slice(deniedAt, deniedAt + DENIAL_CONTEXT + 1);
  if (after.length === DENIAL_CONTEXT + 1) return hasRun(other.words, after);
  const denied = self.words[deniedAt] as string;
  const before = self.words.slice(0, at).filter((w) => !NEGATED_AUXILIARIES.has(w)).slice(-DENIAL_CONTEXT);
  const there = other.words.indexOf(denied);
  if (there < 0 || before.length < DENIAL_CONTEXT) return false;
  const lead = other.words.slice(Math.max(0, there - 2 * DENIAL_CONTEXT - 2), there);
  return hasRun(lead, before);
}

/** Words around a denial that the other quotation must say alike. */
const DENIAL_CONTEXT = 2;

/** `run` appears in `words` as consecutive words. */
function hasRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i += 1) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** Inside the words both keep, a firm modal turned into an open one ("We will appeal" / "We may appeal"; `vocabulary.FIRM_MODALS`, `OPEN_MODALS`: "would" / "could" is one hypothesis in two words). */
function modalTurned(x: QuoteUnit, y: QuoteUnit): boolean {
  const { x: mx, y: my } = innerChange(x.words, y.words);
  const [p, r] = [mx[0] ?? "", my[0] ?? ""];
  return mx.length === 1 && my.length === 1 && ((FIRM_MODALS.has(p) && OPEN_MODALS.has(r)) || (OPEN_MODALS.has(p) && FIRM_MODALS.has(r)));
}

/** A quotation that is a whole remark: its sentence goes on with no word of the remark after it ('"We will appeal," she said'), not a fragment inside the outlet's words ('the bill "will pass" the House'). */
function wholeRemark(f: SentenceFeatures, u: QuoteUnit): boolean {
  const end = u.parts[u.parts.length - 1]?.end ?? u.end;
  return /[,.!?]\s*["”’']?\s*$/.test(f.text.slice(u.start, end)) || /^\s*[,.!?;:]/.test(f.text.slice(end));
}

/** The words two wordings change (`x`, `y`) between the words they keep at the start (`before`) and at the end (`after`). */
function innerChange(wx: readonly string[], wy: readonly string[]): { before: number; after: number; x: string[]; y: string[] } {
  let p = 0;
  while (p < wx.length && p < wy.length && wx[p] === wy[p]) p += 1;
  let s = 0;
  while (s < wx.length - p && s < wy.length - p && wx[wx.length - 1 - s] === wy[wy.length - 1 - s]) s += 1;
  return { before: p, after: s, x: wx.slice(p, wx.length - s), y: wy.slice(p, wy.length - s) };
}

/** The part of a quotation a rendering covers reaches this many words past the first and last words they share: "would not protect" / "protects", "changed one word" / "changed only two words". */
const RENDERED_REACH = 2;

/**
 * Whether an outlet's own words for a quotation (`paraphraseSpan`) change a fact of it: of the part of
 * the quotation they render (from a little before the first word they share to a little past the last), a figure
 * other than the rendering's, or a negation where the rendering has none, or the other way round. A
 * figure one side gives and the other leaves out is left out, not changed.
 */
export function renderingChangesFact(quote: string, rendering: string): boolean {
  // (Words with their apostrophes, so "doesn't" denies; a figure in words or digits is one.)
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).map((w) => NUMBER_WORDS[w] ?? w);
  const [qw, rw] = [wordsOf(quote), wordsOf(rendering)];
  const denial = (w: string) => NEGATIONS.has(w) || /n['’]t$/.test(w);
  const shared = new Set(rw.filter((w) => w.length > 2 && !denial(w)));
  const hits = qw.flatMap((w, i) => (shared.has(w) ? [i] : []));
  const [first, last] = [hits[0], hits[hits.length - 1]];
  if (first === undefined || last === undefined) return false;
  const part = qw.slice(Math.max(0, first - RENDERED_REACH), last + 1 + RENDERED_REACH);
  const figures = (ws: readonly string[]) => new Set(ws.filter((w) => /\d/.test(w)));
  const [fq, fr] = [figures(part), figures(rw)];
  if (fq.size > 0 && fr.size > 0 && [...fq].some((x) => !fr.has(x))) return true;
  const denies = (ws: readonly string[]) => ws.some(denial);
  return denies(part) !== denies(rw);
}

const SWAP_POS = new Set(["NOUN", "VERB", "ADJ", "ADV"]);

/**
 * Whether an outlet's rendering of a quotation (its tokens) puts another word for one or two of the
 * speaker's, no synonym nor a form of it, with the words around it kept: inside the words both have
 * ("must be guaranteed" / "must be respected" at the end of both, "the earth above man" / "the world
 * beside man"). A word the rendering adds or leaves out, or has elsewhere, is no swap.
 */
export function renderingSwapsWord(quoted: readonly Token[], rendering: readonly Token[]): boolean {
  const words = (ts: readonly Token[]) => ts.filter((t) => WORD.test(t.text));
  const [qt, rt] = [words(quoted), words(rendering)];
  const key = (t: Token) => t.lemma.toLowerCase();
  const content = (ts: readonly Token[], elsewhere: readonly Token[]) => {
    const there = new Set(elsewhere.flatMap((t) => [key(t), stemOf(key(t))]));
    return ts.filter((t) => SWAP_POS.has(t.pos) && !t.stop && !there.has(key(t)) && !there.has(stemOf(key(t))));
  };
  const changes = diffArrays(qt.map(key), rt.map(key));
  let [iq, ir, matched] = [0, 0, false];
  for (let c = 0; c < changes.length; c += 1) {
    const change = changes[c];
    if (!change) continue;
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      [iq, ir, matched] = [iq + count, ir + count, true];
      continue;
    }
    // A hunk: what the quotation has here and what the rendering has instead.
    let [dq, dr] = [0, 0];
    let d = c;
    for (; d < changes.length && (changes[d]?.added || changes[d]?.removed); d += 1) {
      const n = changes[d]?.count ?? changes[d]?.value.length ?? 0;
      if (changes[d]?.removed) dq += n;
      else dr += n;
    }
    const [gone, put] = [content(qt.slice(iq, iq + dq), rt), content(rt.slice(ir, ir + dr), qt)];
    const bounded = matched && (d < changes.length || (iq + dq === qt.length && ir + dr === rt.length));
    const swapped = gone.length > 0 && put.length > 0 && gone.length <= SWAPPED_WORDS && put.length <= SWAPPED_WORDS && !gone.some((g) => put.some((w) => synonymous(key(g), key(w))));
    if (bounded && swapped) return true;
    [iq, ir, c] = [iq + dq, ir + dr, d - 1];
  }
  // Or, over the part of the quotation it renders, a word or two of its own for a word or two of the
  // speaker's left out ("world view that elevates the Earth above man" / "view of man's relationship to the world").
  const shared = new Set(rt.map(key));
  const hits = qt.flatMap((t, i) => (shared.has(key(t)) && SWAP_POS.has(t.pos) ? [i] : []));
  const [first, last] = [hits[0], hits[hits.length - 1]];
  if (first === undefined || last === undefined) return false;
  const [gone, put] = [content(qt.slice(Math.max(0, first - RENDERED_REACH), last + 1 + RENDERED_REACH), rt), content(rt, qt)];
  return gone.length > 0 && put.length > 0 && gone.length <= SWAPPED_WORDS && put.length <= SWAPPED_WORDS && !gone.some((g) => put.some((w) => synonymous(key(g), key(w))));
}

function changesFact(x: QuoteUnit, y: QuoteUnit): boolean {
  // (A figure in words or in digits is one figure: "two" / "2".)
  const [wx, wy] = [x.words, y.words].map((ws) => ws.map((w) => NUMBER_WORDS[w] ?? w)) as [string[], string[]];
  const { before, after, x: mx, y: my } = innerChange(wx, wy);
  const inner = before > 0 && after > 0 && Math.max(mx.length, my.length) <= CHANGED_WORDS;
  return inner && [...mx, ...my].some((w) => /\d/.test(w) || w in NUMBER_WORDS || NEGATIONS.has(w));
}
