import { sentenceAt, type Mention, type SentenceFeatures } from "./features";
import { NUMBER_WORDS, ORDINAL_WORDS, SPEECH_VERB_CLASS } from "./vocabulary";
import { splitWords } from "./words";

/**
 * How a quotation is worded, for telling a misquote from typography and spelling: contractions
 * are expanded ("it's" = "it is"), British and American spellings are one ("behaviour" =
 * "behavior"), an ellipsis marks words left out, and a quotation interrupted by its attribution
 * ("Instead of ...," Graham said, "this administration ...") is one quotation.
 */
export interface QuoteUnit {
  /** The quotation marks' spans (two or more when the attribution interrupts it). */
  parts: Mention[];
  start: number;
  end: number;
  /** The quoted words as written, joined. */
  text: string;
  /** Normalised words, in order. */
  words: string[];
  /** Lemmas of the quotation's content words (nouns, verbs, adjectives, adverbs, numbers, names). */
  content: string[];
  /** Those of its content words that are names ("Tea Party"): what a remark is about, not how it is worded. */
  names: string[];
  /** The quotation leaves words out ("...") */
  elided: boolean;
}

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan't\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/\bcannot\b/g, "can not"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'m\b/g, " am"],
  [/'ll\b/g, " will"],
  [/'ve\b/g, " have"],
  [/'d\b/g, " would"],
  [/\b(it|that|he|she|there|here|what|who|where|this)'s\b/g, "$1 is"],
  // Spoken forms a transcript may keep or spell out.
  [/\bgonna\b/g, "going to"],
  [/\bwanna\b/g, "want to"],
  [/\bgotta\b/g, "got to"],
];

/** Titles as house styles abbreviate them before a name. */
const TITLES_WRITTEN_OUT: Readonly<Record<string, string>> = {
  sen: "senator", sens: "senators", rep: "representative", reps: "representatives", gov: "governor", lt: "lieutenant",
  gen: "general", sgt: "sergeant", capt: "captain", col: "colonel", cmdr: "commander", adm: "admiral", supt: "superintendent",
  det: "detective", atty: "attorney", pres: "president", amb: "ambassador",
};
const TITLE_ABBREVIATION = new RegExp(`\\b(${Object.keys(TITLES_WRITTEN_OUT).join("|")})\\.(?=\\s+\\p{L})`, "gu");

/** Whole numbers spelled out, as a transcript may give them in figures ("two-in-three" / "2 in 3"). */
const SPELLED = new Map([
  ...Object.entries(NUMBER_WORDS).filter(([, digits]) => /^\d+$/.test(digits)),
  // Ordinals as figures: "eleventh hour" is "11th hour".
  ...Object.entries(ORDINAL_WORDS).map(([word, rank]): [string, string] => [word, `${rank}${rank % 10 === 1 && rank !== 11 ? "st" : rank % 10 === 2 && rank !== 12 ? "nd" : rank % 10 === 3 && rank !== 13 ? "rd" : "th"}`]),
]);

const SPELLINGS: Array<[RegExp, string]> = [
  [/^(\p{L}{2,})our(s|ed|ing|ite|ites|able|hood|hoods)?$/u, "$1or$2"],
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u, "$1iz$2"],
  [/^(\p{L}{2,})ys(e|es|ed|ing)$/u, "$1yz$2"],
  [/^(\p{L}{2,})tre(s)?$/u, "$1ter$2"],
  [/^(\p{L}*[aeiou])ll(ed|ing|er|ers)$/u, "$1l$2"],
  [/^(\p{L}{3,})ogue(s)?$/u, "$1og$2"],
  [/^(defen|offen|licen|preten)ce(s)?$/u, "$1se$2"],
  // A house style's word, not a spelling of the speaker's: AP's "OK" is another outlet's "okay".
  [/^ok$/u, "okay"],
];

/**
 * One spelling of a word for both sides of the Atlantic: a comparison key applied to both quotations,
 * never shown ("precise" becomes "precize" on both sides, which merges nothing).
 */
export function spelling(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** Normalised words of quoted text. */
export function wordingOf(text: string): string[] {
  // "conservation & healthy herds" is "conservation and healthy herds" (a tweet's shorthand).
  let t = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s&\s/g, " and ").replace(/\bo\.k\.(?!\p{L})/gu, "okay");
  for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  // A title abbreviated or written out is one word: "Sen. Reid" is "Senator Reid" (a house style, not the speaker's).
  t = t.replace(TITLE_ABBREVIATION, (_, short: string) => TITLES_WRITTEN_OUT[short] ?? short);
  // A time on the hour, with or without its minutes: "6:00 p.m." is "6 p.m.".
  t = t.replace(/\b(\d{1,2}):00(?=\s*[ap]\.?m\b)/g, "$1");
  // Numbers in words or figures alike, and a hyphen beside a figure separates ("two-in-three" = "2 in 3").
  t = t.replace(/\b[a-z]+\b/g, (w) => SPELLED.get(w) ?? w).replace(/(\d)-|-(\d)/g, (_, x: string | undefined, y: string | undefined) => `${x ?? ""} ${y ?? ""}`);
  // Hyphens inside a word join it ("short-lived" = "shortlived"); other punctuation separates.
  t = t.replace(/(\p{L})-(\p{L})/gu, "$1$2").replace(/'s\b/g, "s");
  return splitWords(t).map(spelling);
}

const FUNCTION_POS = new Set(["PUNCT", "SYM", "DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX"]);
const WORD = /[\p{L}\p{N}]/u;

/** Quotations of a sentence, with a quotation interrupted by its attribution joined into one. */
export function quoteUnits(f: SentenceFeatures): QuoteUnit[] {
  const groups: Mention[][] = [];
  // Within one sentence: in a claim group's member of several sentences, the next sentence's
  // quotation may be another person's (“...” Tom Reyes said: “...”).
  for (const quote of [...f.quotes].sort((x, y) => x.start - y.start)) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    // (A title before it, the ad "Strong" ending with Perry saying "...", is not the remark's start: a
    // remark broken off for its speaker ends at a comma or a stop inside its marks, "Absolutely," he said.)
    const titleBefore = previous !== undefined && titleOf(f, previous) && !/[,.!?;:]\s*$/.test(f.text.slice(previous.start + 1, previous.end - 1));
    if (last && previous && sentenceAt(f, previous) === sentenceAt(f, quote) && interruptedBySpeaker(f, previous.end, quote.start) && !titleOf(f, quote) && !titleBefore) last.push(quote);
    else groups.push([quote]);
  }
  return groups.map((parts) => unitOf(f, parts));
}

/**
 * `units` (`quoteUnits` of `f`, a member of several sentences) with the lines of one quotation the
 * outlet carried on from sentence to sentence (`carriedOn`) joined into one unit where `joins` reads
 * them as one (another outlet quotes them in one sentence); elsewhere each sentence's line stays a
 * unit of its own.
 */
export function joinCarriedOn(f: SentenceFeatures, units: readonly QuoteUnit[], joins: (lines: readonly QuoteUnit[]) => boolean): QuoteUnit[] {
  const out: QuoteUnit[] = [];
  for (let k = 0; k < units.length; ) {
    // The longest run of lines carried on from this one that `joins` reads as one.
    let end = k + 1;
    while (end < units.length && carriedOn(f, units[end - 1]?.parts.at(-1), units[end]?.parts[0])) end += 1;
    while (end - k > 1 && !joins(units.slice(k, end))) end -= 1;
    out.push(end - k > 1 ? unitOf(f, units.slice(k, end).flatMap((u) => u.parts)) : (units[k] as QuoteUnit));
    k = end;
  }
  return out;
}

/**
 * A quotation's text without the words an outlet put into it in square brackets or parentheses
 * ("[President] Obama's war", "(Libyan strongman Muammar) Qaddafi"), but with a letter it recased in
 * brackets ("[W]e write", "[t]he plan"): that word is the speaker's.
 */
export function speakersWords(text: string): string {
  return text.replace(/\[(\p{L}{1,2})\](?=\p{L})/gu, "$1").replace(/\[[^\]]*\]|\([^)]*\)/g, " ");
}

function unitOf(f: SentenceFeatures, parts: Mention[]): QuoteUnit {
  const inner = parts.map((p) => f.text.slice(p.start + 1, p.end - 1));
  const text = inner.join(" ");
  // Words in square brackets or parentheses are the outlet's, put into the speaker's words ("[President] Obama's war"): not quoted.
  const inserted = [...f.text.matchAll(/\[[^\]]*\]|\([^)]*\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const tokens = f.tokens.filter((t) => parts.some((p) => t.start > p.start && t.end < p.end) && !inserted.some((r) => t.start >= r.start && t.end <= r.end));
  return {
    parts,
    start: parts[0]?.start ?? 0,
    end: parts[parts.length - 1]?.end ?? 0,
    text,
    words: wordingOf(speakersWords(text)),
    content: tokens.filter((t) => WORD.test(t.text) && !FUNCTION_POS.has(t.pos) && !t.stop).map((t) => spelling(t.lemma)),
    // Not a part's first word: capitalised because it opens the quotation ("Voters must ...").
    names: tokens
      .filter((t) => WORD.test(t.text) && t.pos === "PROPN" && !t.stop && !parts.some((p) => tokens.find((x) => x.start > p.start && WORD.test(x.text)) === t))
      .map((t) => spelling(t.lemma)),
    elided: /\.\.\.|\u2026/.test(text),
  };
}

/**
 * One quotation an outlet carries on from a sentence into the article's next one, both in a member of
 * several sentences: the first left open at its sentence's end, the second continuing it from its
 * start (“It's about some honest work. || Some honest pay.”), as another outlet may quote it in one.
 */
function carriedOn(f: SentenceFeatures, previous: Mention | undefined, quote: Mention | undefined): boolean {
  if (!previous || !quote) return false;
  const list = f.sentences ?? [];
  const k = list.findIndex((s, i) => s.start < previous.end && !((list[i + 1]?.start ?? Infinity) < previous.end));
  const [here, next] = [list[k], list[k + 1]];
  if (!here || !next || here.index === undefined || next.index !== here.index + 1) return false;
  const leftOpen = previous.end === next.start && !previous.text.endsWith('"');
  const continues = quote.start === next.start - 1 && !quote.text.startsWith('"');
  return leftOpen && continues;
}

/** A quoted title, not more of the quotation: a few words, each capitalised but short function words ('on NBC's "Meet the Press."'). */
function titleOf(f: SentenceFeatures, quote: Mention): boolean {
  const words = f.text.slice(quote.start + 1, quote.end - 1).split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}']/gu, "")).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(the|of|and|a|an|in|on|for|to)$/.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? "");
}

/** Between two quotations only a short attribution (', Graham said, ' or ', he added. '). */
function interruptedBySpeaker(f: SentenceFeatures, from: number, to: number): boolean {
  const between = f.text.slice(from, to);
  if (between.length > 60) return false;
  // A word quoted inside the outlet's phrase runs on into its noun ("her “hurtful” words, saying she
  // had “judged ...”"): two quotations, not a remark broken off for its speaker ("We are ready” she
  // said, “to go”).
  const next = f.tokens.find((t) => t.start >= from);
  if (/\p{L}/u.test(f.text[from - 2] ?? "") && next !== undefined && next.start < to && next.pos === "NOUN") return false;
  const words = between.split(/\s+/).filter((w) => WORD.test(w));
  if (words.length === 0 || words.length > 7) return false;
  const tokens = f.tokens.filter((t) => t.start >= from && t.end <= to);
  // Its speaker is there, by name, noun or pronoun: "calling the article “misleading” and claiming
  // “...”" is the outlet's sentence around two quotations, not one quotation interrupted.
  return tokens.some((t) => t.pos === "VERB" && SPEECH_VERB_CLASS[t.lemma] !== undefined) && tokens.some((t) => t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NOUN");
}
