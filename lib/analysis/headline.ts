import { normalizeTypography } from "./normalize";

/**
 * Shapes of the lines around an article's body that are not claims: the short question subheads
 * between paragraphs. General rules of line shape only, never known strings; `clean` decides by
 * position where they may occur.
 */

/** A question this short, standing alone between paragraphs, is a subhead. */
export const SUBHEAD_MAX_WORDS = 10;

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0);
}
/** A short question with no quotation marks ("What happens next?"): a subhead when it stands alone. */
export function isQuestionSubhead(text: string): boolean {
  const normalized = normalizeTypography(text).trim();
  return /\?$/.test(normalized) && !normalized.includes('"') && wordsOf(normalized).length <= SUBHEAD_MAX_WORDS;
}
