import { LIMITS } from "./limits";
import { splitSentences } from "./nlp";
import { DOUBLE_QUOTE_MARKS, inchMarkAt, normalizeTypography } from "./normalize";
import { isSpeechVerb } from "./speech";
import type { Sentence } from "./types";
import { HONORIFICS, MONTH_ABBREVIATIONS, MONTH_NAMES, TITLE_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from "./vocabulary";

type Range = { start: number; end: number };

/**
 * Segmentation: cleaned paragraphs -> sentences with offsets into the cleaned
 * text (paragraphs joined by "\n\n"). Sentences never cross paragraphs. A
 * quotation of several sentences is several sentences, as a reader counts them
 * ("It's wrong." is one claim, and another outlet may quote only it); a sentence
 * that starts inside a quotation is told by `continuesQuotation`. wink cuts at
 * full stops that do not end a sentence; its pieces are joined back:
 * - a piece that continues the one before it is joined to it (see `continues`:
 *   "(D-Calif.)" + ", the ranking member", "U.S.-U." + "K. trade deal",
 *   "a Ruger LCP ." + "380 caliber", a quotation + "one question asks.").
 * wink does not cut after a clock time's "p.m." that ends a sentence ("... around 5:00pm. Antoine
 * said ..."): `splitAfterClockTimes` does, unless the sentence goes on ("at 6 p.m. Sunday", "9 a.m.
 * ET", "the 9 p.m. News", "At 5 p.m. Jones was arrested.").
 * Nor after a unit with a slash or the network X that ends one ("64 km/h. The fire", "a post on X.
 * The fire"): `splitAfterUnits` does.
 * A run-on "sentence" longer than LIMITS.maxSentenceWords is then cut at clause
 * boundaries so no single unit dominates alignment.
 */
export function segment(paragraphs: readonly string[]): { text: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    let cursor = 0;
    const pieces: Range[] = [];
    for (const raw of splitSentences(paragraph)) {
      const piece = raw.trim();
      if (!piece) continue;
      const found = paragraph.indexOf(piece, cursor);
      const start = found === -1 ? cursor : found;
      const end = found === -1 ? Math.min(paragraph.length, cursor + piece.length) : start + piece.length;
      cursor = end;
      pieces.push({ start, end });
    }
    for (const range of splitLong(paragraph, joinContinuations(paragraph, pieces.flatMap((piece) => splitAfterClockTimes(paragraph, piece)).flatMap((piece) => splitAfterUnits(paragraph, piece))))) {
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

/** Words that go on a clock time's sentence after its "p.m.": a day (or its short form), a month, a time zone, "Christmas Eve". */
const AFTER_CLOCK_TIME = new Set([
  ...WEEKDAY_NAMES,
  ...WEEKDAY_ABBREVIATIONS,
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  ..."eastern central mountain pacific local christmas new".split(" "),
]);
/** A clock time's "p.m." and the capitalised word after it, and the word after that. */
const CLOCK_TIME_END = /\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\.)\s+(?=(\p{Lu}[\p{L}.'’-]*)(?:\s+(\p{L}+))?)/gu;
/** Words a sentence needs before the clock time it ends on: "At 5 p.m. Jones was arrested." is one sentence. */
const CLOCK_SENTENCE_WORDS = 4;
/** Words that open a sentence on its time ("At", "Shortly after", "Around", "Just before"): the sentence goes on after it. */
const OPENING_TIME_WORDS = /^(?:at|by|around|about|approximately|roughly|until|till|from|after|before|since|shortly|just|soon|some|sometime|on|[\u201c"'\u2018(]?)$/i;

/**
 * Cuts a piece after a clock time that ends a sentence ("around 5:00pm. Antoine said"); not before
 * a day, a month, a time zone ("9 a.m. ET", "3 p.m. Moscow time"), after "the 9 p.m. News" or
 * "the 6:40 a.m. flight", nor after an opening "At 5 p.m." that the sentence goes on from.
 */
function splitAfterClockTimes(paragraph: string, piece: Range): Range[] {
  const text = paragraph.slice(piece.start, piece.end);
  const out: Range[] = [];
  let start = piece.start;
  for (const m of text.matchAll(CLOCK_TIME_END)) {
    const [next, after] = [m[1] ?? "", (m[2] ?? "").toLowerCase()];
    if (AFTER_CLOCK_TIME.has(next.toLowerCase().replace(/\.$/, "")) || /^[A-Z.]{2,5}$/.test(next) || after === "time") continue;
    const at = piece.start + (m.index ?? 0);
    const before = paragraph.slice(start, at).trim().split(/\s+/).filter(Boolean);
    // (A short sentence that only opens on its time goes on; "It landed at 3 p.m." ends there.)
    const opening = before.length < CLOCK_SENTENCE_WORDS && before.every((w) => OPENING_TIME_WORDS.test(w));
    if (/^(?:the|a|an)$/i.test(before[before.length - 1] ?? "") || opening) continue;
    out.push({ start, end: at + m[0].trimEnd().length });
    start = at + m[0].length;
  }
  out.push({ start, end: piece.end });
  return out;
}

/**
 * A unit written with a slash or a one-letter network that ends a sentence ("Gusts reached 64 km/h.
 * The fire ...", "Reyes wrote in a post on X. The fire ..."): wink reads its full stop as an
 * abbreviation's or an initial's and does not cut there.
 */
const UNIT_OR_NETWORK_END = /(?:\b\d[\d,.]*\s*(?:km\/h|kph|km\/hr|m\/s)|\bon\s+X)\.\s+(?=\p{Lu}\p{Ll})/gu;

function splitAfterUnits(paragraph: string, piece: Range): Range[] {
  const text = paragraph.slice(piece.start, piece.end);
  const out: Range[] = [];
  let start = piece.start;
  for (const m of text.matchAll(UNIT_OR_NETWORK_END)) {
    const at = piece.start + (m.index ?? 0);
    out.push({ start, end: at + m[0].trimEnd().length });
    start = at + m[0].length;
  }
  out.push({ start, end: piece.end });
  return out;
}

/** The double quote marks `normalizeTypography` writes as '"' (counted where they stand: no copy of the text is made). */
const DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTE_MARKS.join("")}]`, "g");

function quoteCount(text: string): number {
  DOUBLE_QUOTE.lastIndex = 0;
  let n = 0;
  while (DOUBLE_QUOTE.test(text)) {
    // An inch mark opens no quotation; where one is open, a mark after a figure closes it ('"We won 5-4" he said').
    if (n % 2 === 0 && inchMarkAt(text, DOUBLE_QUOTE.lastIndex - 1)) continue;
    n += 1;
  }
  return n;
}

/**
 * Whether the sentence starts inside a quotation an earlier sentence of its paragraph opened (an odd
 * number of double quotes before it): '"I can't help but think so. | It's wrong. | It's destructive,"
 * said Gibbs.' The second and third sentences are the speaker's words up to the quote that closes.
 * A paragraph whose first quote mark closes a quotation ('It's just unreal," said a neighbor.': the
 * page lost the opening mark) is quoted from its start, and a paragraph with no marks between a
 * quotation left open and the paragraph that closes it is quoted whole (`quotedAcrossParagraphs`).
 */
export function continuesQuotation(text: string, sentence: Pick<Sentence, "start">): boolean {
  const paragraphStart = text.lastIndexOf("\n\n", sentence.start - 1);
  const from = paragraphStart < 0 ? 0 : paragraphStart + 2;
  const end = text.indexOf("\n\n", from);
  const paragraph = text.slice(from, end < 0 ? text.length : end);
  if (quoteCount(paragraph) === 0) return quotedAcrossParagraphs(text, from, end < 0 ? text.length : end);
  const opened = opensInsideQuotation(paragraph) ? 1 : 0;
  return (quoteCount(text.slice(from, sentence.start)) + opened) % 2 === 1;
}

/** Paragraphs without marks a quotation may run across, at most, its marks lost at their breaks. */
const MAX_UNMARKED_PARAGRAPHS = 12;

/**
 * A paragraph with no quote marks lies inside a quotation whose marks the page lost at its paragraph
 * breaks: the nearest paragraph with marks before it leaves a quotation open ('the coach said, "We
 * gave it everything.') and the nearest after it closes one it never opened ('Next year is ours."').
 * A paragraph quoted the usual way reopens with a mark, and is read by its own marks.
 */
function quotedAcrossParagraphs(text: string, from: number, to: number): boolean {
  const before = markedParagraph(text, from, -1);
  const after = markedParagraph(text, to, 1);
  if (before === null || after === null) return false;
  const leftOpen = (quoteCount(before) + (opensInsideQuotation(before) ? 1 : 0)) % 2 === 1;
  return leftOpen && opensInsideQuotation(after);
}

/** The nearest paragraph with quote marks before (`direction` -1) or after (1) the paragraph edge `at`, within MAX_UNMARKED_PARAGRAPHS. */
function markedParagraph(text: string, at: number, direction: -1 | 1): string | null {
  let edge = at;
  for (let step = 0; step <= MAX_UNMARKED_PARAGRAPHS; step += 1) {
    const range = direction === -1 ? paragraphBefore(text, edge) : paragraphAfter(text, edge);
    if (range === null) return null;
    const paragraph = text.slice(range.start, range.end);
    if (quoteCount(paragraph) > 0) return paragraph;
    edge = direction === -1 ? range.start : range.end;
  }
  return null;
}

/** The paragraph that ends at the break before `start` (paragraphs are joined by "\n\n"), or null at the text's start. */
function paragraphBefore(text: string, start: number): Range | null {
  if (start < 2) return null;
  const end = start - 2;
  const gap = text.lastIndexOf("\n\n", end - 1);
  return { start: gap < 0 ? 0 : gap + 2, end };
}

/** The paragraph that starts after the break at `end`, or null at the text's end. */
function paragraphAfter(text: string, end: number): Range | null {
  if (end + 2 > text.length) return null;
  const gap = text.indexOf("\n\n", end + 2);
  return { start: end + 2, end: gap < 0 ? text.length : gap };
}

/** The paragraph's first quote mark closes a quotation (a word or a comma before it, no word after it) and none opens it. */
function opensInsideQuotation(paragraph: string): boolean {
  // (The characters beside the mark are read as written: none that typography normalises is a letter, a digit or ".,!?;:".)
  const i = paragraph.search(FIRST_DOUBLE_QUOTE);
  return i > 0 && quoteCount(paragraph) % 2 === 1 && /[\p{L}\p{N}.,!?;:]/u.test(paragraph[i - 1] ?? "") && !/\p{L}/u.test(paragraph[i + 1] ?? "");
}
const FIRST_DOUBLE_QUOTE = new RegExp(DOUBLE_QUOTE.source);

/** A piece of quotation marks alone: one cut off by a space before or after it ('lost. " said Pat', '" Detroit has ...'). */
const QUOTE_MARKS_ONLY = /^[\s"“”«»]*["“”«»][\s"“”«»]*$/u;

/**
 * Whether a quotation is open at `at` in the paragraph: an odd number of double quotes before it,
 * counting a quotation whose opening mark the page lost (`opensInsideQuotation`) and not an inch
 * mark after a figure ('6 feet 2" tall').
 */
function openAt(paragraph: string, at: number): boolean {
  const marks = (normalizeTypography(paragraph.slice(0, at)).match(/(?<!\d)"/g) ?? []).length;
  return (marks + (opensInsideQuotation(paragraph) ? 1 : 0)) % 2 === 1;
}

/** Whether a mark may close a quotation open before it: not a typographic opening mark. */
const mayClose = (mark: string) => !/[“«]/u.test(mark);

/**
 * A piece that only continues the one before it is joined to it. A quotation mark a space cut off is
 * no sentence: it closes the quotation the sentence before it left open, or opens the next one.
 */
function joinContinuations(paragraph: string, pieces: readonly Range[]): Range[] {
  const out: Range[] = [];
  let opening: number | null = null;
  for (const cut of pieces) {
    const previous = out[out.length - 1];
    let piece = cut;
    // A closing mark the splitter gave the next sentence, a space after it ('Life lost. | " Pat Clarke said.').
    const leading = /^["“”«»](?=\s)/u.exec(paragraph.slice(piece.start, piece.end));
    const spacedOff = previous !== undefined && /\s/.test(paragraph.slice(previous.end, piece.start));
    if (leading && previous && spacedOff && opening === null && mayClose(leading[0]) && openAt(paragraph, piece.start)) {
      previous.end = piece.start + leading[0].length;
      const rest = paragraph.slice(previous.end, piece.end);
      piece = { start: previous.end + (rest.length - rest.trimStart().length), end: piece.end };
      if (piece.start >= piece.end) continue;
    }
    const text = paragraph.slice(piece.start, piece.end);
    if (QUOTE_MARKS_ONLY.test(text)) {
      if (previous && opening === null && mayClose(text.trim()) && openAt(paragraph, piece.start)) previous.end = piece.end;
      else opening ??= piece.start;
      continue;
    }
    const start = opening ?? piece.start;
    opening = null;
    // No space after the cut: no sentence ends there ("window.__pwned", "example.com/page").
    const unspaced = previous !== undefined && !/\s/.test(paragraph.slice(previous.end, piece.start)) && piece.start > 0;
    if (previous && (unspaced || continues(paragraph.slice(previous.start, previous.end), paragraph.slice(piece.start, piece.end)))) {
      previous.end = piece.end;
    } else {
      out.push({ start, end: piece.end });
    }
  }
  // Marks after the last sentence close it; a paragraph of marks alone says nothing.
  const last = out[out.length - 1];
  if (opening !== null && last) last.end = pieces[pieces.length - 1]?.end ?? last.end;
  return out;
}

/**
 * Whether `after` continues the sentence `before` rather than starting one: it opens in lower case
 * or with a comma, semicolon, colon or closing bracket; it is a number whose decimal point the
 * splitter took for a full stop ("a ." + "45-caliber", "(." + "683)"); it is an amount after a currency
 * sign lost to a "?" ("an?" + "110 billion bailout"); it is a day after an abbreviated month ("post-Sept." + "11 law"); it finishes an initialism cut after one of
 * its letters ("D-N." + "Y.)"); it goes on after a name's own exclamation mark ("E!" + "News"); or it is
 * the attribution tail of a quotation.
 */
function continues(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return true;
  if (/^[,;:)\]]/.test(after)) return true;
  if (/^\d/.test(after) && /[\s([]\.$/.test(before)) return true;
  // A day after an abbreviated month the splitter did not know inside a compound ("the post-Sept." + "11 law").
  if (/^\d{1,2}\b/.test(after) && /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(before)) return true;
  // A currency sign a page's encoding lost ("agreeing an? 110 billion bailout"): an amount does not open a sentence after a question.
  if (/\b(?:an?|of|about|than|by|at|the|some|over|under|around|nearly|almost|worth|extra|another|lend|lent)\?$/i.test(before) && /^\d[\d,.]*\s*(?:billion|million|trillion|bn)\b/.test(after)) return true;
  if (/[-.]\p{Lu}\.$/u.test(before) && /^\p{Lu}\./u.test(after)) return true;
  // A title cut from its name ("Two senators didn't vote at all: Sens." + "Ann Lee and ...", "his father, Rev." + "Ronald Taylor").
  if (TITLE_BEFORE_NAME.test(before) && /^\p{Lu}/u.test(after)) return true;
  if (exclaimedName(before, after)) return true;
  return isAttributionTail(before, after);
}

/** Names written with an exclamation mark of their own ("Yahoo! Finance"), beside any one capital letter ("E! News"). */
const EXCLAIMED_NAMES = new Set(["yahoo", "jeopardy"]);
/** A one capital letter or a name of EXCLAIMED_NAMES with its mark, ending the piece, outside any quotation mark. */
const EXCLAIMED_NAME_END = /(?:^|[\s(])(\p{Lu}|\p{L}+)!$/u;
/** Capitalised words that open sentences: after them the mark did end one ("from Q! The station declined"). */
const SENTENCE_OPENERS = new Set(
  "the a an this that these those he she it they we i you his her its their our my your there here in on at by for from with as after before when while if but and or so then now yet still also no what who why how where one some".split(" "),
);

/**
 * Whether the piece was cut at the exclamation mark of a name ("he told E!" + "News.", "her short-lived
 * E!" + "-series", "on Yahoo!" + "Finance"): a name word or a hyphen goes on after it. A word that opens
 * sentences ("The", "He") after it, or any other word with a mark ("Stop!" + "Police are coming."), ends one.
 */
function exclaimedName(before: string, after: string): boolean {
  const m = EXCLAIMED_NAME_END.exec(before);
  const name = m?.[1];
  if (name === undefined || (name.length > 1 && !EXCLAIMED_NAMES.has(name.toLowerCase()))) return false;
  if (/^-\p{L}/u.test(after)) return true;
  const next = /^\p{Lu}[\p{L}'’-]*/u.exec(after)?.[0];
  return next !== undefined && !SENTENCE_OPENERS.has(next.toLowerCase());
}

/** Abbreviated titles that stand before a name, and their plurals ("Sens.", "Messrs."); not "Jr." or "Sr.", which end one. */
const TITLE_BEFORE_NAME = new RegExp(String.raw`(?:^|[\s(])(?:${[...HONORIFICS, ...TITLE_ABBREVIATIONS.keys(), "messr"].map((w) => w[0]?.toUpperCase() + w.slice(1)).join("|")})s?\.$`);

/** Words a speaker may take before the speech verb ("Sen. Ann Lee said") and after it ("told reporters on Monday"). */
const TAIL_WORDS = 4;

/**
 * A short sentence with no quotation of its own, naming who said the quotation that ends just
 * before it: '"Why now?" | Mayor Ruiz said.', '"Vote early!" | One flyer urges.'.
 */
function isAttributionTail(before: string, after: string): boolean {
  if (!/[.?!]["']$/.test(normalizeTypography(before))) return false;
  const tail = normalizeTypography(after);
  if (/"/.test(tail) || !/\.$/.test(tail)) return false;
  const words = tail.slice(0, -1).split(/\s+/);
  const verb = words.findIndex(isSpeechVerb);
  return verb !== -1 && verb <= TAIL_WORDS && words.length - 1 - verb <= TAIL_WORDS;
}

function splitLong(paragraph: string, pieces: readonly Range[]): Range[] {
  const out: Range[] = [];
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
