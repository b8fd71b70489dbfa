import { isQuestionSubhead, looksLikeHeadline } from "./headline";
import { canonical, normalizeTypography } from "./normalize";
import { CALENDAR_WORD, GENERIC_AGENTS, HONORIFICS, TITLE_ABBREVIATIONS } from "./vocabulary";
import { isAttributedQuotation, isSpeechVerb } from "./speech";
import type { DiscardReason, DiscardedLine } from "./types";

/**
 * Cleaning: takes text pasted from a web page (or extracted from HTML) and keeps
 * only the article's body paragraphs. Page furniture is removed by general rules
 * of line shape, position, repetition and relatedness to the rest of the article,
 * never by listing known strings. Every removed line is returned with its reason
 * so it can be shown and restored; headline, byline and dateline are kept as
 * metadata. The headline is the first line above the body, or the body's first
 * line when it is shaped like one (see `looksLikeHeadline`: short, no final
 * quotation, Title Case or headline English above a longer body line: the line's own shape
 * decides, not the lead's length), even if it ends in "." or "?"; a line of more than 15 words never
 * is. Calls to action ("Sign up for our newsletter…") are removed wherever they stand; a closing
 * quotation is the story's, however few words it shares with it.
 */
export interface CleanOptions {
  /** Lines (exact text) to keep whatever the rules say. */
  restore?: readonly string[];
  /** Lines (exact text) to remove whatever the rules say. */
  discard?: readonly string[];
}

export interface CleanResult {
  /** Kept paragraphs, dateline removed from the first. */
  paragraphs: string[];
  discarded: DiscardedLine[];
  headline: string | null;
  byline: string | null;
  dateline: string | null;
}

interface Line {
  index: number;
  text: string;
  words: number;
  terminal: boolean;
  reason: DiscardReason | null;
  restored: boolean;
}

const ADVERTISEMENT =
  /^(advertisement|advert|ad|ads|sponsored( content)?|promoted( content)?|paid (post|content)|story continues below( advertisement)?|skip advertisement|continue reading( below)?|article continues (below|after advertisement))$|^(advertisement|advert|ad|sponsored|promoted)\s*:/i;
/** A story's credits and stamps: "Fox News' Matt Richardson contributed to this report.", "(Published Tuesday, March 3, 2020)", "Reporting by ...", "Copyright 2024 ...". */
const SIGN_OFF =
  /^[^.]{0,60}\bcontributed(?: reporting)? to this (?:story|report|article)\.?$|^\(\s*(?:published|posted|updated|last updated)\b[^()]{0,60}\d{4}[^()]{0,20}\)\.?$|^\(?\s*(reporting|writing|additional reporting|editing|compiled|produced|written|reported|filed) by\b[^)]*\)?\.?$|^(?:copyright\s*(?:©|\(c\))?\s*|©\s*|\(c\)\s*)\d{4}\b[^.]{0,80}\.?(?:\s*all rights reserved\.?)?$/i;
const BYLINE = /^by\s+[\p{Lu}][\p{L}.'’-]*(\s+(and\s+)?[\p{Lu}][\p{L}.'’-]*){0,5}(\s*[,|]\s*[\p{L} ]{2,40})?$/iu;
const CAPTION =
  /(\b(photo|photograph|image|picture|video|graphic|illustration)s?\s*(by\b|:|credit\b|courtesy\b))|(^((photo|picture|image|video)\s+)?caption\s*:)|(\(\s*(photo|photograph|image|picture|video|graphic|illustration)s?\s*:)|(^\|\s*[^|]{0,40}\b(photo|photograph|image|picture)s?\.?$)|(\|\s*license photo)|(\bgetty images\b)|(\b(ap|afp|epa|reuters|upi|efe|anadolu)\s*(photo)?\s*\/)|(\bfile photo\b)|(^\(?(photo|image|video)\b(?![^.]*\b(showed|shows|shown|captured|released|posted|appeared|appears)\b))|(\bcredit:\s)|(\bcredit\s*credit)|(^in this (?:undated |handout |file )*(?:photo|image|picture|video)\b)|(\((?:[^()/]{2,40}\/\s*)+[^()/]{2,40}\)$)|(\((?:reuters|ap|afp|epa|getty images|handout)\)$)/i;
const NAVIGATION =
  /^(latest|top|related|more|most (read|popular|viewed)|recommended|trending|read (more|next|also)|see (also|more)|share( this)?|follow us|sign up|subscribe|newsletter|comments?|click here|watch|listen|also read|you may also like|advertise|home|menu|back to top|print|email)\b/i;
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s+(is|has been|was|writes|covers|joined|serves)\b[^.]{0,160}\b(editor|reporter|correspondent|writer|journalist|columnist|author|contributor|editor-in-chief|producer|analyst at|bureau chief)/iu;
/** A reporter's beat at the end of a story: "Dana Whitfield covers banking for Harbor Wire." */
/** A bio under its label: "About the author: ...". */
const ABOUT_AUTHOR = /^about the (author|writer|reporter|authors)\b/i;
const BEAT_BIO = /^[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){1,3}\s+(covers|writes about|reports on)\b[^.]{0,100}\b(for|at)\s+(the\s+)?\p{Lu}/u;
/**
 * How to reach the reporter or the newsroom: "Reach her at 217-555-0142.", "Contact the reporter at
 * ...", "Contact Maria Lopez: mlopez@... or 555 - 201 - 3344" (a contact opening on a name, or any
 * words, then an address or a number; read only among the story's last paragraphs).
 */
const CONTACT =
  /^(reach|contact|email|e-mail|call|follow)\s+(him|her|them|me|us|the (reporter|author|writer|newsroom))\b|^(?:reach|contact|e-?mail)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*(?:at\s*)?:?\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})/iu;
/** A newsroom's promise to follow the story: "WSPR will continue to follow this story.", "Check back for updates.", "Stay with WTOL 11 for the latest." */
const FOLLOW_UP = /\b(will|we'll)\s+(continue to\s+)?(follow|update|monitor|bring you|have more)\b[^.]{0,40}\b(story|developments|updates?|details)\b|^(check back|stay (tuned|with us))\b|^stay with\b(?:[^.]|\.(?=\w)){0,50}\bfor (more|the latest|further|updates)\b/i;
/** Words at most of a promise to follow the story. */
const FOLLOW_UP_MAX_WORDS = 14;
/** A label that leads to a link, whatever follows it ("Related: Which states ...?", "Read more: ..."). */
const LINK_LABEL = /^(related( stories| articles| links| news| posts| coverage| content)?|like this|read (more|next|also)|see also|also read|more on this( story)?|recommended|most read|watch|listen)\s*:/i;
const DATELINE =
  /^((?:[\p{Lu}][\p{Lu}.'’\- ]{1,40}?)(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30}?)?(?:,\s*[\p{Lu}][\p{L}]{2,8}\.?\s+\d{1,2})?(?:,\s*\d{4})?)\s*(\([^)]{1,40}\))?\s*(?:--|-|–|—|:)\s+/u;
/** An update stamp before the dateline or the first words ("UPDATED at 3:05 p.m. ", "Updated: "): when, not what. */
const UPDATE_STAMP =
  /^(?:UPDATED|Updated|UPDATE|Update)(?:\s*:|\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST))?\s*:?)\s+(?=\S)/;
/** Lines the headline may sit above before the dateline or byline that opens the body. */
const MAX_HEADLINE_FURNITURE = 3;
const TERMINAL = /[.!?…]["'”’)\]]*$|["”’]$/;
const STOP = new Set(
  "that this with from have were been their there which would about they after also into more than over when what your said says will could other these those while where some only just like most such many made make being them then very".split(
    " ",
  ),
);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of canonical(text).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length >= 4 && !STOP.has(raw)) out.add(raw);
  }
  return out;
}

/** Words that open sentences in capitals without naming anyone. */
const OPENERS = new Set("the and but for yet his her its our their when after before once if as in on at by of to a an".split(" "));
/** Where readers are asked to follow the outlet: a promo names them, a story seldom needs to. */
const PLATFORMS = new Set("facebook twitter instagram youtube tiktok snapchat linkedin whatsapp threads bluesky".split(" "));
/** A word whose full stop ends no sentence: an honorific or title ("Mrs.", "Sen."), "St.", "Jr.", an initial, "U.S.". */
function notAnEnd(word: string): boolean {
  const bare = /^(\p{L}+)\.$/u.exec(word)?.[1]?.toLowerCase();
  if (bare !== undefined && (HONORIFICS.has(bare) || TITLE_ABBREVIATIONS.has(bare) || ["st", "jr", "sr"].includes(bare))) return true;
  return /^\p{Lu}\.$|^(?:\p{Lu}\.){2,}$/u.test(word);
}

/** The name a written word holds: "Clinton's", "Clinton.\"" and "(Clinton" are "Clinton"; "F.B.I." keeps its stops. */
function nameIn(raw: string): string {
  return raw
    .replace(/^[^\p{L}]+|[^\p{L}.']+$/gu, "")
    .replace(/'s?$/, "")
    .replace(/(?<=\p{L}{2})\.$/u, "");
}

/** Capitalised words ("F.B.I.", "Clinton", "Brussels"), lower case; with `inside`, only those no sentence opens with. */
function capitalised(text: string, inside: boolean): Set<string> {
  const out = new Set<string>();
  const words = normalizeTypography(text).split(/\s+/);
  words.forEach((raw, i) => {
    const word = nameIn(raw);
    const before = words[i - 1] ?? "";
    const opens = i === 0 || (/[.!?]["')\]]*$/.test(before) && !notAnEnd(before));
    const lower = word.toLowerCase();
    if (!/^\p{Lu}/u.test(word) || word.replace(/\./g, "").length < 3 || CALENDAR_WORD.test(word)) return;
    if (OPENERS.has(lower) || STOP.has(lower) || PLATFORMS.has(lower) || (inside && opens)) return;
    out.add(lower);
  });
  return out;
}

/** Verbs after a subject that report what someone says ("Detectives say", "Police said"). */
const REPORTING = new Set(["say", "says", "said", "told", "report", "reports", "reported"]);
/** Words from the start a closing paragraph says who says it within ("On Wednesday, police said …"). */
const REPORTING_REACH = 6;
/** Names a closing paragraph shares with the story that make it the story's (one may be the town a bio names), unless it opens on one. */
const SHARED_NAMES = 2;

/**
 * A closing paragraph that reports the story's news however few words it shares: it names people or
 * things the article names inside a sentence ("Mrs. Clinton gave a voluntary interview to the
 * F.B.I. …" under a story about Clinton and the F.B.I.), or it opens by saying who says it
 * ("Detectives say they have no leads…"). Author bios and promos name the writer, the outlet, a
 * platform or the reader instead.
 */
export function isReportedNews(paragraph: string, rest: string): boolean {
  const named = capitalised(rest, true);
  const shared = [...capitalised(paragraph, false)].filter((name) => named.has(name)).length;
  if (shared >= SHARED_NAMES) return true;
  // Or it is about someone the story names: "Trump spent the past week …", "Mrs. Clinton gave …".
  const opener = normalizeTypography(paragraph)
    .split(/\s+/)
    .find((w) => !notAnEnd(w));
  const subject = opener === undefined ? undefined : nameIn(opener).toLowerCase();
  if (subject && named.has(subject)) return true;
  const opening = normalizeTypography(paragraph).split(/[^\p{L}]+/u).filter(Boolean).slice(0, REPORTING_REACH);
  return opening.some((word, i) => i > 0 && REPORTING.has(word.toLowerCase()) && isReporter(opening[i - 1] ?? ""));
}

/** Who reports news in a closing paragraph: police, officials, witnesses, or someone named. */
function isReporter(word: string): boolean {
  return GENERIC_AGENTS.has(word.toLowerCase()) || (/^\p{Lu}\p{Ll}/u.test(word) && !OPENERS.has(word.toLowerCase()));
}

/**
 * What a promo, a tip line or a bio has and an article's closing paragraph has not: the reader or the
 * outlet addressed ("you", "our", "readers", "subscribers"), a way to reach someone (an e-mail, a
 * web address, a phone number, "can be reached"), a platform to follow. A closer about the story
 * that shares few words with it ("the streets of the capital remained calm") is still the story.
 */
const TO_THE_READER_OR_OUTLET = /\b(?:you|your|yours|our|ours|us|we|subscribers?|subscribe|subscription|newsletters?|podcast)\b|@|\bwww\.|https?:|\d{3}\s*[-.)]\s*\d{3}/iu;
/**
 * Words a promo or tip line uses that news uses too ("websites that allow reader comments", "went
 * online", "could not be reached"): junk only in a paragraph that asks something of the reader (an
 * imperative opening: "Visit", "Check", "Read") or points to more ("for more", "more information").
 */
const ABOUT_THE_OUTLET = /\b(?:readers?|e-?mail|website|online|app|reached|tips?)\b/iu;
const ASKS_OR_POINTS = /^(?:visit|check|read|find|see|go|send|call|contact|email|e-mail|share|have)\b|\b(?:for more|more information|more details|more stories)\b/iu;

function speaksToTheReader(text: string): boolean {
  const t = normalizeTypography(text);
  if (TO_THE_READER_OR_OUTLET.test(t) || t.split(/[^\p{L}]+/u).some((w) => PLATFORMS.has(w.toLowerCase()))) return true;
  return ABOUT_THE_OUTLET.test(t) && ASKS_OR_POINTS.test(t.trim());
}

/** Share of a paragraph's content words that appear anywhere else in the article. */
export function relatedness(paragraph: string, rest: string): number {
  const p = contentWords(paragraph);
  if (p.size === 0) return 1;
  const r = contentWords(rest);
  let shared = 0;
  for (const w of p) if (r.has(w)) shared += 1;
  return shared / p.size;
}

/**
 * A run of this many words said twice in one short line (at most TEASER_MAX_WORDS) marks a gallery
 * or video teaser pasted with its copy.
 */
const REPEATED_RUN_WORDS = 8;
const TEASER_MAX_WORDS = 80;

function repeatsItself(key: string): boolean {
  const words = key.split(" ");
  if (words.length > TEASER_MAX_WORDS) return false;
  const runs = new Set<string>();
  for (let i = 0; i + REPEATED_RUN_WORDS <= words.length; i += 1) {
    const run = words.slice(i, i + REPEATED_RUN_WORDS).join(" ");
    if (runs.has(run)) return true;
    runs.add(run);
  }
  return false;
}

/**
 * A call to action addressed to the reader ("Sign up for our newsletter…", "Download our app…",
 * "Get your free trial…"): an imperative opening and the outlet or the reader named ("our", "your",
 * "you"), short, unquoted and attributed to nobody ("Get your flu shot, officials urged" is news).
 */
const CALL_TO_ACTION = /^(sign up|subscribe|register|download|get|join|follow|support|donate|click|tap|listen|watch|read|try)\b/i;
const TO_THE_READER = /\b(you|your|our)\b/i;
const PROMO_MAX_WORDS = 40;

export function isPromo(text: string): boolean {
  const t = normalizeTypography(text).trim();
  if (t.includes('"') || wordsOf(t).length > PROMO_MAX_WORDS) return false;
  if (!CALL_TO_ACTION.test(t) || !TO_THE_READER.test(t)) return false;
  return !t.split(/[^\p{L}]+/u).filter(Boolean).slice(1).some(isSpeechVerb);
}

/**
 * A paragraph in the story's own voice however few words it shares: it opens with a quotation, or
 * quotation makes up most of it (a closing quote, attributed or not, is never "unrelated").
 */
export function isQuotationParagraph(text: string): boolean {
  const t = normalizeTypography(text).trim();
  if (/^[-–—\s]*"(\S+\s+){3,}[^"]*"/.test(t)) return true;
  const quoted = [...t.matchAll(/"[^"]*"/g)].reduce((sum, m) => sum + m[0].length, 0);
  return quoted >= t.length / 2;
}

function shapeReason(line: Line, seen: Set<string>): DiscardReason | null {
  const t = line.text;
  const key = canonical(t);
  if (ADVERTISEMENT.test(t)) return "advertisement";
  if (SIGN_OFF.test(t)) return "sign-off";
  if (line.words <= 8 && BYLINE.test(t)) return "byline";
  if (CAPTION.test(t)) return "caption";
  if (seen.has(key)) return "duplicate";
  if (repeatsItself(key)) return "teaser";
  if ((!line.terminal && line.words <= 5 && NAVIGATION.test(t)) || LINK_LABEL.test(t)) return "navigation";
  if (isPromo(t)) return "navigation";
  if (isDataSheet(t, line.terminal)) return "data-sheet";
  if (t.replace(/[^\p{L}\p{N}]/gu, "").length <= 2 && !SPOKEN_WORD.test(normalizeTypography(t).trim())) return "fragment";
  return null;
}

/** A field of a data sheet: a capitalised label of a few words, then a spaced dash ("Name – ", "Zip Code – "). */
const FIELD = /(?:^|\s)\p{Lu}[\p{L}/]*(?:\s+[\p{L}\d/]+){0,4}\s+[–—](?=\s|$)/gu;

/**
 * A line of a data sheet a page prints beside the story ("Victim Information  Name – Devin Anderson
 * Age –", "Incident Information  Date –"): fields of labels and values, no sentence (no final full
 * stop): two fields or more, or a label left waiting for its value at the end of the line. A dash
 * in a sentence ("The victim – a teenager – died.") is neither.
 */
function isDataSheet(text: string, terminal: boolean): boolean {
  if (terminal) return false;
  const fields = [...text.matchAll(FIELD)].length;
  return fields >= 2 || (fields >= 1 && /\s[–—]$/.test(text.trim()));
}

/**
 * A word opening a quotation and ending its sentence ('"No.', '"Yes!"'): the first line of someone's
 * answer, whose mark says the lines after it are quoted; no fragment of page furniture.
 */
const SPOKEN_WORD = /^"\p{L}+[.!?]"?$/u;

/** The dateline that opens a line ("SEOUL, Feb. 25 (UPI) -- "), if any: its place is in capitals ("SEOUL", "WASHINGTON, D.C."). */
function datelineOf(text: string): string | null {
  const match = DATELINE.exec(text);
  const place = match?.[1] ?? "";
  return match && /^[\p{Lu}.'’\- ]*\p{Lu}{3,}[\p{Lu}.'’\- ]*$/u.test(place.split(",")[0] ?? "") ? match[0] : null;
}

/** The headline again further down, perhaps after a short label ("Update: ..."). */
function isRepeatedHeadline(line: Line, headline: string): boolean {
  const bare = (text: string) => canonical(text).replace(/[.!?]+$/, "");
  return line.words <= wordsOf(headline).length + 3 && bare(line.text).endsWith(bare(headline));
}

/**
 * A list in the story (a lead-in ending in ":" of LIST_LEAD_MIN_WORDS words or more, then
 * LIST_MIN_ITEMS lines or more without a final full stop: "President Obama also said:" / "The UK
 * must stay in the EU" / "Syria needs a political solution"): its items are claims, however short,
 * not subheads or teasers. A short label ("Read more:", "Related:") leads to links, not a list, and
 * a link label ("Read the full transcript") ends one.
 * Returns the lines (indexes in `lines`) of every such list's lead-in and items.
 */
const LIST_LEAD_MIN_WORDS = 4;
const LIST_MIN_ITEMS = 2;
const LIST_ITEM_MIN_WORDS = 4;

/** An item of a list: no final full stop, some words, and no link label ("Read the full transcript"). */
function isListItem(line: Line | undefined): boolean {
  return line !== undefined && line.reason === null && !line.terminal && line.words >= LIST_ITEM_MIN_WORDS && !CALL_TO_ACTION.test(line.text);
}

function listLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((lead, i) => {
    if (lead.reason !== null || lead.words < LIST_LEAD_MIN_WORDS || !/:$/.test(lead.text)) return;
    let end = i + 1;
    while (end < lines.length && isListItem(lines[end])) end += 1;
    if (end - (i + 1) < LIST_MIN_ITEMS) return;
    for (let k = i; k < end; k += 1) out.add(k);
  });
  return out;
}

/** A line long or finished enough to be part of the article body. */
function isBodyLine(line: Line): boolean {
  return (line.terminal && line.words >= 4) || line.words >= 20;
}

export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const restore = new Set((options.restore ?? []).map(canonical));
  const discard = new Set((options.discard ?? []).map(canonical));
  const lines: Line[] = [];
  input.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = raw.replace(/\s+/g, " ").trim();
    if (!text) return;
    const normalized = normalizeTypography(text);
    lines.push({
      index,
      text,
      words: wordsOf(text).length,
      terminal: TERMINAL.test(normalized),
      reason: null,
      restored: restore.has(canonical(text)),
    });
  });

  // 1. Shape and repetition.
  const seen = new Set<string>();
  for (const line of lines) {
    const key = canonical(line.text);
    if (discard.has(key)) line.reason = "user";
    else line.reason = shapeReason(line, seen);
    seen.add(key);
  }

  // 2. Position: headline before the body, furniture after it, subheads inside it.
  const live = lines.filter((l) => l.reason === null);
  const listed = new Set([...listLines(live)].map((i) => live[i]?.index));
  const bodyAfter = (from: number) => live.findIndex((l, i) => i >= from && isBodyLine(l));
  let firstBody = bodyAfter(0);
  let lastBody = -1;
  for (let i = live.length - 1; i >= 0; i -= 1) {
    const line = live[i];
    if (line && isBodyLine(line)) {
      lastBody = i;
      break;
    }
  }
  // The headline: the first line before the body with 3-30 words and no final full stop, else the
  // body's first line when it is shaped like a headline (a headline may end in "." or "?").
  let headlineAt = live.findIndex((l, i) => i < firstBody && l.words >= 3 && l.words <= 30 && !/\.$/.test(l.text));
  const opening = live[firstBody];
  if (headlineAt === -1 && opening && datelineOf(opening.text) === null) {
    const following = live.slice(firstBody + 1, firstBody + 4).filter(isBodyLine).map((l) => l.words);
    if (looksLikeHeadline(opening.text, following)) {
      headlineAt = firstBody;
      firstBody = bodyAfter(firstBody + 1);
    }
  }
  // Under a headline, a dateline or a byline opens the body: a standfirst, caption or prompt
  // between the two is not body.
  if (headlineAt !== -1 && firstBody !== -1) {
    const from = headlineAt + 1;
    const opener = live.findIndex((l, i) => i >= from && i <= from + MAX_HEADLINE_FURNITURE && datelineOf(l.text) !== null);
    if (opener !== -1) firstBody = Math.max(firstBody, opener);
    const bylineLine = lines.find((l) => l.reason === "byline")?.index ?? -1;
    const aboveByline = live.filter((l, i) => i >= from && l.index < bylineLine).length;
    if (aboveByline > 0 && aboveByline <= MAX_HEADLINE_FURNITURE) firstBody = Math.max(firstBody, from + aboveByline);
  }
  const headlineLine = live[headlineAt];
  const headline: string | null = firstBody === -1 ? null : (headlineLine?.text ?? null);
  live.forEach((line, i) => {
    if (firstBody === -1) return;
    if (i === headlineAt) {
      line.reason = "headline";
    } else if (headline !== null && i > headlineAt && isRepeatedHeadline(line, headline)) {
      line.reason = "duplicate";
    } else if (i < firstBody) {
      line.reason = line.words <= 2 ? "fragment" : "teaser";
    } else if (i > lastBody) {
      line.reason = line.words <= 2 ? "fragment" : "teaser";
    } else if (i > firstBody && i < lastBody && listed.has(line.index)) {
      return;
    } else if ((!line.terminal && line.words <= 12) || (i > firstBody && i < lastBody && isQuestionSubhead(line.text))) {
      line.reason = "teaser";
    }
  });

  // 3. Relatedness: trailing paragraphs about something else (author bios, promos).
  const body = () => lines.filter((l) => l.reason === null || l.restored);
  for (let k = 0; k < 3; k += 1) {
    const kept = body();
    const last = kept[kept.length - 1];
    if (!last || kept.length < 3 || last.restored) break;
    const rest = kept.slice(0, -1).map((l) => l.text).join("\n");
    const lastText = normalizeTypography(last.text);
    if (AUTHOR_BIO.test(lastText) || BEAT_BIO.test(lastText) || ABOUT_AUTHOR.test(lastText)) last.reason = "author-bio";
    else if (CONTACT.test(lastText) || (last.words <= FOLLOW_UP_MAX_WORDS && FOLLOW_UP.test(lastText))) last.reason = "sign-off";
    else if (last.words >= 25 && speaksToTheReader(last.text) && !isAttributedQuotation(normalizeTypography(last.text)) && !isQuotationParagraph(last.text) && !isReportedNews(last.text, rest) && relatedness(last.text, rest) < 0.15) {
      last.reason = "unrelated";
    }
    else break;
  }

  // 4. Metadata and the dateline.
  let byline: string | null = null;
  const discarded: DiscardedLine[] = [];
  for (const line of lines) {
    if (line.restored && line.reason !== "user") line.reason = null;
    if (line.reason === "byline" && byline === null) byline = line.text.replace(/^by\s+/i, "");
    if (line.reason !== null) discarded.push({ text: line.text, reason: line.reason, line: line.index });
  }
  const paragraphs = lines.filter((l) => l.reason === null).map((l) => l.text);
  let dateline: string | null = null;
  const lead = paragraphs[0];
  const stamp = lead === undefined ? null : (UPDATE_STAMP.exec(lead)?.[0] ?? null);
  const first = lead === undefined || stamp === null ? lead : lead.slice(stamp.length);
  const match = first === undefined ? null : datelineOf(first);
  if (first !== undefined && (match !== null || stamp !== null)) {
    dateline = `${stamp ?? ""}${match ?? ""}`.trim();
    paragraphs[0] = first.slice(match?.length ?? 0);
  }
  return { paragraphs, discarded, headline, byline, dateline };
}
