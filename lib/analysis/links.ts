import { insideQuotation, type SentenceFeatures } from "./features";
import { predict, type LogisticModel } from "./logistic";
import { LINK_MODEL } from "./link-model";
import { ngrams, words } from "./paraphrase";
import type { Overlap } from "./similarity";
import { voiceOf } from "./quotations";
import { canBeSameSpeaker, type Speaker } from "./speakers";

/**
 * Links: does a sentence of one source carry a claim of a sentence of another? Every candidate
 * pair is judged on its own (a sentence may link to several: a lead often sums up what another
 * outlet says in three sentences), by a logistic model over what a reader weighs: how much the two
 * share (rarity-weighted, in proportion and in absolute amount), how much of the shorter one the
 * longer contains, whether this is the best partner either sentence has in the other source, shared
 * names, figures and quoted words, word pairs in common, where the sentences sit in their
 * articles, and whether two different named people say them. Its coefficients (`link-model.ts`, generated) are fitted by `npm run train:links`.
 * Two sentences quoting two remarks (their quoted words mostly not shared) are not a link, whatever
 * the words around the quotations share (`twoRemarks`).
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

const bigramCache = new WeakMap<SentenceFeatures, Map<string, number>>();

function bigramsOf(f: SentenceFeatures): Map<string, number> {
  let grams = bigramCache.get(f);
  if (!grams) {
    grams = ngrams(words(f), 2);
    bigramCache.set(f, grams);
  }
  return grams;
}

/** Word pairs in common over the smaller sentence's word pairs (clipped counts). */
function bigramShare(a: SentenceFeatures, b: SentenceFeatures): number {
  const ga = bigramsOf(a);
  const gb = bigramsOf(b);
  let shared = 0;
  let ca = 0;
  let cb = 0;
  for (const [key, count] of ga) {
    shared += Math.min(count, gb.get(key) ?? 0);
    ca += count;
  }
  for (const count of gb.values()) cb += count;
  const smaller = Math.min(ca, cb);
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
    sharedNumbers: Math.min(2, sharedCount(new Set(a.numbers.map((n) => n.value)), new Set(b.numbers.map((n) => n.value)))),
    quoteShare,
    bigramMax,
    shortLength: Math.log1p(Math.min(a.content.size, b.content.size)),
    orderGap: Math.abs(context.positionA - context.positionB),
    neighbour: context.neighbour,
    // Quotations and claims of two different named people are two statements.
    speakerClash: canBeSameSpeaker(speakerOfCached(a), speakerOfCached(b)) ? 0 : 1,
  };
}

/** Quoted words (longer than three letters) a sentence needs before its quotations say enough to be told apart from another's. */
const QUOTED_WORDS = 2;
/** A sentence reports a remark when at least this share of its words is quoted; a few quoted words in a reported sentence ("an “outrageous distortion”") are not one. */
const QUOTED_SHARE = 0.3;
/** Below this share of their quoted words in common, two quotations are two remarks. */
const QUOTE_SHARE_FLOOR = 0.5;
/** The most a pair of two remarks can be: under LINK_THRESHOLD, whatever the words around them share. */
const REMARKS_CAP = 0.3;

const quotedShareCache = new WeakMap<SentenceFeatures, number>();

/** The share of a sentence's words inside quotation marks. */
function quotedShare(f: SentenceFeatures): number {
  let share = quotedShareCache.get(f);
  if (share === undefined) {
    const wordTokens = f.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    share = wordTokens.length === 0 ? 0 : wordTokens.filter((t) => insideQuotation(f, t)).length / wordTokens.length;
    quotedShareCache.set(f, share);
  }
  return share;
}

/**
 * Two sentences that each quote someone at some length, in words they mostly do not share, report
 * two remarks ("I thought to myself, 'Oh, this is another guy ...,'" said the witness / "It was
 * like a blink of an eye," said the witness): the speaker's name, "said" and the story's words
 * around them do not make them one claim.
 */
export function twoRemarks(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const [qa, qb] = [quoteWords(a), quoteWords(b)];
  if (qa.size < QUOTED_WORDS || qb.size < QUOTED_WORDS || quotedShare(a) < QUOTED_SHARE || quotedShare(b) < QUOTED_SHARE) return false;
  return sharedCount(qa, qb) / Math.min(qa.size, qb.size) < QUOTE_SHARE_FLOOR;
}

/** Probability that the two sentences carry a claim in common. */
export function linkProbability(a: SentenceFeatures, b: SentenceFeatures, o: Overlap, context: LinkContext, model: LogisticModel = LINK_MODEL): number {
  const f = linkFeatures(a, b, o, context);
  const p = predict(
    model,
    model.features.map((name) => f[name as LinkFeature]),
  );
  return twoRemarks(a, b) ? Math.min(p, REMARKS_CAP) : p;
}
