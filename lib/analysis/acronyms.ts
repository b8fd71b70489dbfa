import { tokenKey, type SentenceFeatures } from "./features";
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
/** The key of a name both spelled out and abbreviated in the comparison stands for its words: the weight of a rare name. */
const NAME_WEIGHT = 1.5;

/** Words written in capitals that abbreviate no name: "OK" and "O.K." are "okay" (`features.tokenKey`). */
const WORDS_IN_CAPITALS: ReadonlySet<string> = new Set(["OK"]);

/** A word in capitals that abbreviates a name. */
function isAcronym(t: Token): boolean {
  return ACRONYM.test(t.text) && !WORDS_IN_CAPITALS.has(t.text.replace(/\./g, ""));
}

function keyOf(letters: string): string {
  return `acronym:${letters.toLowerCase()}`;
}

/** Every run of 2 to 6 capitalised words (linking words allowed inside), by its initials: the first run of each. */
function expansions(tokens: readonly Token[]): Map<string, Token[]> {
  const out = new Map<string, Token[]>();
  for (let i = 0; i < tokens.length; i += 1) {
    let initials = "";
    const run: Token[] = [];
    for (let j = i; j < tokens.length && initials.length < 6; j += 1) {
      const t = tokens[j];
      if (!t) break;
      if (/^\p{Lu}\p{Ll}/u.test(t.text)) {
        initials += t.text[0];
        run.push(t);
        if (initials.length >= 2 && !out.has(initials)) out.set(initials, [...run]);
      } else if (LINKING.has(t.lower) && initials.length > 0) run.push(t);
      else break;
    }
  }
  return out;
}

/**
 * Adds the shared acronym keys to the sentences' content (in place). Where the comparison both uses
 * an acronym and spells it out, the name is one word in both forms: the acronym's key stands for the
 * words of the name ("national", "institutes", "health") and for the letters ("nih"), at a name's
 * weight, so "The NIH paid for the research" shares with "funded by the National Institutes of Health"
 * its one name, not a fraction of it.
 */
export function linkAcronyms(sentences: readonly SentenceFeatures[]): void {
  const used = new Set<string>();
  for (const f of sentences) for (const t of f.tokens) if (isAcronym(t)) used.add(t.text.replace(/\./g, ""));
  if (used.size === 0) return;
  const runs = sentences.map((f) => expansions(f.tokens));
  const spelled = new Set(runs.flatMap((r) => [...r.keys()]).filter((initials) => used.has(initials)));
  sentences.forEach((f, k) => {
    for (const t of f.tokens) {
      const letters = t.text.replace(/\./g, "");
      if (!isAcronym(t) || !used.has(letters)) continue;
      if (spelled.has(letters)) {
        f.content.delete(tokenKey(t));
        f.content.set(keyOf(letters), NAME_WEIGHT);
      } else f.content.set(keyOf(letters), WEIGHT);
    }
    for (const [initials, run] of runs[k] ?? []) {
      if (!used.has(initials)) continue;
      for (const t of run) f.content.delete(tokenKey(t));
      f.content.set(keyOf(initials), NAME_WEIGHT);
    }
  });
}
