/**
 * The one word splitter of the rules: runs of letters and digits, anything else a break
 * ("short-lived" -> "short", "lived"; "Nov. 11" -> "Nov", "11"). Case is kept; callers fold it.
 * Names are read with their hyphens and apostrophes by `people` (`writtenWords`), for their offsets.
 */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of three letters or more, lower case: what two quotations are compared by. */
export function longWords(text: string): string[] {
  return splitWords(text.toLowerCase()).filter((w) => w.length > 2);
}

/**
 * A word's stem as the engine compares words by it: the first five letters of a word of six or more
 * ("advancers" / "advancing", "lawsuit" / "lawsuits"); a shorter word is its own.
 */
export function stemOf(word: string): string {
  return word.length >= 6 ? word.slice(0, 5) : word;
}
