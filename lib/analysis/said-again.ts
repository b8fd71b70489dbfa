/**
 * The very words of one outlet found in another outlet's sentence, and its figures told apart from
 * the words around them: as a whole phrase, not inside a longer word or figure ("4.5" is not in
 * "14.5" nor in "4.55", "ambassador" not in "ambassador-designate").
 */

/** A character that continues a word or a figure: what may not stand right before or after the words found. */
const CONTINUES = /[\p{L}\p{N}\-]/u;
/** A decimal point or thousands separator continues a figure when a digit follows it. */
const CONTINUES_FIGURE = /^[.,]\d/;

/** Where `words` stand whole in `sentence` (case as given), or null. */
export function wordsAt(sentence: string, words: string): { start: number; end: number } | null {
  if (words === "") return null;
  for (let at = sentence.indexOf(words); at >= 0; at = sentence.indexOf(words, at + 1)) {
    const before = sentence[at - 1] ?? "";
    const end = at + words.length;
    const after = sentence[end] ?? "";
    const openBefore = before === "" || !CONTINUES.test(before) || !CONTINUES.test(words[0] ?? "");
    const openAfter = (after === "" || !CONTINUES.test(after) || !CONTINUES.test(words[words.length - 1] ?? "")) && !CONTINUES_FIGURE.test(sentence.slice(end, end + 2));
    const closingDot = after === "." && /\d$/.test(words) && /^\.\d/.test(sentence.slice(end, end + 2));
    if (openBefore && openAfter && !closingDot) return { start: at, end };
  }
  return null;
}

/** Words that close a figure: its scale or its unit of share ("$4.5 million", "12 percent"). */
const SCALE = /^(?:hundred|thousand|million|billion|trillion|percent|per|cent|%|dozen)$/i;

/**
 * The words to look for: the words themselves, then for a sum or share with the thing it counts, the
 * figure alone, up to its scale ("$4.5 million budget" -> "$4.5 million", "12 percent of voters" ->
 * "12 percent", "$3bn deal" -> "$3bn"). Not a bare number: "35" of "35 km" may be anything's.
 */
export function wordingsOf(words: string): string[] {
  const parts = words.trim().split(/\s+/);
  let k = parts.length;
  while (k > 0 && !/\d/.test(parts[k - 1] ?? "") && !SCALE.test(parts[k - 1] ?? "")) k -= 1;
  const figure = parts.slice(0, k).join(" ");
  const last = parts[k - 1] ?? "";
  const scaled = SCALE.test(last) || /\d[\p{L}%]+$/u.test(last);
  return k > 0 && k < parts.length && /\d/.test(figure) && scaled ? [words, figure] : [words];
}

/** A figure as written, with its currency and scale: "$4.5 million" of "about $4.5 million budget". */
const FIGURE = /[$€£]?\d[\d.,]*\d?(?:\s*(?:(?:million|billion|trillion|bn|m|percent|per cent)\b|%))?/giu;

/**
 * The figures of an outlet's words, as one key, or null when they hold none: outlets giving one
 * figure in other words ("7.1 earthquake" / "7.1 quake", "35 km" / "35 kilometres") share it.
 */
export function figuresOf(texts: readonly string[]): string | null {
  const found = texts.flatMap((t) => [...t.matchAll(FIGURE)].map((m) => m[0].replace(/,/g, "").replace(/\s+/g, " ").toLowerCase()));
  return found.length > 0 ? found.join("|") : null;
}
