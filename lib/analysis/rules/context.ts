import type { Side } from "../finding";
import { WEEKDAY_NAMES } from "../vocabulary";

const CONTENT = new Set(["NOUN", "VERB", "ADJ", "PROPN"]);
/** Words of time say when, not what: "last year" beside two figures does not make them one measure. */
const TIME_WORDS = new RegExp(`^(year|day|week|month|time|today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|last|next|${WEEKDAY_NAMES.join("|")})$`, "i");
const REACH = 3;

/** The nearest content words (nouns, verbs, adjectives, names) on each side of a mention, within its clause. */
export function contextOf(side: Side, m: { start: number; end: number }, stopAtFigures = false): Set<string> {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  if (first < 0) return new Set();
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.end ?? Infinity) <= m.end) last += 1;
  const out = new Set<string>();
  for (const step of [-1, 1]) {
    let found = 0;
    for (let i = step < 0 ? first - 1 : last + 1; i >= 0 && i < tokens.length && found < REACH; i += step) {
      const t = tokens[i];
      // A clause ends the context; for a figure, so does another figure (the words beyond are that figure's).
      if (!t || (t.pos === "PUNCT" && /^[.;!?]$/.test(t.text)) || (stopAtFigures && t.pos === "NUM")) break;
      if (CONTENT.has(t.pos) && !TIME_WORDS.test(t.lemma)) {
        out.add(t.lemma);
        found += 1;
      }
    }
  }
  return out;
}

/**
 * Two values (figures, dates) are said of one thing when a word beside them is the same:
 * "published Saturday" / "published Sunday", not "shot Friday evening" / "in court on Monday".
 */
export function sharesContext(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, stopAtFigures = false): boolean {
  const cy = contextOf(b, y, stopAtFigures);
  return [...contextOf(a, x, stopAtFigures)].some((w) => cy.has(w));
}
