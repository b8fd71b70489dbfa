import { senses } from "./lexicon";
import { NEWS_EQUIVALENTS } from "./vocabulary";
import type { SentenceFeatures } from "./features";
import { interner } from "./interner";
import { stemOf } from "./words";

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
  return key.length >= 6 && /^\p{L}+$/u.test(key) ? stemOf(key) : null;
}

/** A key's class of `NEWS_EQUIVALENTS`, read through a plural the lemmatiser leaves ("deputies", "officers"). */
function newsClass(key: string): string | undefined {
  return NEWS_EQUIVALENTS.get(key) ?? (key.endsWith("ies") ? NEWS_EQUIVALENTS.get(`${key.slice(0, -3)}y`) : undefined) ?? (key.endsWith("s") ? NEWS_EQUIVALENTS.get(key.slice(0, -1)) : undefined);
}

/** The stem and news-equivalent keys of a content key: the cheap part of `probesOf`, without WordNet's senses. */
export function closeKeys(key: string): string[] {
  const s = stem(key);
  const news = newsClass(key);
  return [...(s ? [`stem:${s}`] : []), ...(news ? [`news:${news}`] : [])];
}

/**
 * The stem, news-equivalent and sense keys a content key is looked up by (a synonym's key among
 * them), computed once per key, each as a number (`probeId`): a sentence's index and its filter
 * (`senseIndex`) are read by number.
 */
const probeCache = new Map<string, Int32Array>();
const probeId = interner();
/** Content keys whose probes are remembered at most: a server reads new words (names) for as long as it runs. */
const PROBES_HELD = 200_000;

function probesOf(key: string): Int32Array {
  let probes = probeCache.get(key);
  if (!probes) {
    // (Probes are numbered for good by `probeId`: probes read again after this are the same numbers.)
    if (probeCache.size >= PROBES_HELD) probeCache.clear();
    probes = Int32Array.from([...closeKeys(key), ...senses(key)], probeId);
    probeCache.set(key, probes);
  }
  return probes;
}

/** One bit per probe (its number modulo the filter's size): a probe whose bit is clear is not in the sentence, without a lookup. */
const FILTER_BITS = 2048;

/** Per sentence: probe -> content keys, built once, for synonym lookups in O(1), and its filter. */
interface SenseIndex {
  byProbe: Map<number, string[]>;
  filter: Uint32Array;
}
const senseIndexes = new WeakMap<SentenceFeatures, SenseIndex>();

function senseIndex(f: SentenceFeatures): SenseIndex {
  let index = senseIndexes.get(f);
  if (index) return index;
  index = { byProbe: new Map(), filter: new Uint32Array(FILTER_BITS / 32) };
  for (const key of f.content.keys()) {
    for (const k of probesOf(key)) {
      const list = index.byProbe.get(k);
      if (list) list.push(key);
      else index.byProbe.set(k, [key]);
      const bit = k % FILTER_BITS;
      index.filter[bit >>> 5] = (index.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
  }
  senseIndexes.set(f, index);
  return index;
}

/** A sentence's content weighted by one comparison's `idf`, and its total: computed once per sentence and comparison. */
export interface Weighted {
  weights: Map<string, number>;
  total: number;
  /** Each key, its weight and its stem and sense probes (`probesOf`), in `weights`' order: read by index, without an entry per key. */
  keys: string[];
  values: number[];
  probes: Int32Array[];
  /** The sum of the content's own weights it was weighed from (`rawTotal`). */
  raw: number;
}

function rawTotal(content: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of content.values()) sum += w;
  return sum;
}

/** The content weighed is the sentence's still: the same last key (a key that stands in for others comes last) and the same weights. */
function sameContent(out: Weighted, content: ReadonlyMap<string, number>): boolean {
  let last: string | undefined;
  let sum = 0;
  for (const [key, w] of content) {
    last = key;
    sum += w;
  }
  return last === out.keys[out.keys.length - 1] && sum === out.raw;
}
const weightedCache = new WeakMap<Idf, WeakMap<SentenceFeatures, Weighted>>();

function weightedOf(f: SentenceFeatures, idf: Idf): Weighted {
  let bySentence = weightedCache.get(idf);
  if (!bySentence) {
    bySentence = new WeakMap();
    weightedCache.set(idf, bySentence);
  }
  let out = bySentence.get(f);
  // A sentence learns words from its comparison (`across`) before it is compared there, and may give
  // some up for a key that stands for them (`acronyms`); one weighed before that is weighed again.
  if (!out || out.values.length !== f.content.size || !sameContent(out, f.content)) {
    const weights = new Map<string, number>();
    const keys: string[] = [];
    const values: number[] = [];
    const probes: Int32Array[] = [];
    let total = 0;
    for (const [key, w] of f.content) {
      const weight = w * idf(key);
      weights.set(key, weight);
      keys.push(key);
      values.push(weight);
      probes.push(probesOf(key));
      total += weight;
    }
    out = { weights, total, keys, values, probes, raw: rawTotal(f.content) };
    bySentence.set(f, out);
  }
  return out;
}

/**
 * The first sentence's words the second lacks, by their place in its `Weighted`: one buffer reused by
 * every call (`overlap` runs for each candidate pair of a comparison, and never re-enters itself).
 */
let rest = new Int32Array(64);
const NO_PROBES = new Int32Array(0);
const NO_KEYS: readonly string[] = [];

export function overlap(a: SentenceFeatures, b: SentenceFeatures, idf: Idf = NO_IDF): Overlap {
  return overlapOf(weightedOf(a, idf), weightedOf(b, idf), b);
}

/** A sentence weighed by one comparison's `idf`, to be set against many others (`overlapWeighed`) while its content stays as it is. */
export interface Weighed {
  readonly features: SentenceFeatures;
  readonly weighted: Weighted;
}

export function weigh(f: SentenceFeatures, idf: Idf = NO_IDF): Weighed {
  return { features: f, weighted: weightedOf(f, idf) };
}

/** `overlap` of two sentences weighed once (`weigh`): what `scorePair` runs for every candidate pair. */
export function overlapWeighed(a: Weighed, b: Weighed): Overlap {
  return overlapOf(a.weighted, b.weighted, b.features);
}

function overlapOf(wa: Weighted, wb: Weighted, b: SentenceFeatures): Overlap {
  const [totalA, totalB] = [wa.total, wb.total];
  let shared = 0;
  if (rest.length < wa.weights.size) rest = new Int32Array(2 * wa.weights.size);
  let missing = 0;
  for (let k = 0; k < wa.keys.length; k += 1) {
    const other = wb.weights.get(wa.keys[k] ?? "");
    if (other !== undefined) shared += Math.min(wa.values[k] ?? 0, other);
    else rest[missing++] = k;
  }
  // Each against a word of the second that is neither in the first nor taken yet: a synonym, a long
  // stem or a news equivalent counts 70%.
  if (missing > 0 && wb.weights.size > wa.weights.size - missing) {
    const { byProbe, filter } = senseIndex(b);
    let taken: Set<string> | undefined;
    for (let r = 0; r < missing; r += 1) {
      const i = rest[r] ?? 0;
      let matched: string | undefined;
      const probes = wa.probes[i] ?? NO_PROBES;
      for (let p = 0; p < probes.length && matched === undefined; p += 1) {
        const probe = probes[p] ?? 0;
        const bit = probe % FILTER_BITS;
        if ((((filter[bit >>> 5] ?? 0) >>> (bit & 31)) & 1) === 0) continue;
        for (const candidate of byProbe.get(probe) ?? NO_KEYS) {
          if (!wa.weights.has(candidate) && !taken?.has(candidate)) {
            matched = candidate;
            break;
          }
        }
      }
      if (matched !== undefined) {
        shared += 0.7 * Math.min(wa.values[i] ?? 0, wb.weights.get(matched) ?? 0);
        (taken ??= new Set()).add(matched);
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
  // One sentence two outlets print word for word (a wire story run twice) is counted once, with every
  // word either copy carries (each may read its pronouns from its own article: "She was 85." is Page's
  // age in both but carries the names of the sentence before it), whichever outlet comes first.
  const keysOf = new Map<string, Set<string>>();
  for (const f of all) {
    const keys = keysOf.get(f.text) ?? new Set<string>();
    for (const key of f.content.keys()) keys.add(key);
    keysOf.set(f.text, keys);
  }
  for (const keys of keysOf.values()) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const n = keysOf.size;
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
