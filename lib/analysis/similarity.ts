import { senses } from "./lexicon";
import { NEWS_EQUIVALENTS } from "./vocabulary";
import type { SentenceFeatures } from "./features";

/**
 * Similarity of two sentences in [0, 1]: a soft, rarity-weighted Dice overlap
 * of their content lemmas. Shared rare words ("malware", a name, a figure) count
 * far more than shared common ones ("said"); words that are WordNet synonyms,
 * share a long stem, or are words news reports use for one another
 * (`vocabulary.NEWS_EQUIVALENTS`: "police" / "investigators") count 70%. `idf`
 * lowers words that appear all over the
 * comparison (the story's protagonist), so they do not glue every sentence
 * together.
 */
export type Idf = (key: string) => number;
const NO_IDF: Idf = () => 1;

export interface Overlap {
  similarity: number;
  /** Matched weight over the first sentence's weight: how much of it the second covers. */
  coverA: number;
  coverB: number;
  /** The matched weight itself: how much the two sentences say in common, whatever their lengths. */
  shared: number;
}

function stem(key: string): string | null {
  return key.length >= 6 && /^\p{L}+$/u.test(key) ? key.slice(0, 5) : null;
}

/** A key's class of `NEWS_EQUIVALENTS`, read through a plural the lemmatiser leaves ("deputies", "officers"). */
function newsClass(key: string): string | undefined {
  return NEWS_EQUIVALENTS.get(key) ?? (key.endsWith("ies") ? NEWS_EQUIVALENTS.get(`${key.slice(0, -3)}y`) : undefined) ?? (key.endsWith("s") ? NEWS_EQUIVALENTS.get(key.slice(0, -1)) : undefined);
}

/** The stem and sense keys a content key is looked up by, computed once per key. */
const probeCache = new Map<string, readonly string[]>();

function probesOf(key: string): readonly string[] {
  let probes = probeCache.get(key);
  if (!probes) {
    const s = stem(key);
    const news = newsClass(key);
    probes = [...(s ? [`stem:${s}`] : []), ...(news ? [`news:${news}`] : []), ...senses(key)];
    probeCache.set(key, probes);
  }
  return probes;
}

/** Per sentence: sense and stem keys -> content key, built once, for synonym lookups in O(1). */
const senseIndexes = new WeakMap<SentenceFeatures, Map<string, string[]>>();

function senseIndex(f: SentenceFeatures): Map<string, string[]> {
  let index = senseIndexes.get(f);
  if (index) return index;
  index = new Map();
  for (const key of f.content.keys()) {
    for (const k of probesOf(key)) {
      const list = index.get(k);
      if (list) list.push(key);
      else index.set(k, [key]);
    }
  }
  senseIndexes.set(f, index);
  return index;
}

export function overlap(a: SentenceFeatures, b: SentenceFeatures, idf: Idf = NO_IDF): Overlap {
  let totalA = 0;
  let totalB = 0;
  let shared = 0;
  const restA: Array<[string, number]> = [];
  const restB = new Map<string, number>();
  for (const [key, w] of b.content) {
    const weight = w * idf(key);
    totalB += weight;
    if (!a.content.has(key)) restB.set(key, weight);
  }
  for (const [key, w] of a.content) {
    const weight = w * idf(key);
    totalA += weight;
    const other = b.content.get(key);
    if (other !== undefined) shared += Math.min(weight, other * idf(key));
    else restA.push([key, weight]);
  }
  if (restA.length > 0 && restB.size > 0) {
    const index = senseIndex(b);
    for (const [key, weight] of restA) {
      let matched: string | undefined;
      for (const probe of probesOf(key)) {
        matched = index.get(probe)?.find((k) => restB.has(k));
        if (matched) break;
      }
      if (matched !== undefined) {
        shared += 0.7 * Math.min(weight, restB.get(matched) ?? 0);
        restB.delete(matched);
      }
    }
  }
  const total = totalA + totalB;
  return {
    similarity: total === 0 ? 0 : Math.min(1, (2 * shared) / total),
    coverA: totalA === 0 ? 0 : Math.min(1, shared / totalA),
    coverB: totalB === 0 ? 0 : Math.min(1, shared / totalB),
    shared,
  };
}

export function similarity(a: SentenceFeatures, b: SentenceFeatures, idf: Idf = NO_IDF): number {
  return overlap(a, b, idf).similarity;
}

/**
 * Document frequency weighting over every sentence in the comparison, in [0.35, 1]. A claim every
 * outlet carries puts its words in one sentence per source: the scale is that of two sources of the
 * same length, so a third or a tenth outlet telling the same story does not make its words common.
 */
export function comparisonIdf(all: readonly SentenceFeatures[], sources = 2): Idf {
  const df = new Map<string, number>();
  for (const f of all) for (const key of f.content.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = all.length;
  if (n < 6) return NO_IDF;
  const norm = Math.log((2 * n) / Math.max(2, sources) + 1);
  const cache = new Map<string, number>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      const d = df.get(key) ?? 1;
      value = 0.35 + 0.65 * Math.min(1, Math.log((n + 1) / d) / norm);
      cache.set(key, value);
    }
    return value;
  };
}
