import { LIMITS } from "./limits";
import { splitSentences } from "./nlp";
import { normalizeTypography } from "./normalize";
import type { Sentence } from "./types";

/**
 * Segmentation: cleaned paragraphs -> sentences with offsets into the cleaned
 * text (paragraphs joined by "\n\n"). Sentences never cross paragraphs. A
 * quotation that wink splits at an inner full stop is joined back, and a run-on
 * "sentence" longer than LIMITS.maxSentenceWords is cut at clause boundaries so
 * no single unit dominates alignment.
 */
export function segment(paragraphs: readonly string[]): { text: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    let cursor = 0;
    const pieces: Array<{ start: number; end: number }> = [];
    for (const raw of splitSentences(paragraph)) {
      const piece = raw.trim();
      if (!piece) continue;
      const found = paragraph.indexOf(piece, cursor);
      const start = found === -1 ? cursor : found;
      const end = found === -1 ? Math.min(paragraph.length, cursor + piece.length) : start + piece.length;
      cursor = end;
      pieces.push({ start, end });
    }
    for (const range of splitLong(paragraph, joinOpenQuotes(paragraph, pieces))) {
      sentences.push({
        index: sentences.length,
        text: paragraph.slice(range.start, range.end),
        start: offset + range.start,
        end: offset + range.end,
        paragraph: p,
      });
    }
    offset += paragraph.length + 2;
  });
  return { text: paragraphs.join("\n\n"), sentences };
}

function quoteCount(text: string): number {
  return (normalizeTypography(text).match(/"/g) ?? []).length;
}

function joinOpenQuotes(paragraph: string, pieces: Array<{ start: number; end: number }>) {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i];
    if (!first) break;
    let current = { ...first };
    let j = i + 1;
    // An odd number of double quotes means a quotation is still open: join up to 3 more pieces.
    while (quoteCount(paragraph.slice(current.start, current.end)) % 2 === 1 && j < pieces.length && j - i <= 3) {
      const next = pieces[j];
      if (!next) break;
      const joined = { start: current.start, end: next.end };
      current = joined;
      j += 1;
      if (quoteCount(paragraph.slice(joined.start, joined.end)) % 2 === 0) break;
    }
    if (quoteCount(paragraph.slice(current.start, current.end)) % 2 === 1) {
      current = { ...first };
      j = i + 1;
    }
    out.push(current);
    i = j;
  }
  return out;
}

function splitLong(paragraph: string, pieces: Array<{ start: number; end: number }>) {
  const out: Array<{ start: number; end: number }> = [];
  const max = LIMITS.maxSentenceWords;
  for (const piece of pieces) {
    let start = piece.start;
    while (true) {
      const text = paragraph.slice(start, piece.end);
      const words = [...text.matchAll(/\S+/g)];
      if (words.length <= max) break;
      // Cut after the last clause mark within the first `max` words, else after `max` words.
      const limitWord = words[max - 1];
      const limit = limitWord ? (limitWord.index ?? 0) + limitWord[0].length : text.length;
      const clause = Math.max(text.lastIndexOf(";", limit), text.lastIndexOf(",", limit), text.lastIndexOf(":", limit));
      const cut = clause > limit / 3 ? clause + 1 : limit;
      out.push({ start, end: start + cut });
      start += cut;
      while (start < piece.end && /\s/.test(paragraph[start] ?? "")) start += 1;
    }
    if (start < piece.end) out.push({ start, end: piece.end });
  }
  return out;
}
