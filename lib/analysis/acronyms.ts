import type { SentenceFeatures } from "./features";
import type { Token } from "./nlp";

/**
 * Acronyms and their expansions within one comparison: when any sentence uses an acronym ("CIA",
 * "U.N.") and a sentence spells out a name with those initials ("Central Intelligence Agency",
 * "United Nations"), both carry the acronym as a shared key, so one outlet's full name and
 * another's acronym count as the same word. Only acronyms the comparison itself uses are looked
 * for, so an ordinary run of capitalised words adds nothing.
 */
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/;
/** Words that may sit inside a spelled-out name without giving a letter. */
const LINKING = new Set(["of", "the", "and", "for", "on", "&"]);
/** An acronym key carries the weight of a name. */
const WEIGHT = 1;

function keyOf(letters: string): string {
  return `acronym:${letters.toLowerCase()}`;
}

/** Initials of every run of 2 to 6 capitalised words (linking words allowed inside). */
function expansions(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    let initials = "";
    for (let j = i; j < tokens.length && initials.length < 6; j += 1) {
      const t = tokens[j];
      if (!t) break;
      if (/^\p{Lu}\p{Ll}/u.test(t.text)) {
        initials += t.text[0];
        if (initials.length >= 2) out.add(initials);
      } else if (!(LINKING.has(t.lower) && initials.length > 0)) break;
    }
  }
  return out;
}

/** Adds the shared acronym keys to the sentences' content (in place). */
export function linkAcronyms(sentences: readonly SentenceFeatures[]): void {
  const used = new Set<string>();
  for (const f of sentences) for (const t of f.tokens) if (ACRONYM.test(t.text)) used.add(t.text.replace(/\./g, ""));
  if (used.size === 0) return;
  for (const f of sentences) {
    for (const t of f.tokens) {
      const letters = t.text.replace(/\./g, "");
      if (ACRONYM.test(t.text) && used.has(letters)) f.content.set(keyOf(letters), WEIGHT);
    }
    for (const initials of expansions(f.tokens)) if (used.has(initials)) f.content.set(keyOf(initials), WEIGHT);
  }
}
