import type { SentenceFeatures } from "./features";
import { predict } from "./logistic";
import { PARAPHRASE_MODEL } from "./paraphrase-model";
import { overlap, type Overlap } from "./similarity";

/**
 * Measurements of how much two aligned sentences say the same thing, beyond the
 * rarity-weighted overlap alone: word n-gram overlap in both directions, the
 * longest common run of words, lengths, and the weight of what each sentence
 * says that the other does not. Every value is in a small range (0-1 or a log).
 */
export const PAIR_FEATURES = [
  "similarity",
  "coverMin",
  "coverMax",
  "unigramMin",
  "unigramMax",
  "bigramMin",
  "bigramMax",
  "trigramMin",
  "trigramMax",
  "lcsMin",
  "lcsMax",
  "lengthRatio",
  "lengthGap",
  "restMax",
  "restMin",
  "numbersDiffer",
  "numbersAgree",
  "namesDiffer",
  "charMin",
  "charMax",
] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];

const WORD = /[\p{L}\p{N}]/u;

export function words(f: SentenceFeatures): string[] {
  return f.tokens.filter((t) => WORD.test(t.text)).map((t) => t.lower);
}

export function ngrams(list: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= list.length; i += 1) {
    const key = list.slice(i, i + n).join(" ");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Clipped n-gram matches over each side's n-gram count: [min, max] of the two directions. */
function ngramOverlap(a: readonly string[], b: readonly string[], n: number): [number, number] {
  const ga = ngrams(a, n);
  const gb = ngrams(b, n);
  let shared = 0;
  for (const [key, count] of ga) shared += Math.min(count, gb.get(key) ?? 0);
  const ca = Math.max(0, a.length - n + 1);
  const cb = Math.max(0, b.length - n + 1);
  const pa = ca === 0 ? 0 : shared / ca;
  const pb = cb === 0 ? 0 : shared / cb;
  return [Math.min(pa, pb), Math.max(pa, pb)];
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

function charGrams(text: string): Map<string, number> {
  const squeezed = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return ngrams([...squeezed], 4);
}

function contentWeight(f: SentenceFeatures): number {
  let total = 0;
  for (const w of f.content.values()) total += w;
  return total;
}

/** `o` is the pair's overlap when the caller has it already (the aligner's similarity). */
export function pairFeatures(a: SentenceFeatures, b: SentenceFeatures, o: Overlap = overlap(a, b)): Record<PairFeature, number> {
  const wa = words(a);
  const wb = words(b);
  const [unigramMin, unigramMax] = ngramOverlap(wa, wb, 1);
  const [bigramMin, bigramMax] = ngramOverlap(wa, wb, 2);
  const [trigramMin, trigramMax] = ngramOverlap(wa, wb, 3);
  const common = lcs(wa, wb);
  const la = Math.max(1, wa.length);
  const lb = Math.max(1, wb.length);
  const restA = contentWeight(a) * (1 - o.coverA);
  const restB = contentWeight(b) * (1 - o.coverB);
  const va = new Set(a.numbers.map((n) => n.value));
  const vb = new Set(b.numbers.map((n) => n.value));
  const numbersDiffer = [...va].filter((v) => !vb.has(v)).length + [...vb].filter((v) => !va.has(v)).length;
  const namesDiffer = [...a.names].filter((n) => !b.names.has(n)).length + [...b.names].filter((n) => !a.names.has(n)).length;
  const ca = charGrams(a.text);
  const cb = charGrams(b.text);
  let sharedChars = 0;
  let totalA = 0;
  let totalB = 0;
  for (const [key, count] of ca) {
    sharedChars += Math.min(count, cb.get(key) ?? 0);
    totalA += count;
  }
  for (const count of cb.values()) totalB += count;
  const charA = totalA === 0 ? 0 : sharedChars / totalA;
  const charB = totalB === 0 ? 0 : sharedChars / totalB;
  return {
    similarity: o.similarity,
    coverMin: Math.min(o.coverA, o.coverB),
    coverMax: Math.max(o.coverA, o.coverB),
    unigramMin,
    unigramMax,
    bigramMin,
    bigramMax,
    trigramMin,
    trigramMax,
    lcsMin: common / Math.max(la, lb),
    lcsMax: common / Math.min(la, lb),
    lengthRatio: Math.min(la, lb) / Math.max(la, lb),
    lengthGap: Math.log1p(Math.abs(la - lb)),
    restMax: Math.log1p(Math.max(restA, restB)),
    restMin: Math.log1p(Math.min(restA, restB)),
    numbersDiffer: Math.min(3, numbersDiffer),
    numbersAgree: va.size > 0 && numbersDiffer === 0 ? 1 : 0,
    namesDiffer: Math.min(4, namesDiffer),
    charMin: Math.min(charA, charB),
    charMax: Math.max(charA, charB),
  };
}

/**
 * Probability that two sentences state the same facts (no more, no less), from the
 * logistic model fitted on MRPC's news sentence pairs (lib/analysis/paraphrase-model.ts).
 */
export function sameFactsProbability(a: SentenceFeatures, b: SentenceFeatures, o?: Overlap): number {
  const f = pairFeatures(a, b, o);
  return predict(
    PARAPHRASE_MODEL,
    PARAPHRASE_MODEL.features.map((name) => f[name as PairFeature]),
  );
}
