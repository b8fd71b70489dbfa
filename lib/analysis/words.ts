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
