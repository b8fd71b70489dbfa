import type { SentenceFeatures } from "./features";
import type { Token } from "./nlp";
import { HONORIFICS, TITLE_ABBREVIATIONS } from "./vocabulary";

/**
 * "Farenthold was sued by his former aide, Lauren Greene, in 2014" / "It was known that Mr.
 * Farenthold had been accused by Lauren Greene. | She sued him in 2014": the second outlet's
 * sentence names no one; its "she" and "him" are the people the sentence before it names. A
 * sentence with a personal pronoun carries the names of the people named in the sentence just
 * before it, at `CARRIED` of their weight, so that it shares them with another outlet's sentence
 * that names them.
 */

/** Share of a name's weight a pronoun carries: a guess at whom it means, not the name written. */
const CARRIED = 0.5;
const PERSONAL = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);

const honorific = (t: Token | undefined) => t !== undefined && (HONORIFICS.has(t.lower.replace(/\.$/, "")) || TITLE_ABBREVIATIONS.has(t.lower.replace(/\.$/, "")));
const isName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text) && !honorific(t);


/** Place nouns no one bears as a surname (not "Hall", "Park", "Church"): a run of names ending in one is a place. */
const PLACE_ENDINGS = new Set("hospital clinic school academy college university institute cathedral foundation museum theater theatre stadium arena library restaurant".split(" "));
/** Nouns that end the name of a place named after someone ("Primary Children's Hospital", "Ford's Theatre", "Carnegie Hall"). */
const NAMED_PLACES = new Set([...PLACE_ENDINGS, "church", "chapel", "center", "centre", "park", "hall", "store", "market"]);

/** The capitalised words that open `tokens` end with a place noun: "Research Hospital". */
function namesPlace(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (!/^\p{Lu}/u.test(t.text)) return false;
    if (NAMED_PLACES.has(t.lower)) return true;
  }
  return false;
}

/** Lemmas of the words of people's names in a sentence: two or more capitalised names in a row ("Lauren Greene"), or one after an honorific ("Mr. Farenthold"). */
export function personNames(f: Pick<SentenceFeatures, "tokens">): string[] {
  const out: string[] = [];
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isName(tokens[i])) continue;
    let j = i;
    while (isName(tokens[j + 1])) j += 1;
    const before = tokens[i - 1]?.text === "." ? tokens[i - 2] : tokens[i - 1];
    // "Primary Children's Hospital", "St. Jude Children's Research Hospital": a place named after someone, not a person.
    if ((/^['’]s$/.test(tokens[j + 1]?.text ?? "") && namesPlace(tokens.slice(j + 2))) || PLACE_ENDINGS.has(tokens[j]?.lower ?? "")) {
      i = j;
      continue;
    }
    if (j > i || honorific(before)) for (let k = i; k <= j; k += 1) out.push((tokens[k] as Token).lemma);
    i = j;
  }
  return out;
}

/** Adds to each sentence with a personal pronoun the names of the people the sentence before it names (in place). */
export function carryNames(sentences: readonly SentenceFeatures[]): void {
  const named = sentences.map(personNames);
  sentences.forEach((f, i) => {
    const before = sentences[i - 1];
    if (!before || !f.tokens.some((t) => t.pos === "PRON" && PERSONAL.has(t.lower))) return;
    for (const name of named[i - 1] ?? []) {
      const weight = before.content.get(name);
      if (weight !== undefined && !f.content.has(name)) f.content.set(name, CARRIED * weight);
    }
  });
}
