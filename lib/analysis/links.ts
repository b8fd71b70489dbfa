import { insideQuotation, isYear, tokenKey, type SentenceFeatures } from "./features";
import type { Token } from "./nlp";
import { numericValue, roundsAt } from "./figures";
import { boundedInterner } from "./interner";
import { predict, type LogisticModel } from "./logistic";
import { LINK_MODEL } from "./link-model";
import { ngrams, words } from "./paraphrase";
import { overlap, type Overlap } from "./similarity";
import { voiceOf } from "./quotations";
import { isRole } from "./people";
import { canBeSameSpeaker, type Speaker } from "./speakers";
import { INSTITUTIONS, SPEECH_VERB_CLASS, WEEKDAY_NAMES } from "./vocabulary";

/**
 * Links: does a sentence of one source carry a claim of a sentence of another? Every candidate
 * pair is judged on its own (a sentence may link to several: a lead often sums up what another
 * outlet says in three sentences), by a logistic model over what a reader weighs: how much the two
 * share (rarity-weighted, in proportion and in absolute amount), how much of the shorter one the
 * longer contains, whether this is the best partner either sentence has in the other source, shared
 * names, figures (not ages) and quoted words, word pairs in common, where the sentences sit in their
 * articles, and whether two different named people say them. Its coefficients (`link-model.ts`, generated) are fitted by `npm run train:links`.
 * Two sentences quoting two remarks (quoted words that say different things) are not a link,
 * whatever the speaker's name and the words around the quotations share (`twoRemarks`).
 */
export const LINK_FEATURES = [
  "similarity",
  "coverMin",
  "coverMax",
  "relMin",
  "relMax",
  "shared",
  "sharedNames",
  "sharedNumbers",
  "quoteShare",
  "bigramMax",
  "shortLength",
  "orderGap",
  "neighbour",
  "speakerClash",
] as const;
export type LinkFeature = (typeof LINK_FEATURES)[number];

/** A link is kept at or above this probability. */
export const LINK_THRESHOLD = 0.4;

/** Where the pair sits among the other candidates of the two sources. */
export interface LinkContext {
  /** Best similarity of the first sentence with any sentence of the second source, and vice versa. */
  bestA: number;
  bestB: number;
  /** Relative positions (0 = first sentence, 1 = last) in each article. */
  positionA: number;
  positionB: number;
  /** Best similarity of the sentences just before both, or just after both: outlets tell a story in order. */
  neighbour: number;
}

/** A sentence's word pairs, each as a number (`bigramId`) in ascending order, with its count, and the counts' sum. */
interface Bigrams {
  ids: Int32Array;
  counts: Int32Array;
  total: number;
  /** The numbering's generation the ids are of (`bigramIds`). */
  generation: number;
}
const bigramCache = new WeakMap<SentenceFeatures, Bigrams>();
/** Word pairs a process numbers at most before it starts afresh: a server reads new ones for as long as it runs (about 50 MB). */
const WORD_PAIRS_HELD = 500_000;
const bigramIds = boundedInterner(WORD_PAIRS_HELD);

function bigramsOf(f: SentenceFeatures): Bigrams {
  let grams = bigramCache.get(f);
  if (!grams || grams.generation !== bigramIds.generation()) {
    const entries = [...ngrams(words(f), 2)].map(([gram, count]) => [bigramIds.id(gram), count] as const).sort((x, y) => x[0] - y[0]);
    grams = { ids: Int32Array.from(entries, (e) => e[0]), counts: Int32Array.from(entries, (e) => e[1]), total: entries.reduce((n, e) => n + e[1], 0), generation: bigramIds.generation() };
    bigramCache.set(f, grams);
  }
  return grams;
}

/** Forget every word pair's number now (as a process that has read `WORD_PAIRS_HELD` of them does): sentences read before are numbered again when next compared. */
export function forgetWordPairs(): void {
  bigramIds.trim(true);
}

/** Word pairs in common over the smaller sentence's word pairs (clipped counts): the two sorted lists walked together. */
function bigramShare(a: SentenceFeatures, b: SentenceFeatures): number {
  // (Between two pairs only: both sentences are numbered in one generation.)
  bigramIds.trim();
  const ga = bigramsOf(a);
  const gb = bigramsOf(b);
  let shared = 0;
  for (let x = 0, y = 0; x < ga.ids.length && y < gb.ids.length; ) {
    const [ix, iy] = [ga.ids[x] ?? 0, gb.ids[y] ?? 0];
    if (ix < iy) x += 1;
    else if (iy < ix) y += 1;
    else {
      shared += Math.min(ga.counts[x] ?? 0, gb.counts[y] ?? 0);
      x += 1;
      y += 1;
    }
  }
  const smaller = Math.min(ga.total, gb.total);
  return smaller === 0 ? 0 : shared / smaller;
}

const speakerCache = new WeakMap<SentenceFeatures, Speaker | null>();

function speakerOfCached(f: SentenceFeatures): Speaker | null {
  if (!speakerCache.has(f)) speakerCache.set(f, voiceOf(f));
  return speakerCache.get(f) ?? null;
}

const quoteCache = new WeakMap<SentenceFeatures, Set<string>>();

function quoteWords(f: SentenceFeatures): Set<string> {
  let out = quoteCache.get(f);
  if (!out) {
    out = new Set<string>();
    for (const q of f.quotes) for (const w of q.key.split(/\s+/)) if (w.length > 3) out.add(w);
    quoteCache.set(f, out);
  }
  return out;
}

function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/**
 * The figures a sentence gives, not its ages: "a 3-year-old girl" says whom a sentence is about, as
 * her name would (`persons`), not a figure of its claim ("when it is a 3-year-old little girl, that
 * hits the whole community" / "a 3-year-old girl was killed by a stray bullet").
 */
const figureCache = new WeakMap<SentenceFeatures, ReadonlySet<string>>();

function figures(f: SentenceFeatures): ReadonlySet<string> {
  let out = figureCache.get(f);
  if (!out) {
    // ("4.50%" and "4.5%" are one figure here: its trailing zeros say how precisely it is given, not another value.)
    out = new Set(f.numbers.filter((n) => n.unit !== "age").map((n) => n.value.replace(/(\.\d*?)0+(?=$|%|\s)/, "$1").replace(/\.(?=$|%|\s)/, "")));
    figureCache.set(f, out);
  }
  return out;
}

/** How far, at most, a rounded figure lies from the exact one, as a share of it. */
const ROUNDED_WITHIN = 0.05;

/**
 * Figures the two sentences share: the same figure, or one the other gives rounded ("More than
 * 18,000 fans" / "a crowd of 18,402", "nearly 13,000" / "12,950", "about 3 percent" / "3.1%").
 */
function sharedFigures(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  // (Within a few percent of each other: "5 percent" is not "4.5%" rounded, said of an interest rate.)
  const near = (x: string, y: string) => Math.abs(numericValue(x) - numericValue(y)) <= ROUNDED_WITHIN * Math.abs(numericValue(y));
  let n = 0;
  for (const x of a) {
    if (b.has(x)) n += 1;
    else for (const y of b) if (x.endsWith("%") === y.endsWith("%") && near(x, y) && (roundsAt(x, y) || roundsAt(y, x))) {
      n += 1;
      break;
    }
  }
  return n;
}

export function linkFeatures(a: SentenceFeatures, b: SentenceFeatures, o: Overlap, context: LinkContext): Record<LinkFeature, number> {
  const relA = context.bestA > 0 ? o.similarity / context.bestA : 0;
  const relB = context.bestB > 0 ? o.similarity / context.bestB : 0;
  const qa = quoteWords(a);
  const qb = quoteWords(b);
  const quoteShare = qa.size > 0 && qb.size > 0 ? sharedCount(qa, qb) / Math.min(qa.size, qb.size) : 0;
  const bigramMax = bigramShare(a, b);
  return {
    similarity: o.similarity,
    coverMin: Math.min(o.coverA, o.coverB),
    coverMax: Math.max(o.coverA, o.coverB),
    relMin: Math.min(relA, relB),
    relMax: Math.max(relA, relB),
    shared: Math.log1p(o.shared),
    sharedNames: Math.min(3, sharedCount(a.names, b.names)),
    sharedNumbers: Math.min(2, sharedFigures(figures(a), figures(b))),
    quoteShare,
    bigramMax,
    shortLength: Math.log1p(Math.min(a.content.size, b.content.size)),
    orderGap: Math.abs(context.positionA - context.positionB),
    neighbour: context.neighbour,
    // Quotations and claims of two different named people are two statements.
    speakerClash: canBeSameSpeaker(speakerOfCached(a), speakerOfCached(b)) ? 0 : 1,
  };
}

/** Quoted content words a sentence needs before its quotations say enough to be told apart from another's. */
const QUOTED_WORDS = 2;
/** A sentence reports a remark when at least this share of its words is quoted; a few quoted words in a reported sentence ("an “outrageous distortion”") are not one. */
const QUOTED_SHARE = 0.3;
/** Below this share of either's quoted words found in the other's (synonyms, stems and spellings counted, as `similarity` counts them), two quotations are two remarks. */
const QUOTE_COVER_FLOOR = 0.5;
/** The most a pair of two remarks can be: under LINK_THRESHOLD and MEASURE_FLOOR's re-linking (`align`). */
const REMARKS_CAP = 0.15;

/** Words two quotations share in one unbroken run, inside one quotation each, to be one remark. */
const SAME_REMARK_RUN = 5;
/** Of which content words (not "I don't think that the"), at least. */
const SAME_REMARK_CONTENT = 2;

/**
 * Every run of SAME_REMARK_RUN words inside one quotation of the sentence that holds at least
 * SAME_REMARK_CONTENT content words, as lower-case text: computed once per sentence, so that two
 * sentences share a run when their sets meet.
 */
function quotedRuns(f: SentenceFeatures, inside: readonly Token[]): Set<string> {
  const runs = new Set<string>();
  for (const quote of f.quotes) {
    const words = inside.filter((t) => t.start >= quote.start && t.end <= quote.end);
    for (let i = 0; i + SAME_REMARK_RUN <= words.length; i += 1) {
      const run = words.slice(i, i + SAME_REMARK_RUN);
      if (run.filter((t) => !t.stop).length >= SAME_REMARK_CONTENT) runs.add(run.map((t) => t.lower).join(" "));
    }
  }
  return runs;
}

/** A sentence's quoted words only: its content keys that a token inside a quotation gives, with their weights. */
interface Quoted {
  /** Its runs of words inside one quotation (`quotedRuns`). */
  runs: Set<string>;
  share: number;
  /** The sentence with only its quoted content words, and with only the others. */
  features: SentenceFeatures;
  outside: SentenceFeatures;
}
const quotedCache = new WeakMap<SentenceFeatures, Quoted>();

function quoted(f: SentenceFeatures): Quoted {
  let out = quotedCache.get(f);
  if (!out) {
    const wordTokens = f.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    const inside = wordTokens.filter((t) => insideQuotation(f, t));
    const keys = new Set(inside.map(tokenKey));
    const content = new Map([...f.content].filter(([key]) => keys.has(key)));
    const rest = new Map([...f.content].filter(([key]) => !keys.has(key)));
    out = { runs: quotedRuns(f, inside), share: wordTokens.length === 0 ? 0 : inside.length / wordTokens.length, features: { ...f, content }, outside: { ...f, content: rest } };
    quotedCache.set(f, out);
  }
  return out;
}

/**
 * Two sentences that each quote someone at some length, in words that say different things,
 * report two remarks ("I thought to myself, 'Oh, this is another guy ...,'" said the witness / "It
 * was like a blink of an eye," said the witness): the speaker's name, "said" and the story's words
 * around them do not make them one claim. The quoted words are compared as `similarity` compares
 * sentences, so one remark in British and American spelling, or in two translations, stays one;
 * so does a claim one outlet quotes and the other says in its own words; two sentences giving a
 * figure in common are not two remarks.
 */
export function twoRemarks(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const [qa, qb] = [quoted(a), quoted(b)];
  if (qa.share < QUOTED_SHARE || qb.share < QUOTED_SHARE || qa.features.content.size < QUOTED_WORDS || qb.features.content.size < QUOTED_WORDS) return false;
  if (a.numbers.some((n) => b.numbers.some((m) => m.value === n.value))) return false;
  // Words both quote in one unbroken run are one remark, whatever else each quotes around them
  // ("states are able to make a provision" / "States are able to make decisions").
  const [fewer, more] = qa.runs.size <= qb.runs.size ? [qa.runs, qb.runs] : [qb.runs, qa.runs];
  for (const run of fewer) if (more.has(run)) return false;
  // What one outlet says in its own words and the other quotes ("Dunn said the shooting was justified" /
  // "“This shooting was justified,” Dunn said") is one claim.
  // Containment, not similarity: a line of a quotation the other outlet quotes whole is that quotation.
  const apart = (x: SentenceFeatures, y: SentenceFeatures) => {
    const o = overlap(x, y);
    return Math.max(o.coverA, o.coverB) < QUOTE_COVER_FLOOR;
  };
  return apart(qa.features, qb.features) && apart(qa.features, qb.outside) && apart(qa.outside, qb.features);
}

const subjectCache = new WeakMap<SentenceFeatures, string[]>();

/** The named person a sentence opens with as its subject ("Patrick Mahomes threw", "Sen. Jane Doe voted"): lower-case name words, or none. */
export function openingSubject(f: SentenceFeatures): string[] {
  let out = subjectCache.get(f);
  if (!out) {
    out = readOpeningSubject(f);
    subjectCache.set(f, out);
  }
  return out;
}

function readOpeningSubject(f: SentenceFeatures): string[] {
  const out: string[] = [];
  for (const [k, t] of f.tokens.entries()) {
    // (A sentence's first word before a name is the name's first word, whatever the tagger read: "Josh Allen threw".)
    const opensName = k === 0 && !t.stop && t.pos !== "DET" && /^\p{Lu}\p{Ll}+$/u.test(t.text) && f.tokens[1]?.pos === "PROPN" && /^\p{Lu}/u.test(f.tokens[1].text);
    if (opensName) {
      out.push(t.lower);
      continue;
    }
    if (t.pos === "VERB" || t.pos === "AUX") {
      // Who said something is the speaker, which `speakerClash` weighs: not a subject here.
      if (SPEECH_VERB_CLASS[t.lemma] !== undefined) return [];
      break;
    }
    if (t.pos !== "PROPN" || !/^\p{Lu}/u.test(t.text)) {
      // Only a name (with its title) before the verb: "The team's Patrick Mahomes" or "In Ohio, Smith" opens otherwise.
      if (out.length === 0 && !(t.pos === "PROPN" || t.text === ".")) return [];
      if (out.length > 0) return [];
      continue;
    }
    if (!isRole(t.lower.replace(/\.$/, ""))) out.push(t.lower);
  }
  // A person's name, not a place's or a body's ("Downing Street", "Tesla Motors", "Justice Department").
  const last = out[out.length - 1] ?? "";
  return out.length >= 2 && !INSTITUTIONS.has(last) && !PLACE_OR_FIRM_WORDS.has(last) ? out : [];
}

/** Last words of names that are places or firms, not people (bodies are `vocabulary.INSTITUTIONS`). */
const PLACE_OR_FIRM_WORDS = new Set(
  "street avenue road house hall palace square motors inc corp co group police college airlines airways news times post journal service authority board league club team city county state republic kingdom".split(" "),
);

/**
 * Two sentences whose subjects are two people each outlet names ("Patrick Mahomes threw for 284
 * yards" / "Josh Allen threw for 301 yards", where both outlets tell of both) may be two people's
 * claims, however alike their words (`scorePair` holds them apart when each has a partner of its own
 * subject in the other article); not one told from either side ("Federer beat Nadal" / "Nadal lost to
 * Federer": each names the other's subject), nor what two people said (`speakerClash` weighs that).
 */
export function twoSubjects(a: SentenceFeatures, b: SentenceFeatures, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  const [sa, sb] = [openingSubject(a), openingSubject(b)];
  if (sa.length === 0 || sb.length === 0 || sa.some((w) => sb.includes(w))) return false;
  const named = (words: string[], f: SentenceFeatures) => words.some((w) => f.names.has(w));
  if (named(sa, b) || named(sb, a)) return false;
  // Each outlet names the other's subject elsewhere: it knows the person, and chose another here.
  // (By the surname: a sentence's first word is not read as a name.)
  return namesB.has(sa[sa.length - 1] ?? "") && namesA.has(sb[sb.length - 1] ?? "");
}

const occasionCache = new WeakMap<SentenceFeatures, string | null>();

/**
 * When a sentence says its claim happened: "now" for a day named from the day of writing or a
 * weekday ("on Sunday", "yesterday", "this week"), else the years it dates it to ("In 1970", "a 1970
 * earthquake"), else null. An earthquake "on Sunday" and one "in 1970" are two occasions.
 */
export function occasionOf(f: SentenceFeatures): string | null {
  if (occasionCache.has(f)) return occasionCache.get(f) ?? null;
  let out: string | null = null;
  if (f.dates.some((d) => RECENT_DAY.test(d.key))) out = "now";
  else {
    // A year the sentence dates its claim to ("In 1970, ..."), or its subject's ("A 1970 earthquake
    // killed"); not a thing's it names in passing ("asks the court to strike down a 2012 measure").
    const dated = f.dates.flatMap((d) => d.key.match(/\b(?:19|20)\d{2}\b/g) ?? []);
    const opening = f.tokens[OPENING_WORDS]?.start ?? f.text.length;
    const subjects = f.numbers.filter((n) => isYear(n) && n.start < opening).map((n) => n.value);
    const years = [...new Set([...subjects, ...dated])].sort();
    if (years.length > 0) out = `years:${years.join(",")}`;
  }
  occasionCache.set(f, out);
  return out;
}

/** Words that open a sentence with its subject: "A 1970 earthquake in". */
const OPENING_WORDS = 3;

const RECENT_DAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join("|")}|yesterday|today|tonight|this (?:week|morning|afternoon|evening))\b`, "i");

/** Two sentences told of two occasions: one of a day named from the day of writing, the other of past years, or of years that share none. */
export function twoOccasions(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const [oa, ob] = [occasionOf(a), occasionOf(b)];
  if (oa === null || ob === null || oa === ob) return false;
  if (oa === "now" || ob === "now") return true;
  const [ya, yb] = [oa.slice(6).split(","), ob.slice(6).split(",")];
  return !ya.some((y) => yb.includes(y));
}

/** A probability held below a link, for pairs that are two statements whatever else they share. */
export function capped(p: number): number {
  return Math.min(p, REMARKS_CAP);
}

/**
 * Probability that the two sentences carry a claim in common, from their link features (computed
 * once by the caller) and whether they quote two remarks (`twoRemarks`).
 */
export function linkProbability(f: Record<LinkFeature, number>, remarks: boolean, model: LogisticModel = LINK_MODEL): number {
  const p = predict(
    model,
    model.features.map((name) => f[name as LinkFeature]),
  );
  return remarks ? capped(p) : p;
}
