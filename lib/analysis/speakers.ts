import { admittedInto, insideQuotation, type SentenceFeatures } from "./features";
import { everyday, senses, synonymous } from "./lexicon";
import { aliasGroupsOf, aliasOf, nameVariant } from "./names";
import { roleKey } from "./people";
import type { Token } from "./nlp";
import { BODY_WORDS, CALENDAR_WORD, GENERIC_AGENTS, HONORIFICS, INSTITUTIONS as INSTITUTION_WORDS, POSSESSIVES, ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERB_CLASS, TITLE_ABBREVIATIONS } from "./vocabulary";

/**
 * Who asserts a sentence's claim: the subject of its reporting verb ("Senator Warren wrote",
 * "..., said Capt. Jeff Butler", "police said", a party tag between: "Rep. Ana Lee (D-N.Y.) said"; a
 * body a place describes: "its embassy in Vienna announced"), or whom it is "according to". A speaker is a
 * person or organisation when it is named (its name words, without titles), else a group or a
 * document named by its head noun ("witnesses", "the complaint"). A pronoun says nothing: "he said"
 * can be anyone the other outlet names.
 */
export interface Speaker {
  /** Lower-case name words ("warren"), or the head noun for an unnamed speaker ("witness"). */
  words: Set<string>;
  named: boolean;
  text: string;
  start: number;
  end: number;
  /** For a named speaker: the offices the comparison gives them (`cast`), by `roleKey`. */
  offices?: ReadonlySet<string>;
}

const SKIP = (t: Token) => HONORIFICS.has(t.lower.replace(/\.$/, "")) || TITLE_ABBREVIATIONS.has(t.lower.replace(/\.$/, ""));

function isTitleWord(t: Token): boolean {
  const lower = t.lower.replace(/\.$/, "");
  return ROLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower) || SKIP(t);
}

const JOINING = new Set(["of", "for", "at", "the"]);

/**
 * The noun phrase ending at `end` (inclusive), walking left: names, titles, nouns, possessives,
 * across "of"/"for the" ("Kamala Harris of California", "a spokeswoman for the ministry").
 */
function phraseBefore(tokens: readonly Token[], end: number): Token[] {
  const out: Token[] = [];
  const nominal = (t: Token | undefined) => t !== undefined && (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || SKIP(t));
  // Where the phrase crossed an "and" inside a name, and how long it was then (`andInName`).
  let crossed = -1;
  for (let i = end; i >= 0 && out.length < 12; i -= 1) {
    const t = tokens[i];
    if (!t) break;
    if ((nominal(t) && (out.length < 8 || crossed >= 0)) || /^'s?$/.test(t.text) || (t.text === "." && out.length > 0 && SKIP(tokens[i - 1] ?? t))) {
      out.unshift(t);
      continue;
    }
    if (out.length > 0 && andInName(tokens, i, crossed >= 0)) {
      if (crossed < 0) crossed = out.length;
      out.unshift(t);
      continue;
    }
    // "Special Agent in Charge Thomas Hadley", "Commander in Chief": "in" inside a title (not "Officials in Brussels").
    const inTitle = t.lower === "in" && /^(?:Charge|Chief)$/.test(out[0]?.text ?? "") && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "");
    if ((JOINING.has(t.lower) || inTitle) && out.length > 0) {
      let k = i - 1;
      while (k >= 0 && JOINING.has(tokens[k]?.lower ?? "")) k -= 1;
      if (nominal(tokens[k])) {
        for (let m = i; m > k; m -= 1) out.unshift(tokens[m] as Token);
        i = k + 1;
        continue;
      }
    }
    break;
  }
  // "The Centers for Disease Control and Prevention", "the Department of Health and Human Services",
  // "the National Oceanic and Atmospheric Administration": one body's name, when the words before the
  // "and" join it with "of"/"for" or it ends in a body's word; else the last name only ("Smith and Jones" -> "Jones"),
  // as of old.
  if (crossed >= 0) {
    const at = out.length - crossed - 1;
    const joined = out.slice(0, at).some((t) => t.lower === "of" || t.lower === "for");
    const last = out[out.length - 1];
    if (!joined && out[at]?.text !== "&" && !(last && INSTITUTION_WORDS.has(last.lower))) out.splice(0, at + 1);
  }
  return out.filter((t) => t.text !== "." && t.text !== "," && !JOINING.has(t.lower) && t.lower !== "in");
}

const capitalised = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);

/**
 * Token `i` joins two words of one name: "and" or "&" between capitalised names ("Control and
 * Prevention", "Procter & Gamble"), or, once an "and" is crossed, a comma of the name's list
 * ("Alcohol, Tobacco, Firearms and Explosives").
 */
function andInName(tokens: readonly Token[], i: number, crossed: boolean): boolean {
  const t = tokens[i];
  if (!t || !capitalised(tokens[i + 1]) || !capitalised(tokens[i - 1])) return false;
  if (t.text === "&") return true;
  return (t.lower === "and" && !crossed) || (t.text === "," && crossed);
}

/** The noun phrase starting at `start`, walking right. */
function phraseAfter(tokens: readonly Token[], start: number): Token[] {
  const out: Token[] = [];
  for (let i = start; i < tokens.length && out.length < 10; i += 1) {
    const t = tokens[i];
    if (!t) break;
    // "said the ...", "said his 20-year-old daughter Nicole Caron": a determiner or possessive opens it.
    if ((t.pos === "DET" || POSSESSIVES.has(t.lower)) && out.length === 0) continue;
    const modifier = (t.pos === "ADJ" || t.pos === "NUM" || (t.text === "-" && out.length > 0)) && out.length < 6;
    // "Prince George's County Police": a name's possessive goes on to what it owns.
    const owner = /^['’]s$/.test(t.text) && out.length > 0 && ["PROPN", "NOUN"].includes(tokens[i + 1]?.pos ?? "");
    if (t.pos === "PROPN" || t.pos === "NOUN" || SKIP(t) || t.text === "." || modifier || owner) {
      if (t.text === "." && !(tokens[i - 1] && SKIP(tokens[i - 1] as Token))) break;
      out.push(t);
      continue;
    }
    break;
  }
  return out.filter((t) => t.text !== "." && t.text !== "-" && !/^['’]s$/.test(t.text));
}

/**
 * A capitalised word is a name, unless it opens the sentence and is an ordinary word ("Police",
 * "Witnesses"), or names a day or month. A word WordNet lists only in rare senses is a name there
 * too ("Warner said", "Trump said").
 */
function isName(t: Token, first: Token | undefined): boolean {
  if (t.pos !== "PROPN" || !/^\p{Lu}/u.test(t.text) || isTitleWord(t) || GENERIC_AGENTS.has(t.lower) || CALENDAR_WORD.test(t.text)) return false;
  if (t !== first) return true;
  const lower = t.lower;
  if (senses(lower).length > 0 && !everyday(lower)) return true;
  return [lower, lower.replace(/es$/, ""), lower.replace(/s$/, "")].every((w) => senses(w).length === 0);
}

/** Plural names that are outlets, not peoples ("the Times said"). */
const PLURAL_OUTLETS = new Set(["times", "news"]);

function toSpeaker(phrase: Token[], sentenceStart: Token | undefined, afterThe = false): Speaker | null {
  // "The Indians say", "the Democrats said": a people or a party, a group like "officials", not one named person.
  const only = phrase.length === 1 ? phrase[0] : undefined;
  if (afterThe && only && only.pos === "PROPN" && /(?:s|ese)$/.test(only.lower) && !PLURAL_OUTLETS.has(only.lower)) {
    return { words: new Set([only.lower]), named: false, text: only.text, start: only.start, end: only.end };
  }
  const names = phrase.filter((t) => isName(t, sentenceStart));
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  if (!first || !last) return null;
  // Named when the phrase ends in a name: "Sen. Kamala Harris", not "the presumptive Republican nominee".
  if (names.length > 0 && names.includes(last)) {
    // The person's name is what follows the title: "United captain Luis Ferreira" names Ferreira; "United" is his team's.
    const title = phrase.reduce((at, t, i) => (isTitleWord(t) ? i : at), -1);
    const own = names.filter((t) => phrase.indexOf(t) > title);
    return { words: new Set((own.length > 0 ? own : names).map((t) => t.lower.replace(/'s$/, ""))), named: true, text: phrase.map((t) => t.text).join(" "), start: first.start, end: last.end };
  }
  // ("The military said": a body the tagger read as an adjective.)
  const head = [...phrase].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN") ?? (last.pos === "ADJ" && INSTITUTION_WORDS.has(last.lower) ? last : undefined);
  // "announced Monday that ...", "The president this morning says": a time says when, not who.
  if (!head || isTime(head)) return null;
  return { words: new Set([head.lemma]), named: false, text: phrase.map((t) => t.text).join(" "), start: first.start, end: last.end };
}

/**
 * Who asserts the sentence's claim, in the sentence's own words between the first and the last word
 * read ("Family at the scene", "the prosecutor's office"), not only the words read.
 */
export function speakerOf(f: SentenceFeatures): Speaker | null {
  return withOffices(f, inOwnWords(f, findSpeaker(f)));
}

/** A named speaker with the offices the comparison gives them ("Hutchinson": governor). */
function withOffices(f: SentenceFeatures, s: Speaker | null): Speaker | null {
  if (!s?.named || !f.cast) return s;
  const offices = new Set([...s.words].flatMap((w) => [...(f.cast?.get(w) ?? [])]));
  return offices.size > 0 ? { ...s, offices } : s;
}

function inOwnWords(f: SentenceFeatures, s: Speaker | null): Speaker | null {
  return s && s.end > s.start ? { ...s, text: f.text.slice(s.start, s.end) } : s;
}

/** Texts one writes or posts: after a verb of saying, its object, never its subject ("wrote an open letter"). */
const WRITINGS = new Set(["letter", "statement", "post", "tweet", "note", "column", "memo", "message", "email", "e-mail", "editorial", "article", "essay", "piece", "op-ed", "book", "blog", "video"]);

/** Tokens a bracketed tag between a name and its verb may take: "(D-N.Y.)" is "(", "D", "-", "N", ".", "Y.", ")". */
const BRACKETED_TAG = 7;

function findSpeaker(f: SentenceFeatures): Speaker | null {
  const tokens = f.tokens;
  // "According to a criminal complaint, Murphy went to the house. Murphy said …": the first
  // attribution is the claim's; a verb of saying after it reports what is attributed.
  const according = f.venues.find((v) => v.key.startsWith("source:"));
  // "according to a criminal complaint", "according to court records"; not "according to plan".
  const accordingAt = tokens.findIndex((t, i) => t.lower === "according" && tokens[i + 1]?.lower === "to" && !insideQuotation(f, t));
  const source = accordingAt >= 0 ? accordingSource(tokens, accordingAt + 2) : [];
  const attributed = source.length > 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (attributed && i >= accordingAt) break;
    // (Or a verb that opens a quotation: "demanded Barr “release the report”", `features`.)
    if (!t || t.pos !== "VERB" || (SPEECH_VERB_CLASS[t.lemma] === undefined && !f.speechVerbs.some((m) => m.start === t.start))) continue;
    // ("Admitted herself to the clinic" is no saying.)
    if (admittedInto(tokens, i)) continue;
    // A verb of saying inside a quotation is the speaker's own word, not the attribution.
    if (insideQuotation(f, t)) continue;
    // "Obama's reported choice", "the reported deal": a participle describing a noun attributes nothing.
    const previous = tokens[i - 1];
    if (tokens[i + 1]?.pos === "NOUN" && previous && (previous.pos === "DET" || POSSESSIVES.has(previous.lower) || /^'s?$/.test(previous.text))) continue;
    // "X said", "X has said", "X's spokeswoman said", "Gov. Jay Inslee (D) announced".
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV")) k -= 1;
    // "The witness had been threatened", "he was told": in the passive the subject is who was spoken
    // to ("The Times is reporting" is no passive).
    // Its agent after "by" speaks: "The charges were announced by U.S. Attorney Ana Ruiz".
    if (!t.lower.endsWith("ing") && tokens.slice(k + 1, i).some((x) => x.pos === "AUX" && x.lemma === "be")) {
      const agent = tokens[i + 1]?.lower === "by" ? toSpeaker(phraseAfter(tokens, tokens[i + 2]?.lower === "the" ? i + 3 : i + 2), tokens[0]) : null;
      if (agent) return agent;
      continue;
    }
    // A party tag in brackets, however its state is abbreviated ("(D)", "(R-Ohio)", "(D-N.Y.)").
    if (tokens[k]?.text === ")") {
      const open = tokens.slice(0, k).map((x) => x.text).lastIndexOf("(");
      if (open >= 0 && k - open <= BRACKETED_TAG) k = open - 1;
    }
    if (tokens[k]?.text === ",") {
      const described = appositiveSubject(tokens, k);
      if (described) return described;
    }
    // "The president this morning says", "but at the same time acknowledged": a time between the
    // subject and its verb says when; the subject is before it, or there is none here.
    if (tokens[k] && isTime(tokens[k] as Token, tokens[k - 1])) {
      k -= 1;
      while (k >= 0 && (tokens[k]?.pos === "DET" || tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "ADP" || tokens[k]?.pos === "NUM")) k -= 1;
    }
    const before = tokens[k];
    if (before && before.pos === "PRON") return null;
    const subjectPhrase = before && before.pos !== "PUNCT" ? phraseBefore(tokens, k) : [];
    // "The special counsel investigating interference in the 2016 election disputed": a noun after a
    // preposition is its object, not the one who speaks.
    let p = subjectPhrase.length > 0 ? tokens.indexOf(subjectPhrase[0] as Token) - 1 : -1;
    while (p >= 0 && (tokens[p]?.pos === "NUM" || tokens[p]?.pos === "DET" || tokens[p]?.pos === "ADJ")) p -= 1;
    const objectOfPreposition = p >= 0 && PREPOSITIONS.has(tokens[p]?.lower ?? "");
    const afterThe = subjectPhrase.length > 0 && tokens[tokens.indexOf(subjectPhrase[0] as Token) - 1]?.lower === "the";
    // "its embassy in Lestin announced", "a spokesman for the ministry said": the body the phrase
    // describes speaks, when a body stands right before the preposition.
    const body = objectOfPreposition ? tokens[p - 1] : undefined;
    const described = body && (body.pos === "NOUN" || body.pos === "PROPN") && INSTITUTION_WORDS.has(body.lemma) ? toSpeaker(phraseBefore(tokens, p - 1), tokens[0]) : null;
    const subject = subjectPhrase.length > 0 && !objectOfPreposition ? toSpeaker(subjectPhrase, tokens[0], afterThe) : described;
    // "Records show", "the video shows"; not "the intensity of their attacks showed that": only a
    // document or a record shows what someone asserts.
    if (subject && t.lemma === "show" && ![...subject.words].some((w) => EVIDENCE.has(w))) continue;
    if (subject) return subject;
    // '"...", said Capt. Jeff Butler' / '"...," police said' handled above; inverted order here.
    const after = tokens[i + 1];
    if (after?.pos === "PRON" && !POSSESSIVES.has(after.lower)) return null;
    // Only verbs of saying put their speaker after them ("..., said Butler"); "disputed the report" has an object.
    if (!INVERTING.has(t.lemma)) continue;
    // '..., said Capt. Jeff Butler.' ends its clause after the name; in "said the situation should be
    // back to normal" the noun is the subject of what was said.
    const phrase = phraseAfter(tokens, i + 1);
    const next = phrase.length > 0 ? tokens[tokens.indexOf(phrase[phrase.length - 1] as Token) + 1] : undefined;
    const clauseEnds = next === undefined || next.pos === "PUNCT" || next.pos === "ADP" || next.pos === "CCONJ" || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADV";
    const inverted = clauseEnds ? toSpeaker(phrase, tokens[0]) : null;
    // "wrote an open letter to ...", "posted a statement on ...": a text after the verb is what was written, not who wrote it.
    if (inverted && [...inverted.words].some((w) => WRITINGS.has(w))) continue;
    if (inverted) return inverted;
  }
  // ("according to the U.N. refugee agency": the source goes on past the names the venue holds.)
  if (according && !(attributed && (source[source.length - 1]?.end ?? 0) > according.end)) {
    const inside = tokens.filter((t) => t.start >= according.start + "according to".length && t.end <= according.end);
    return toSpeaker(inside, tokens[0]);
  }
  if (!attributed) return null;
  const [first, last] = [source[0] as Token, source[source.length - 1] as Token];
  // "according to police": the tagger's verb is the body's noun.
  const head = last.pos === "VERB" ? last.lower : last.lemma;
  return toSpeaker(source, tokens[0]) ?? { words: new Set([head]), named: false, text: f.text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * The person a sentence opens with, when it opens with a name ("Sen. Elizabeth Warren of
 * Massachusetts pointed to ..."): whom a "she wrote" in the next sentence most likely means.
 */
export function openingName(f: SentenceFeatures): Speaker | null {
  // "And Sen. Ana Lee of Ohio also chimed in": a conjunction or adverb before the name.
  let start = 0;
  while (start < f.tokens.length && (f.tokens[start]?.pos === "CCONJ" || f.tokens[start]?.pos === "ADV" || f.tokens[start]?.text === ",")) start += 1;
  const phrase = phraseAfter(f.tokens, start);
  const speaker = phrase.length > 0 ? toSpeaker(phrase, undefined) : null;
  return speaker?.named ? inOwnWords(f, speaker) : null;
}

/** The sentence attributes its words to a personal pronoun ("she wrote on Twitter", "said he"). */
export function pronounSpeaks(f: SentenceFeatures): boolean {
  return speakingPronoun(f) !== undefined;
}

/** The personal pronoun a sentence attributes its words to ("he" in '"...," he said'), if any. */
export function speakingPronoun(f: SentenceFeatures): Token | undefined {
  for (const v of f.speechVerbs) {
    const i = f.tokens.findIndex((t) => t.start === v.start);
    const pronoun = [f.tokens[i - 1], f.tokens[i + 1]].find((t) => t !== undefined && SUBJECT_PRONOUNS.has(t.lower));
    if (pronoun) return pronoun;
  }
  return undefined;
}

/** Personal pronouns that stand for a person as a clause's subject ("he said", "She is the coach"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** Words for a time of day, a day or a period: never who speaks. */
const TIMES = new Set(["morning", "afternoon", "evening", "night", "tonight", "today", "time", "day", "week", "weekend", "month", "year", "hour"]);
/** A time: a lower-case time word ("morning"), or a day or month after a lower-case word ("on Monday", not "Theresa May", "Mrs. May"). */
const isTime = (t: Token, before?: Token) => TIMES.has(t.text) || (CALENDAR_WORD.test(t.text) && (before === undefined || before.text === before.lower));

/** What can show what someone asserts ("records show", "the video shows"): documents, records and data. */
const EVIDENCE = new Set([
  ..."record document report data poll survey study figure statistic video footage image photo recording transcript filing complaint indictment affidavit paper analysis review audit memo letter email message email log".split(" "),
]);

/**
 * Who or what "according to" names when it names a source: a name ("according to Chicago police",
 * "according to The Atlantic"), people or a body ("according to police", "the sheriff's office",
 * "witnesses") or a record ("a criminal complaint", "court records"); empty for what asserts nothing
 * ("according to plan", "according to department policy", "according to the budget").
 */
function accordingSource(tokens: readonly Token[], start: number): Token[] {
  const phrase: Token[] = [];
  for (let i = start; i < tokens.length && phrase.length < 8; i += 1) {
    const t = tokens[i];
    if (!t) break;
    if ((t.pos === "DET" || POSSESSIVES.has(t.lower)) && phrase.length === 0) continue;
    // The tagger reads "police" and "court" as verbs here.
    const nominal = t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "NUM" || SOURCE_WORDS.has(t.lower);
    if (nominal || (/^'s?$/.test(t.text) && phrase.length > 0)) {
      phrase.push(t);
      continue;
    }
    break;
  }
  const words = phrase.filter((t) => !/^'s?$/.test(t.text));
  const head = words[words.length - 1];
  if (!head) return [];
  const named = words.some((t) => t.pos === "PROPN" && /^\p{Lu}/u.test(t.text));
  return named || SOURCE_WORDS.has(head.lower) || SOURCE_WORDS.has(head.lemma) ? words : [];
}

/** What "according to" names when it names a source: people, bodies, offices and records. */
const SOURCE_WORDS = new Set([
  ...GENERIC_AGENTS,
  ...ROLE_WORDS,
  ...BODY_WORDS,
  ...INSTITUTION_WORDS,
  ...EVIDENCE,
  ..."police court witness source family friend neighbor neighbour relative resident spokesperson official authority investigator prosecutor sheriff coroner examiner government administration campaign company firm group organization statement account testimony charge warrant lawsuit suit"
    .split(" "),
]);


/** Prepositions whose object is never the speaker of the verb after it ("interference in the 2016 election disputed"). */
const PREPOSITIONS = new Set(["in", "on", "from", "with", "by", "about", "against", "during", "over", "into", "under", "near", "across", "through"]);

/** Verbs of saying that may come before their speaker ("..., said Capt. Jeff Butler", "added Smith"). */
const INVERTING = new Set(["say", "add", "write", "explain", "note", "ask", "continue", "recall", "insist", "tweet"]);

/** Tokens an appositive between a name and its verb may span ("Raven Hill, a spokeswoman for the county schools, said"). */
const APPOSITIVE_REACH = 14;

/**
 * "Raven Hill, a spokeswoman for the county schools, said": the named person before the comma
 * that opens a description ending at `comma` (just before the verb of saying). The speaker spans
 * the name and its description; its words are both's names, so that the spokeswoman and the body
 * she speaks for are one source.
 */
/** The comma that opens the stretch ending at `comma`, within APPOSITIVE_REACH tokens of it, or -1. */
function openingComma(tokens: readonly Token[], comma: number, from: number = comma): number {
  for (let i = from - 1; i >= Math.max(1, comma - APPOSITIVE_REACH); i -= 1) if (tokens[i]?.text === ",") return i;
  return -1;
}

function appositiveSubject(tokens: readonly Token[], comma: number): Speaker | null {
  let open = openingComma(tokens, comma);
  // "Alvero, based in Columbus, Ohio, said": a state after its city is part of the description, not all of it.
  const stretch = tokens.slice(open + 1, comma);
  if (open >= 2 && stretch.length <= 2 && stretch.every((t) => t.pos === "PROPN") && tokens[open - 1]?.pos === "PROPN") {
    const earlier = openingComma(tokens, comma, open);
    if (earlier >= 1) open = earlier;
  }
  const description = tokens.slice(open + 1, comma);
  const head = description[0];
  // "Jane Roe, 54, a nurse, said": the age in apposition before the description belongs to the name before it.
  const nameEnd = tokens[open - 1]?.pos === "NUM" && tokens[open - 2]?.text === "," ? open - 3 : open - 1;
  // "Former FBI Director James Comey, who led the investigation, said": the named person before the clause.
  if (open >= 1 && head?.lower === "who") {
    const name = toSpeaker(phraseBefore(tokens, nameEnd), tokens[0]);
    return name?.named ? name : null;
  }
  // "Mr. Roe, asked if he would run, said" / "Ms. Roe, campaigning in Ohio on Friday, told reporters": a participle's clause (the tagger may call "campaigning" a noun) describes the person before it.
  // So does "The company, headquartered in Ohio, said": a body described is the speaker, unnamed; and
  // "Weiner, in an interview with Fox News, said": a phrase of where or when.
  if (open >= 1 && ((head?.pos === "VERB" || head?.pos === "NOUN") && /(?:ed|ing)$/.test(head.lower) || head?.pos === "ADP")) {
    return toSpeaker(phraseBefore(tokens, nameEnd), tokens[0]);
  }
  // "The defendant's lawyer, John Smith, said": the name in apposition after a noun for a person is the speaker.
  if (open >= 1 && tokens[open - 1]?.pos === "NOUN" && description.length <= 4 && description.every((t) => t.pos === "PROPN" || SKIP(t) || t.text === ".")) {
    const name = toSpeaker(description.filter((t) => t.text !== "."), tokens[0]);
    if (name?.named) return name;
  }
  if (open < 1 || !head || !(head.pos === "DET" || isTitleWord(head))) return null;
  if (description.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.pos === "SCONJ")) return null;
  const name = toSpeaker(phraseBefore(tokens, nameEnd), tokens[0]);
  if (!name?.named) return null;
  const own = description.filter((t) => isName(t, tokens[0])).map((t) => t.lower.replace(/'s$/, ""));
  const last = description[description.length - 1] ?? head;
  return {
    words: new Set([...name.words, ...own]),
    named: true,
    text: `${name.text}, ${description.map((t) => t.text).join(" ")}`,
    start: name.start,
    end: last.end,
  };
}

/** A police department by its initials: "the NYPD", "LAPD", "SFPD". */
const POLICE_INITIALS = /^(?:the\s+)?[A-Z]{1,4}PD$/;

/** Two speakers can be one when either is unknown or unnamed, or their names share a word written either way. */
export function canBeSameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b || !a.named || !b.named) return true;
  return sameSpeaker(a, b);
}

/** One speaker written two ways: a shared word, a spelling variant ("Wilking"/"Wilkig"), initials ("IAC"/"InterActiveCorp"), synonyms ("company"/"firm"). */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  // (Two bodies' names share their kind of body: "the Department of Health and Human Services" /
  // "the Department of Homeland Security", "the Ministry of Trade" / "the Ministry of Health" are two.)
  const own = (s: Speaker) => [...s.words].filter((w) => !INSTITUTION_WORDS.has(w));
  const [wa, wb] = a.named && b.named && own(a).length > 0 && own(b).length > 0 ? [own(a), own(b)] : [[...a.words], [...b.words]];
  for (const x of wa)
    for (const y of wb) {
      if (x === y || nameVariant(x, y) || synonymous(x, y)) return true;
    }
  // "Police" / "the Kansas City Police Department" or "the NYPD", "the ministry" / "the Foreign Ministry": an
  // unnamed speaker whose word the other's name holds.
  // Not a possessor's word: "the victim's mother" is not "the victim", "the suspect's lawyer" not "the suspect".
  const holds = (named: Speaker, unnamed: Speaker) => {
    const own = named.text.toLowerCase().split(/['’]s?\s/u).pop() ?? "";
    const words = new Set(own.split(/[^\p{L}]+/u));
    // (A police department by its initials, "the NYPD", "LAPD", is the police.)
    if (POLICE_INITIALS.test(named.text.trim())) words.add("police");
    return [...unnamed.words].some((w) => words.has(w));
  };
  if ((!a.named && holds(b, a)) || (!b.named && holds(a, b))) return true;
  // "The governor" where the comparison calls the named one Governor ("Gov. Asa Hutchinson" / "Hutchinson").
  const holdsOffice = (named: Speaker, unnamed: Speaker) => [...unnamed.words].some((w) => [...(named.offices ?? [])].some((o) => o === roleKey(w) || synonymous(o, w)));
  if ((!a.named && b.named && holdsOffice(b, a)) || (!b.named && a.named && holdsOffice(a, b))) return true;
  // A government said by its capital or seat ("Beijing" / "China's Foreign Ministry", "the Kremlin" /
  // "Russian officials"), a department by its initials ("DHS" / "the Homeland Security Department"):
  // one speaker whose whole name is an alias of a name in the other's.
  const [sa, sb] = [nameShape(a), nameShape(b)];
  const alias = (whole: NameShape, other: NameShape) => whole.alias !== undefined && other.aliases.has(whole.alias);
  if (alias(sa, sb) || alias(sb, sa)) return true;
  const [ca, cb] = [sa.capitals, sb.capitals];
  const [oa, ob] = [sa.owned, sb.owned];
  if (acronymFits(sa, ca, cb) || acronymFits(sb, cb, ca)) return true;
  return ca.length >= 2 && cb.length >= 2 && (ca === cb || ca === `t${cb}` || cb === `t${ca}` || (oa.length >= 2 && oa === cb) || (ob.length >= 2 && ob === ca));
}

/** What `sameSpeaker` reads of one speaker's name alone: read once a speaker (each meets every candidate partner's speaker in a comparison). */
interface NameShape {
  /** The name these were read from. */
  text: string;
  /** Its capitals, lower-cased ("thr" for "The Hollywood Reporter"). */
  capitals: string;
  /** The capitals after a possessor ("fa" for "England's Football Association": the possessor says whose). */
  owned: string;
  /** The `NAME_ALIASES` group the whole name is, and the groups of the names inside it. */
  alias: string | undefined;
  aliases: Set<string>;
  /** The whole name is an acronym ("CDC", "the U.N."). */
  acronym: boolean;
}
const shapes = new WeakMap<Speaker, NameShape>();

function nameShape(s: Speaker): NameShape {
  let out = shapes.get(s);
  if (!out || out.text !== s.text) {
    out = {
      text: s.text,
      capitals: s.text.replace(/[^\p{Lu}]/gu, "").toLowerCase(),
      owned: (s.text.split(/['’]s\s/u).pop() ?? s.text).replace(/[^\p{Lu}]/gu, "").toLowerCase(),
      alias: aliasOf(s.text),
      aliases: aliasGroupsOf(s.text.split(/\s+/)),
      acronym: ACRONYM.test(s.text.replace(/^the\s+/i, "").trim()),
    };
    shapes.set(s, out);
  }
  return out;
}

/** A name written as its initials: "CDC", "U.N.". */
export const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u;

/**
 * A speaker that is one acronym against a name whose capitals hold its letters in a run, the way
 * acronyms drop a name's first or last words ("CDC" / "Centers for Disease Control and Prevention",
 * "ATF" / "Bureau of Alcohol, Tobacco, Firearms and Explosives", "HHS" / "Department of Health and
 * Human Services"): one body. Three letters at least: "EC" is not "the European Central Bank", and
 * an acronym that only opens with the other's letters is a sibling as often as the body itself
 * ("UNICEF" / "the U.N. refugee agency", "USAID" / "the U.S. military").
 */
function acronymFits(acronym: NameShape, letters: string, others: string): boolean {
  if (!acronym.acronym) return false;
  return letters.length >= 3 && others.length > letters.length && others.includes(letters);
}
