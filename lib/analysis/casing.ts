import { commonNoun } from "./lexicon";
import type { Token } from "./nlp";

/**
 * Casing: a capital at the start of a sentence says nothing about a word, yet the tagger reads every
 * sentence-initial capital as a name ("Investigators believe ...", "Officials said ...", "Police
 * said ..."): the word keeps its plural as its lemma, weighs as a name and can be taken for a
 * speaker. Here such a word is read again, as its article writes it elsewhere: an article that
 * writes "investigators" in mid-sentence means the common noun; one that writes "Waters" there
 * means the man. A word the article writes nowhere else is a common noun when WordNet's first sense
 * of it is an everyday kind of thing ("investigator", "construction"), and stays a name when that
 * sense is one named thing ("China") or when it is not an everyday word ("Trump").
 */
export interface Casing {
  /** Words (lower-case) the article writes in lower case in mid-sentence. */
  lower: ReadonlySet<string>;
  /** Words (lower-case) it writes capitalised in mid-sentence. */
  capital: ReadonlySet<string>;
}

/** A paragraph with at least this share of its longer words capitalised is a title in title case ("Police Investigators Search for Gunman"): its capitals say nothing. */
const TITLE_CASE_SHARE = 0.6;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * How one article writes its words in mid-sentence (after a letter, a figure, a comma or a
 * semicolon). Read once per article by its caller and passed to each of its sentences.
 */
export function casingOf(text: string): Casing {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const paragraph of text.split(/\n+/)) {
    const words = [...paragraph.matchAll(WORD)];
    const longer = words.filter((m) => m[0].length >= 4);
    const capitals = longer.filter((m) => /^\p{Lu}/u.test(m[0])).length;
    if (longer.length >= 3 && capitals / longer.length >= TITLE_CASE_SHARE) continue;
    for (const m of words) {
      // The last mark before the word, spaces skipped (read where it lies: a long paragraph is not copied for each word).
      let k = (m.index ?? 0) - 1;
      while (k >= 0 && /\s/u.test(paragraph.charAt(k))) k -= 1;
      const before = paragraph.slice(Math.max(0, k - 5), k + 1);
      // After a title or an initial ("Mr. Waters", "George W. Bush") a word is in mid-sentence too.
      if (!/[\p{L}\p{N},;]$/u.test(before) && !/(?:^|\s)\p{Lu}\p{L}{0,3}\.$/u.test(before)) continue;
      const word = m[0].replace(/['’]s?$/u, "");
      (/^\p{Lu}/u.test(word) ? capital : lower).add(word.toLowerCase());
    }
  }
  return { lower, capital };
}

const SENTENCE_END = new Set([".", "!", "?"]);
const OPENING = /^["“‘']$/u;

/**
 * The token opens a sentence of the text or of a quotation: it is the first, or follows a sentence's
 * end, a colon ("said: Voters"), or an opening quote (one written against the word it opens:
 * 'said: "Voters must', not the closing quote before '," Waters said') that itself opens a sentence
 * or follows a comma.
 */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return true;
  if (SENTENCE_END.has(previous.text) || previous.text === ":") return true;
  // A quotation opened after a sentence's end, a colon or a comma ('he said, "Voters'), not a term
  // quoted in mid-sentence ('refers to it as "Organization 1"').
  return OPENING.test(previous.text) && previous.end === tokens[i]?.start && (i === 1 || opensSentence(tokens, i - 1) || tokens[i - 2]?.text === ",");
}

/** The noun a sentence-initial word is, read through its plural ("Authorities" -> "authority", "Witnesses" -> "witness"), or null. */
function commonLemma(lower: string): string | null {
  const candidates = [
    ...(lower.endsWith("ies") ? [`${lower.slice(0, -3)}y`] : []),
    ...(lower.endsWith("s") ? [lower.slice(0, -1)] : []),
    ...(lower.endsWith("es") ? [lower.slice(0, -2)] : []),
    lower,
  ];
  return candidates.find((c) => c.length >= 3 && commonNoun(c)) ?? null;
}

/**
 * Sentence-initial words the tagger read as names, read again as common nouns where the article (its
 * `casing`) or WordNet says they are one; a word followed by another name ("Police Chief Jane Roe")
 * stays part of that name.
 */
export function recase(tokens: Token[], casing?: Casing): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !opensSentence(tokens, i)) return t;
    if (tokens[i + 1]?.pos === "PROPN") return t;
    const lemma = commonLemma(t.lower);
    // A sentence read alone ("Bush said ...", `--pairs`) has no article to ask: only a plural is read as a common noun.
    if (!casing) return lemma !== null && lemma !== t.lower ? { ...t, pos: "NOUN", lemma } : t;
    const [lower, capital] = [casing.lower.has(t.lower), casing.capital.has(t.lower)];
    // The article's own usage decides when it is one way only; WordNet when it is both or neither.
    const common = lower !== capital ? lower : lemma !== null;
    return common ? { ...t, pos: "NOUN", lemma: lemma ?? t.lower } : t;
  });
}
