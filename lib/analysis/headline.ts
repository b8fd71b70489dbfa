import { normalizeTypography } from "./normalize";
import { WEEKDAY_NAMES } from "./vocabulary";

/**
 * Shapes of the lines around an article's body that are not claims: the headline (even one that
 * ends in a full stop) and the short question subheads between paragraphs. General rules of line
 * shape only, never known strings; `clean` decides by position where they may occur.
 */

/** A headline is short; a lead paragraph is usually 20 words or more. */
export const HEADLINE_MAX_WORDS = 15;
/** A question this short, standing alone between paragraphs, is a subhead. */
export const SUBHEAD_MAX_WORDS = 10;

const ARTICLES = new Set(["a", "an", "the"]);
/** A line that opens on one of these refers back to something: it continues a text, it does not head one. */
const BACK_REFERENCES = new Set("he she it they we i you this that these those his her its their our".split(" "));
/**
 * A contraction of a pronoun or a verb ("it's", "we'd", "don't", "they're"), not a possessive
 * ("mayor's"): speech. A headline may use one ("says he won't resign"), but not also end in a full
 * stop: such a line is a sentence of the body ("Well it's better late than never, Sam.").
 */
const CONTRACTION = /(?:^|[^\p{L}])(?:\p{L}+n't|(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let)'s|\p{L}+'(?:re|ve|ll|m|d))(?![\p{L}])/iu;
/**
 * A form of "be" or "have" that headline English drops ("Nurses on strike at Riverside General"):
 * with a final full stop, a short lead ("Nurses at Riverside General are on strike.").
 */
const AUXILIARY = /\b(?:is|are|was|were|has|have|had)\b/i;
/** A lead says when ("on Monday"); a headline leaves the day out. */
const WEEKDAYS = new Set<string>(WEEKDAY_NAMES);

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0);
}

/** Words of four letters or more a title in title case may leave in lower case ("Man Charged with Shooting"). */
const TITLE_MINOR = new Set(["with", "from", "into", "onto", "over", "than", "that", "upon", "amid", "after", "about", "under", "near", "past", "like", "until", "despite"]);

/**
 * Every word of four letters or more after the first is capitalised, but for a few prepositions
 * ("Mayor Resigns Over Grant Payments"); not a sentence full of names, whose verb stays in lower
 * case ("Real Madrid beat Barcelona 3-1 at the Bernabeu on Sunday.").
 */
export function isTitleCase(text: string): boolean {
  const long = wordsOf(text)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && w.length >= 4);
  if (long.length < 2) return false;
  const lower = long.filter((w) => !/^\p{Lu}/u.test(w));
  return lower.every((w) => TITLE_MINOR.has(w.toLowerCase())) && lower.length < long.length / 2;
}

/**
 * Whether a line at the top of an article is shaped like its headline, whatever its final mark:
 * 3 to HEADLINE_MAX_WORDS words, not ending in a quotation, and either Title Case or headline
 * English (no article, no opening pronoun, no weekday, no contraction or "is", "are", "has" before
 * a final full stop)
 * above a body line longer than itself.
 * The line's own shape decides, so the same pasted headline is treated the same way above any
 * lead, short or long. `following` holds the word counts of the next few body lines; with none,
 * nothing is a headline.
 */
export function looksLikeHeadline(text: string, following: readonly number[]): boolean {
  const normalized = normalizeTypography(text).trim();
  const words = wordsOf(normalized);
  if (following.length === 0 || words.length < 3 || words.length > HEADLINE_MAX_WORDS) return false;
  if (/["']$/.test(normalized)) return false;
  if (isTitleCase(normalized)) return true;
  if (BACK_REFERENCES.has(words[0]?.toLowerCase() ?? "")) return false;
  if (/\.$/.test(normalized) && (CONTRACTION.test(normalized) || AUXILIARY.test(normalized))) return false;
  if (words.some((w) => ARTICLES.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase()))) return false;
  return following.some((n) => n > words.length);
}

/** A short question with no quotation marks ("What happens next?"): a subhead when it stands alone. */
export function isQuestionSubhead(text: string): boolean {
  const normalized = normalizeTypography(text).trim();
  return /\?$/.test(normalized) && !normalized.includes('"') && wordsOf(normalized).length <= SUBHEAD_MAX_WORDS;
}
