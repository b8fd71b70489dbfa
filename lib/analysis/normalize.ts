/**
 * Typography normalisation that keeps string length, so offsets computed on the
 * normalised text are valid in the original. Curly quotes, primes, dashes,
 * non-breaking and thin spaces never show up as differences.
 */
const MAP: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u00B4": "'", "\u0060": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00A0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u2007": " ",
  "\u200B": " ", "\u200C": " ", "\u200D": " ", "\uFEFF": " ", "\t": " ",
};
const PATTERN = new RegExp(`[${Object.keys(MAP).join("")}]`, "g");

/** Every mark `normalizeTypography` writes as '"', the straight one too: to count double quotes without a normalised copy. */
export const DOUBLE_QUOTE_MARKS: readonly string[] = ['"', ...Object.keys(MAP).filter((ch) => MAP[ch] === '"')];

export function normalizeTypography(text: string): string {
  return text.replace(PATTERN, (ch) => MAP[ch] ?? ch);
}

/** Lower-cased, typography-normalised, whitespace-collapsed: for equality checks. */
export function canonical(text: string): string {
  return normalizeTypography(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** A word after an inch mark, read from just past it. */
const WORD_AFTER_INCHES = /[\s-]*\p{Ll}/uy;

/** The mark at `i` is an inch mark, not a quotation's: a straight mark after a figure and before a word ('a 3.1" touch screen'). */
export function inchMarkAt(text: string, i: number): boolean {
  if (!/["\u2033]/.test(text[i] ?? "") || !/\d/.test(text[i - 1] ?? "")) return false;
  WORD_AFTER_INCHES.lastIndex = i + 1;
  return WORD_AFTER_INCHES.test(text);
}
