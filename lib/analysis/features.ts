import type { Cast } from "./cast";
import type { Casing } from "./casing";
import { isVerb, rarity } from "./lexicon";
import { numericValue } from "./figures";
import { tokenize, type Token } from "./nlp";
import { inchMarkAt, normalizeTypography } from "./normalize";
import { isRole } from "./people";
import type { Speaker } from "./speakers";
import {
  CERTAINTY,
  COUNTED_PEOPLE,
  DATE_PATTERN,
  DAY_WORD,
  EQUIVALENT_PHRASES,
  HEDGES,
  LEGAL_DOCUMENTS,
  MEASURE_UNITS,
  MONTH_WORD,
  NEGATIONS,
  NUMBER_WORDS,
  POSSESSIVES,
  SPEECH_VERB_CLASS,
  YEAR,
} from "./vocabulary";

/**
 * Features: what a sentence says, in units the aligner and classifier compare:
 * weighted content lemmas, names, numbers with what they count, dates, quotations,
 * negations, hedges and attribution (speech verbs and venues).
 */
export interface Mention {
  /** Comparison key (normalised). */
  key: string;
  text: string;
  start: number;
  end: number;
}

export interface NumberMention extends Mention {
  /** Normalised value: "100", "hundreds", "0.1%". */
  value: string;
  /** Lemma of the counted noun ("organization"), or null. */
  unit: string | null;
  /** Lemmas of the whole counted compound ("clergy", "abuse", "lawsuit"); empty when nothing is counted. */
  nouns: string[];
}

/** A figure that is a year ("in 2016", "the 2018 midterms"), not a count that looks like one ("2,000 homes"). */
export function isYear(n: NumberMention): boolean {
  return YEAR.test(n.value) && n.unit === null && !n.text.includes(",");
}

export interface SentenceFeatures {
  text: string;
  tokens: Token[];
  /** Content lemma -> rarity weight. */
  content: Map<string, number>;
  /** Lemmas of proper nouns. */
  names: Set<string>;
  numbers: NumberMention[];
  dates: Mention[];
  quotes: Mention[];
  negations: Mention[];
  hedges: Mention[];
  certainty: Mention[];
  speechVerbs: Mention[];
  venues: Mention[];
  roles: Mention[];
  /**
   * On each sentence of a quotation of several sentences, or of a quotation going on from the
   * sentence before it (`quotations`): who speaks (null when no one is named), and whether anyone
   * is said to (even "she wrote").
   */
  quotation?: {
    speaker: Speaker | null;
    attributed: boolean;
    /** How the speaker said it, read where the quotation is attributed ("said in a statement"); positions are that sentence's. */
    channels?: Mention[];
    /** The sentence of the article (its index) that says who speaks, when it is another one. */
    saidIn?: number;
  };
  /** The offices the comparison gives each named person (`cast`), shared by all its sentences. */
  cast?: Cast;
  /** The weekday the sentence's speaker said it, read there or in the sentence before (`occasions`). */
  occasion?: string;
  /**
   * On a claim group's member of several sentences (its text is theirs joined): each sentence's own
   * features, by where it starts in the text, so that a rule asks who speaks the line it compares,
   * and its place in its article (`index`), so that a rule knows two sentences follow each other.
   */
  sentences?: ReadonlyArray<{ start: number; features: SentenceFeatures; index?: number }>;
}

/**
 * The features of the sentence a mention ends in: the member's own sentence there, else `f` itself.
 * By its end, since a quotation going on from the sentence before starts before its own sentence.
 */
export function sentenceAt(f: SentenceFeatures, m: { end: number }): SentenceFeatures {
  if (!f.sentences) return f;
  let found = f;
  for (const s of f.sentences) if (s.start < m.end) found = s.features;
  return found;
}

const WORD = /[\p{L}\p{N}]/u;
const SKIPPED_POS = new Set(["PUNCT", "SYM", "DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON"]);
/** Words naming a rank on a scale, before its number: "Category 3", "Level 4", "Stage 2", "magnitude 6". */
const SCALE_RANKS = /^(?:category|level|stage|phase|grade|tier|magnitude|force)$/i;
const COUNT_WORDS = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "tens"]);
/** Words after a calibre: ".45-caliber", "a .22 rifle". */
const CALIBRE_WORDS = /^(?:calib(?:er|re)s?|rifles?|pistols?|handguns?|revolvers?|guns?|magnums?|rounds?|bullets?|ammunition|special|auto|acp)$/;

/** Count words that "tens of" and "hundreds of" multiply into one count ("tens of thousands"). */
const LARGER_COUNT_WORDS = new Set(["thousands", "millions", "billions"]);

/**
 * One word house styles write two ways, as one key: AP's "OK" and another outlet's "okay" ("I don't
 * think that's okay" / "I don't think it's OK"), "e-mail" and "email". (British and American
 * spellings are folded by the lemmatiser already: "theatre" is "theater".)
 */
const WRITTEN_ALIKE: Readonly<Record<string, string>> = { ok: "okay", "o.k.": "okay", "e-mail": "email", "e-mails": "email" };

/** The comparison key of a token: lemma, with number words and one word's house spellings folded. */
export function tokenKey(token: Token): string {
  return NUMBER_WORDS[token.lower] ?? WRITTEN_ALIKE[token.lemma] ?? token.lemma;
}

/** Verbs that give someone's words when a quotation follows them: "demanded Barr “release the report”", "called it “a disgrace”". */
const QUOTING_VERBS: ReadonlySet<string> = new Set(["demand", "urge", "plead", "vow", "promise", "pledge", "call", "describe", "ask", "beg"]);
/** Characters between such a verb and the quotation it opens, at most ("urged voters to “stand up”"). */
const QUOTING_REACH = 25;

/** A verb of QUOTING_VERBS with a quotation opening right after it: it attributes the quoted words. */
function quoting(t: Token, quotes: readonly Mention[]): boolean {
  return QUOTING_VERBS.has(t.lemma) && quotes.some((m) => m.start >= t.end && m.start - t.end <= QUOTING_REACH);
}

/** Whom a claim is said to, after a verb of saying: "told reporters" attributes a claim, "claimed responsibility" does not. */
const AUDIENCES: ReadonlySet<string> = new Set([
  ..."reporters journalists supporters audience crowd voters lawmakers students listeners viewers colleagues attendees".split(" "),
  // Whom a business or a club speaks to: "told analysts on a conference call", "told employees in a memo".
  ..."analysts investors employees staff staffers shareholders workers members delegates residents parents fans donors".split(" "),
]);

export interface FeatureOptions {
  /** How the article the text is from writes its words (`casingOf`): tells a sentence-initial common noun from a name. */
  casing?: Casing;
  /** The sentence starts inside a quotation an earlier sentence opened (`continuesQuotation`): its words up to the closing quote are quoted. */
  continuesQuotation?: boolean;
  /** For a text joined from several sentences: where each starts, and whether it continues a quotation. */
  pieces?: ReadonlyArray<{ start: number; continuesQuotation: boolean }>;
}

const quoteKey = (inner: string) => inner.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "").trim();

/**
 * The quotations of one sentence (typography normalised), as ranges of `offset + ` its offsets that
 * hold the quote marks: inner words are `start + 1 .. end - 1`. A sentence that continues a quotation
 * is quoted up to the quote that closes it, as if its opening quote stood just before it; a quotation
 * that does not close in the sentence (it goes on in the next one, or the outlet cut it at a "?" or a
 * paragraph's end) runs to the sentence's end.
 */
function quotationsOf(sentence: string, continues: boolean, offset: number): Mention[] {
  const out: Mention[] = [];
  const add = (open: number, close: number) => {
    const inner = sentence.slice(open + 1, close);
    if (inner.trim().length >= 2) out.push({ key: quoteKey(inner), text: sentence.slice(Math.max(0, open), close + 1), start: offset + open, end: offset + close + 1 });
  };
  let from = 0;
  if (continues) {
    const close = sentence.indexOf('"');
    add(-1, close === -1 ? sentence.length : close);
    if (close === -1) return out;
    from = close + 1;
  }
  while (from < sentence.length) {
    let open = sentence.indexOf('"', from);
    // (A mark after a figure and before a word is inches, not a quotation opening: 'a 3.1" touch screen'.)
    while (open > 0 && inchMarkAt(sentence, open)) open = sentence.indexOf('"', open + 1);
    if (open === -1) break;
    const close = sentence.indexOf('"', open + 1);
    add(open, close === -1 ? sentence.length : close);
    if (close === -1) break;
    from = close + 1;
  }
  return out;
}

export function extractFeatures(text: string, options: FeatureOptions = {}): SentenceFeatures {
  const normalized = normalizeTypography(text);
  const tokens = tokenize(normalized, options.casing);
  const content = new Map<string, number>();
  const names = new Set<string>();
  // A figure's words are compared as the figure they make: "1.2 million" and "1.2%" are two figures,
  // "$3bn" and "$3 billion" one.
  const numbers = numbersOf(tokens, normalized).map((n) => (n.unit === null && DEATH_TOLL.test(normalized.slice(Math.max(0, n.start - 80), n.start)) ? { ...n, unit: "person", nouns: ["toll"] } : n));
  // A measure is compared in its quantity's base unit: "72 hours" and "three days" are one figure.
  const figureAt = (t: Token) => {
    const n = numbers.find((m) => m.start <= t.start && t.end <= m.end && m.unit !== "tally");
    return n ? (measureKey(n) ?? n.value) : undefined;
  };
  for (const [i, t] of tokens.entries()) {
    // A figure in words is content though the tagger lists it among stop words ("eight years": AP
    // style spells out figures below ten); not "one", most often a pronoun ("one of them", "no one").
    if (!WORD.test(t.text) || (t.stop && !(t.pos === "NUM" && t.lower !== "one" && t.lower in NUMBER_WORDS))) continue;
    if (SKIPPED_POS.has(t.pos) || t.text.startsWith("'")) continue;
    // (A scale glued to it, "bn" of "$3bn", is part of the figure.)
    // (So is a share in words: "half" of "half of the households" is "50%".)
    const inShare = numbers.some((n) => n.unit === "%" && n.start <= t.start && t.end <= n.end && /\p{L}/u.test(n.text.replace(/per ?cent/i, "")));
    const key = t.pos === "NUM" || inShare || /^(?:bn|tn|mn|m|k)\.?$/i.test(t.text) ? (figureAt(t) ?? tokenKey(t)) : tokenKey(t);
    let weight = rarity(t.lower, t.lemma);
    if (t.pos === "PROPN") {
      // Sentence-initial capitals are not evidence of a name.
      if (i > 0 || tokens.length === 1) names.add(t.lemma);
      weight = Math.max(weight, 0.8);
    }
    // A figure in digits weighs as a rare word; one in words as common as it is ("two" joins little on its own).
    if (t.pos === "NUM" && !t.stop) weight = Math.max(weight, 1);
    if (t.pos === "AUX") weight = Math.min(weight, 0.1);
    content.set(key, Math.max(content.get(key) ?? 0, weight));
  }
  for (const [pattern, key] of EQUIVALENT_PHRASES) {
    pattern.lastIndex = 0;
    if (pattern.test(normalized)) content.set(key, 0.6);
  }
  // A share near a round one is also that share told loosely ("48 percent" / "nearly half").
  for (const n of numbers) {
    const about = roundShare(n);
    if (about !== null) content.set(`about:${about}%`, Math.max(content.get(`about:${about}%`) ?? 0, ROUND_SHARE_WEIGHT));
  }
  // A joined text (a claim group's member of several sentences) has its quotations read sentence by
  // sentence: one sentence's open quotation does not pair with the next one's opening quote.
  const pieces = options.pieces ?? [{ start: 0, continuesQuotation: options.continuesQuotation ?? false }];
  const quotes = pieces.flatMap((piece, k) => {
    // Without the space that joins it to the next sentence.
    const end = k + 1 < pieces.length ? (pieces[k + 1]?.start ?? normalized.length + 1) - 1 : normalized.length;
    return quotationsOf(normalized.slice(piece.start, end), piece.continuesQuotation, piece.start);
  });
  return {
    text,
    tokens,
    content,
    names,
    numbers,
    dates: matches(normalized, DATE_PATTERN, (m) => m.replace(/^on\s+/i, "").toLowerCase()),
    quotes,
    // wink splits a contraction that lost its apostrophe ("dont") into "do" + "nt", lemma "not".
    negations: tokensIn(tokens, (t, i) => (NEGATIONS.has(t.lower) || t.lemma === "not") && negates(tokens, i)),
    hedges: tokensIn(tokens, (t, i) => HEDGES.has(t.lower) && !inName(tokens, i) && hedges(tokens, i)),
    // "Will" as a noun ("the will of the voters") is no word of certainty.
    // Nor is one denied: "the numbers aren't confirmed", "has not been confirmed" (unconfirmed).
    // Nor is "will" a hedge qualifies: "will likely have to wait", "will probably close".
    certainty: tokensIn(
      tokens,
      (t, i) => CERTAINTY.has(t.lower) && !(t.lower === "will" && t.pos !== "AUX" && t.pos !== "VERB") && !deniedBefore(tokens, i) && !(t.lower === "will" && HEDGED_WILL.test(tokens[i + 1]?.lower ?? "")),
    ),
    // A speech verb with a noun for its object is not attributing a claim: "claimed responsibility",
    // "the university's asserted interest"; nor is one giving an instruction.
    speechVerbs: tokensIn(
      tokens,
      (t, i) =>
        t.pos === "VERB" &&
        // ("Dismissed" takes a stance only on what was said, "dismissed reports that", not on a case or a person: `DISMISSING`.)
        (SPEECH_VERB_CLASS[t.lemma] !== undefined || quoting(t, quotes) || (t.lemma === DISMISSING && answersReports(tokens, i))) &&
        // A verb of saying inside a quotation is the speaker's word ("ashamed to admit I'm a Christian"), not how the outlet attributes the claim.
        !quotes.some((m) => within(m, t)) &&
        // ... unless the noun is whom it was said to ("told reporters"), or the reports it answers ("denied reports that").
        (tokens[i + 1]?.pos !== "NOUN" || AUDIENCES.has(tokens[i + 1]?.lower ?? "") || answersReports(tokens, i)) &&
        // "told him to step down" is an instruction, not a claim attributed.
        // (So is "asked members to join him", "told employees to stay home".)
        !(["PRON", "PROPN", "NOUN"].includes(tokens[i + 1]?.pos ?? "") && tokens[i + 2]?.lower === "to") &&
        // Nor is a purpose: "searching for documents to confirm the report".
        tokens[i - 1]?.lower !== "to" &&
        !admittedInto(tokens, i) &&
        // "Rejected a compromise", "rejected the offer": an act; "rejected the claim that ..." is a stance.
        !(t.lemma === "reject" && rejectsAnAct(tokens, i)),
      // "could not confirm, deny or comment", "declined to confirm": no stance taken, a no-comment; what
      // a document "alleges" it says ("the indictment alleges"): an indictment's word for stating.
      (t) => (noStance(tokens, t) || documentAlleges(tokens, t) ? "neutral" : t.lemma === DISMISSING ? "deny" : (SPEECH_VERB_CLASS[t.lemma] ?? "neutral")),
    ),
    venues: venuesOf(normalized),
    roles: tokensIn(tokens, (t) => isRole(t.lower), (t) => t.lower),
  };
}

/** The span lies inside the quotation marks of `m`. */
const within = (m: { start: number; end: number }, t: { start: number; end: number }) => m.start < t.start && t.end < m.end;

/** The words lie inside one of the sentence's quotations: they are someone's own words, not the outlet's. */
export function insideQuotation(f: Pick<SentenceFeatures, "quotes">, t: { start: number; end: number }): boolean {
  return f.quotes.some((m) => within(m, t));
}

/** What one rejects when rejecting a statement: "rejected the claim", "rejected the allegations". */
const STATEMENT_NOUNS = new Set(["claim", "allegation", "accusation", "charge", "report", "suggestion", "notion", "idea", "characterization", "assertion", "criticism", "premise", "conclusion", "finding", "account", "story", "version"]);

/** A verb of denial only where what it dismisses was said (`answersReports`): not a verb of saying elsewhere. */
const DISMISSING = "dismiss";

/** A verb taking a stance on what others said: "denied reports that", "confirmed the claims of", "dismissed allegations that". */
function answersReports(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i + 1]?.pos === "DET" ? i + 2 : i + 1;
  const noun = tokens[k];
  return noun !== undefined && noun.pos === "NOUN" && STATEMENT_NOUNS.has(noun.lemma) && /^(?:that|of|about)$/.test(tokens[k + 1]?.lower ?? "");
}

/** "Rejected a compromise", "rejected the offer": the object is a thing done or offered, not a statement. */
function rejectsAnAct(tokens: readonly Token[], i: number): boolean {
  const object = tokens.slice(i + 1, i + 5).find((t) => t.pos === "NOUN");
  return object !== undefined && !STATEMENT_NOUNS.has(object.lemma) && ["DET", "PRON", "ADJ", "NOUN"].includes(tokens[i + 1]?.pos ?? "");
}

/** "The indictment alleges", "the complaint, filed Friday, alleged": a document's allegation is its statement, not a doubt cast. */
function documentAlleges(tokens: readonly Token[], verb: Token): boolean {
  if (verb.lemma !== "allege") return false;
  const i = tokens.indexOf(verb);
  return tokens.slice(Math.max(0, i - 6), i).some((t) => LEGAL_DOCUMENTS.has(t.lower));
}

/** A verb of saying refused or negated within the few words before it ("could not confirm, deny or comment", "declined to confirm"). */
function noStance(tokens: readonly Token[], verb: Token): boolean {
  const i = tokens.indexOf(verb);
  return tokens.slice(Math.max(0, i - 5), i).some((t) => t.lemma === "not" || NEGATIONS.has(t.lower) || /^(declin|refus|wouldn|couldn)/.test(t.lower));
}

function tokensIn(tokens: Token[], test: (t: Token, i: number) => boolean, key: (t: Token) => string = (t) => t.lower): Mention[] {
  return tokens.filter(test).map((t) => ({ key: key(t), text: t.text, start: t.start, end: t.end }));
}

/** "Not only", "not surprisingly" and "do-not-call" do not negate the claim. */
const NOT_NEGATING_AFTER = new Set(["only", "just", "merely", "surprisingly", "least", "to"]);

/** Hedges right after "will" that make it a guess: "will likely", "will probably", "will possibly". */
const HEDGED_WILL = /^(?:likely|probably|possibly|perhaps|maybe)$/;

/** A denial among the few words before token `i`, in its clause: "not confirmed", "hasn't yet been confirmed". */
function deniedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
    const w = tokens[k];
    if (!w || /^[.;:,!?]$/.test(w.text)) return false;
    if (/^(?:not|n't|never)$/.test(w.lower)) return true;
  }
  return false;
}

/**
 * "Admit" of one taken in, not of a confession: "admitted to hospital", "was admitted to the bar",
 * "admitted herself to the clinic", "admitted himself into rehab" (not "admitted to lying").
 */
export function admittedInto(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lemma !== "admit") return false;
  const [next, after] = [tokens[i + 1]?.lower ?? "", tokens[i + 2]?.lower ?? ""];
  if (next === "to") return !/ing$/.test(after);
  return /^(?:myself|yourself|himself|herself|itself|ourselves|themselves)$/.test(next) && /^(?:to|into)$/.test(after);
}

function negates(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t) return false;
  if (next && NOT_NEGATING_AFTER.has(next.lower) && (next.lower !== "to" || tokens[i + 2]?.lower === "mention")) return false;
  // A bound, not a denial: "no later than Friday", "no more than 50", "no fewer than 12", "no sooner than".
  if (t.lower === "no" && next && /^(?:later|earlier|sooner|more|less|fewer|greater|higher|lower|longer|shorter)$/.test(next.lower) && tokens[i + 2]?.lower === "than") return false;
  // Emphasis, not a denial: "none more so than", "none better".
  if (t.lower === "none" && next && /^(?:more|less|better|worse|greater|bigger|harder)$/.test(next.lower)) return false;
  // Inside a hyphenated compound: "do-not-call registry".
  if ((prev?.text === "-" && prev.end === t.start) || (next?.text === "-" && next.start === t.end)) return false;
  // A contrast, not a denial: "the economy, not immigration", "a path to legal status — but not
  // citizenship"; "what is and is not allowed". (Not "but no" or "but none", which open a clause of
  // their own: "They know the shooter, but no suspects have been taken into custody".)
  if ((prev?.text === "," || (prev?.lower === "but" && t.lower === "not")) && next && ["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(next.pos)) return false;
  // "The issue was not whether ...": what is not asked, not a denial.
  if (next?.lower === "whether") return false;
  // Inside a condition: "allowed to be president if he doesn't prove it" denies nothing of the claim.
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const w = tokens[k];
    if (!w || /^[.;:,!?]$/.test(w.text)) break;
    if (w.lower === "if" || w.lower === "unless") return false;
  }
  // "What is and is not allowed" names both; "searched the home and did not find weapons" denies.
  if (prev?.pos === "AUX" && ["and", "or"].includes(tokens[i - 2]?.lower ?? "") && tokens[i - 3]?.pos === "AUX" && tokens[i - 3]?.lemma === prev.lemma) return false;
  // A question asks; it does not deny: "Why can't he run his race?"
  for (let k = i + 1; k < tokens.length; k += 1) {
    const w = tokens[k]?.text ?? "";
    if (w === "?") return false;
    if (w === "." || w === "!") break;
  }
  return true;
}

/** A capitalised word inside a sentence, or one tagged as a name, is part of a name ("Theresa May"), never a hedge. */
function inName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === "PROPN") return true;
  const prev = tokens[i - 1];
  if (i > 0 && /^\p{Lu}/u.test(t.text) && !/^["“'‘(:]$/.test(prev?.text ?? "")) return true;
  // "May said ...": a modal is never followed by a reporting verb in the past or third person.
  return /^\p{Lu}/u.test(t.text) && /^(said|says|told|tells|added|adds|wrote|writes|announced|noted)$/i.test(tokens[i + 1]?.text ?? "");
}

/** Passives of forecasting, hedges as "expected to" is: "is projected to win", "was forecast to reach". */
const PROJECTIONS = new Set(["projected", "forecast", "predicted"]);
/** Participles that hedge only in a passive before "to": "is thought to", "are said to", "was understood to". */
const PASSIVE_HEDGES = new Set(["thought", "understood", "said", "presumed", "feared"]);
/** ... and "feared" or "presumed" before a death, or before "missing": "are feared dead", "is presumed drowned". */
const FEARED = new Set(["presumed", "feared"]);
export const FEARED_STATES: ReadonlySet<string> = new Set(["dead", "killed", "drowned", "missing"]);
/** Deliberation that hedges only after "be" and before what is weighed: "is considering closing", "are weighing whether to". */
const DELIBERATIONS = new Set(["considering", "weighing", "mulling", "contemplating"]);
/** Those whose belief is the state of an inquiry, a hedge on the facts: "police believe", "investigators believed". */
export const BELIEVERS = new Set(["police", "investigators", "authorities", "officials", "detectives", "prosecutors", "officers", "agents", "experts", "scientists", "researchers"]);

/** Words between the authorities and their belief: "police have long believed", "experts now believe". */
const BELIEF_REACH = 3;

/** The authorities before a belief at `i`, across auxiliaries and adverbs: "investigators believe", "experts have believed". */
export function believerBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - BELIEF_REACH); k -= 1) {
    const w = tokens[k];
    if (!w) return false;
    if (BELIEVERS.has(w.lower)) return true;
    if (w.pos !== "ADV" && w.pos !== "AUX") return false;
  }
  return false;
}

/** Nouns whose "that" clause is someone's claim or fear: a hedge inside it is theirs ("claims that the calls might be illegal"). */
const CLAIM_NOUNS = new Set(["claim", "claims", "criticism", "concern", "concerns", "fear", "fears", "allegation", "allegations", "argument", "arguments", "speculation", "worry", "worries", "suggestion", "suggestions", "warning", "warnings", "theory", "theories", "rumor", "rumors", "possibility"]);

/**
 * A hedge word hedges the sentence's claim: "appear" and "expected" only before "to" or "that" ("the
 * findings appear in Friday's issue", "the expected rate", "fewer than expected" hedge nothing);
 * "likely" not before the noun it describes ("his likely rival") nor compared ("more likely to pay"); "may" not conceding before ", but"
 * ("He may have a fondness for her, but ..."); and no hedge inside the "that" clause of a claim or a
 * fear ("criticism that it could allow discrimination"): that one is another's. "Believe" hedges only
 * the authorities' belief or a passive ("is believed to"), not a person's opinion; "thought", "said",
 * "understood" only in a passive before "to" ("is thought to have fled"); a modal in a relative
 * clause says what a thing can do ("fryers that could overheat"), not how sure the claim is, one
 * with a condition in its clause or right after one what may be done on it ("could issue more
 * subpoenas if witnesses fail to cooperate", "If talks fail, the agencies could close"), and one in a
 * clause of purpose, time or concession what a step is for, when, or what is granted ("before it
 * could reach", "while the plan might be costly"); what one habitually could do, or could do none
 * of, is no guess ("could often be seen", "could offer no details"); "suggested" before "-ing" or a
 * subjunctive recommends ("suggested that states loosen").
 */
/**
 * Words within which a modal's clause is read back to the word that opens it: a clause of purpose
 * ("so that the talks could", "in order that they may"), of time ("before it could reach", "until
 * the pumps could cope") or of concession ("while the plan might be costly", "although the figure
 * may rise"): what a step is for, when something happened, what is granted; no doubt about the claim.
 */
const SUBORDINATE_REACH = 6;
const TIME_OR_CONCESSION = new Set(["before", "until", "till", "lest", "while", "whilst", "although", "though"]);

function subordinateBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SUBORDINATE_REACH); k -= 1) {
    const w = tokens[k];
    if (!w || /^[.,;:!?]$/.test(w.text)) return false;
    if (w.lower === "that" && /^(so|order)$/.test(tokens[k - 1]?.lower ?? "")) return true;
    if (TIME_OR_CONCESSION.has(w.lower)) return true;
  }
  return false;
}

/** Words before a modal within which an "if" clause that ends at a comma just before the modal's clause is read. */
const CONDITION_REACH = 20;

/** A modal in the clause right after an "if", "unless" or "without" phrase: "If talks fail, the agencies could close again", "Without the patch, the flaw could ..." (not past another clause). */
function conditionBefore(tokens: readonly Token[], i: number): boolean {
  let boundary = -1;
  for (let k = i - 1; k >= Math.max(0, i - CONDITION_REACH); k -= 1) {
    const w = tokens[k];
    if (!w || /^[.;:!?]$/.test(w.text)) return false;
    if (w.lower === "if" || w.lower === "unless" || w.lower === "without") return boundary > k && tokens.slice(boundary + 1, i).every((x) => x.text !== "," && !/^(and|but|or)$/.test(x.lower));
    if (w.text === ",") boundary = k;
  }
  return false;
}

/** Words of the noun phrase at most between "expects" and its "to": "expects sales in Asia to rise". */
const EXPECTED_OBJECT = 4;

/** Adverbs of habit after "could" or "can": "could often be seen", "can usually be found". */
const HABITUAL = new Set(["often", "usually", "sometimes", "always", "frequently", "regularly", "routinely", "rarely", "seldom", "never"]);

/** Words after a modal, or after "suggested that", read as its clause: a condition set on it ("if", "unless"), a subjunctive after it. */
const CLAUSE_REACH = 12;

function conditionLater(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + CLAUSE_REACH; k += 1) {
    const w = tokens[k];
    if (!w || /^[.,;:!?—–]$/.test(w.text)) return false;
    if (w.lower === "if" || w.lower === "unless") return true;
  }
  return false;
}

/** "suggested" that recommends: a verb in "-ing" right after it, or a "that" clause whose first verb is in its base form (a subjunctive after a past "suggested"). */
function recommends(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.pos === "VERB" && /ing$/.test(next.lower)) return true;
  if (next?.lower !== "that") return false;
  for (let k = i + 2; k < tokens.length && k <= i + CLAUSE_REACH; k += 1) {
    const w = tokens[k];
    if (!w || /^[.,;:!?]$/.test(w.text) || w.pos === "AUX") return false;
    if (w.pos === "VERB") return w.lower === w.lemma;
  }
  return false;
}

function hedges(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const next = tokens[i + 1];
  if (/^appear/.test(t.lower) || /^expect(?:s|ed)?$/.test(t.lower)) {
    if (next?.lower === "to" || next?.lower === "that") return true;
    // "appears as if", "appeared as though": a guess at what happened.
    if (/^appear/.test(t.lower)) return next?.lower === "as" && /^(if|though)$/.test(tokens[i + 2]?.lower ?? "");
    // "expects the deal to close": a forecast of its object, "to" and a verb after a short noun phrase.
    const to = tokens.slice(i + 2, i + 2 + EXPECTED_OBJECT).findIndex((w) => w.lower === "to");
    const phrase = to < 0 ? [] : tokens.slice(i + 1, i + 2 + to);
    return to >= 0 && phrase.every((w) => ["DET", "NOUN", "PROPN", "ADJ", "PRON", "ADP", "NUM"].includes(w.pos)) && ["VERB", "AUX"].includes(tokens[i + 3 + to]?.pos ?? "");
  }
  // "is projected to win", "was forecast to reach": a forecast, only before "to" ("the projected deficit", "forecast that").
  // (Before a verb: "was projected to the crowd" is a picture shown.)
  if (PROJECTIONS.has(t.lower)) return next?.lower === "to" && tokens[i - 1]?.lemma === "be" && ["VERB", "AUX"].includes(tokens[i + 2]?.pos ?? "");
  // "is thought to", "are said to have", "was understood to be": a passive that reports what others think.
  // ("are feared dead", "is presumed drowned": a death not yet confirmed.)
  // (Or joined to one: "are missing and presumed dead", "are missing, presumed dead".)
  const afterBe = tokens[i - 1]?.pos === "AUX" && tokens[i - 1]?.lemma === "be";
  const joinedToBe = (tokens[i - 1]?.lower === "and" || tokens[i - 1]?.text === ",") && tokens.slice(Math.max(0, i - 4), i - 1).some((x) => x.pos === "AUX" && x.lemma === "be");
  if (PASSIVE_HEDGES.has(t.lower)) return (afterBe && next?.lower === "to") || ((afterBe || joinedToBe) && FEARED.has(t.lower) && FEARED_STATES.has(next?.lower ?? ""));
  // "is considering closing", "are weighing whether to", "is considering an appeal": a plan not yet
  // made; not "considering the cost".
  if (DELIBERATIONS.has(t.lower)) return tokens[i - 1]?.lemma === "be" && (next?.lower === "whether" || next?.lower === "a" || next?.lower === "an" || /^\p{L}{3,}ing$/u.test(next?.lower ?? ""));
  // "air fryers that could overheat": a modal in a relative clause says what a thing can do, not how
  // sure the claim is; "injuries that may be related", "a leak that might have caused" still hedge.
  if (/^(could|may|might|can)$/.test(t.lower) && /^(that|which)$/.test(tokens[i - 1]?.lower ?? "") && ["NOUN", "PROPN"].includes(tokens[i - 2]?.pos ?? "") && !/^(be|have)$/.test(next?.lower ?? "")) return false;
  // "so that the talks could shift", "in order that they may vote": what a step is for, no doubt about the claim.
  // ("before it could reach", "while the plan might be costly": when something happened, what is granted.)
  if (/^(could|may|might|can)$/.test(t.lower) && subordinateBefore(tokens, i)) return false;
  // "could issue more subpoenas if witnesses fail to cooperate": what may be done on a condition, no doubt about the claim.
  // (Or right after one: "If talks fail, the agencies could close again.")
  if (/^(could|may|might)$/.test(t.lower) && (conditionLater(tokens, i) || conditionBefore(tokens, i))) return false;
  // "The task force suggested that states loosen the rules", "suggested cutting": a recommendation,
  // not a guess ("records suggested that the mayor lied" still hedges).
  if (t.lower === "suggested" && recommends(tokens, i)) return false;
  // "could not meet the requests", "couldn't be reached": what someone was unable to do, no doubt about the claim.
  if (t.lower === "could" && (next?.lower === "not" || next?.lower === "n't" || next?.lemma === "not")) return false;
  // "could often be seen", "could offer no details": what one habitually did, or could do none of: no doubt about the claim.
  if (/^(could|can)$/.test(t.lower) && (HABITUAL.has(next?.lower ?? "") || (next?.pos === "VERB" && /^(no|nothing|none|little)$/.test(tokens[i + 2]?.lower ?? "")))) return false;
  // "Believe" hedges what the authorities believe ("Investigators believe the boy lived there", "he is
  // believed to be"), not a person's own belief or opinion ("he believes Obama is a Christian").
  // So does "suspect" after them ("Investigators suspect the fire was set"), not the noun ("the suspect").
  if (/^believ/.test(t.lower) || t.lower === "suspect" || t.lower === "suspects") {
    const before = tokens[i - 1];
    return (before?.pos === "AUX" && before.lemma === "be") || believerBefore(tokens, i);
  }
  // After a determiner or a possessive, "likely" describes a noun: "his likely rival", "the likely nominee".
  if (t.lower === "likely" && /^(the|a|an|his|her|their|its|our|your|my)$/.test(tokens[i - 1]?.lower ?? "")) return false;
  // Or right before it, after no verb: a poll's "800 likely voters" (not "will likely pass", which the tagger may read as a noun).
  if (t.lower === "likely" && next?.pos === "NOUN" && !["AUX", "VERB", "PART"].includes(tokens[i - 1]?.pos ?? "")) return false;
  // Compared, "likely" is a tendency the claim states: "makes them more likely to pay", "less likely to".
  if (t.lower === "likely" && /^(more|less|most|least|as)$/.test(tokens[i - 1]?.lower ?? "")) return false;
  // A maximum sentence is what one "could face", as the law words it: "could face up to four years in prison".
  if (/^(could|may|might|can)$/.test(t.lower) && /^face/.test(next?.lower ?? "") && tokens[i + 2]?.lower === "up" && tokens[i + 3]?.lower === "to") return false;
  if (t.lower === "may") {
    for (let k = i + 1; k < tokens.length && k <= i + 15; k += 1) {
      const w = tokens[k];
      if (!w || /^[.;!?]$/.test(w.text)) break;
      if (w.text === "," && tokens[k + 1]?.lower === "but") return false;
    }
  }
  for (let k = i - 1; k >= 0 && k >= i - 8; k -= 1) {
    const w = tokens[k];
    if (!w || /^[.;!?,]$/.test(w.text)) break;
    if (w.lower === "that" && CLAIM_NOUNS.has(tokens[k - 1]?.lower ?? "")) return false;
  }
  return true;
}

function matches(text: string, pattern: RegExp, key: (m: string) => string): Mention[] {
  const out: Mention[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    out.push({ key: key(m[0]), text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const VENUE =
  /\b(?:at|during|in|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(news conference|press conference|media conference|news briefing|press briefing|briefing|statement|interview|speech|address|remarks|post|tweet|email|e-mail|letter|memo|memorandum|hearing|meeting|rally|summit|broadcast|press release|news release|(?:securities|regulatory|stock exchange|exchange|SEC) filing|video(?![\s-]+(?:statement|address|interview|call|conference|post|remarks|speech)\b)|phone call|call)(?:e?s\b|\b(?![\s-]+office))(?:\s+(?:on|to|via)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|social media))?(?:\s+(?:released|issued|posted|published|made|given)\s+(?:after|before|following|during|at|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:news conference|press conference|briefing|meeting|event|summit|hearing))?/gi;
/**
 * Testimony and speech to an assembly are channels: "told a Senate hearing", "testified before the
 * House Judiciary Committee", "told the City Council", "told lawmakers in Parliament".
 */
const TOLD_BODY =
  /\b(?:told|testified\s+(?:before|to))\s+(?:a|an|the)\s+(?:(?:\p{Lu}[\p{L}.'-]*|joint|special|congressional|parliamentary|legislative|city|county|state|school)\s+){0,4}(?:hearing|committee|subcommittee|panel|inquiry|council|board|commission|legislature|parliament|assembly)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:in|via|through)\s+(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:letter|filing|statement|e-?mail|memo|submission|report)\b)|\btestified\s+(?:before|to)\s+(?:Congress|Parliament|lawmakers|legislators|senators)\b|\btold\s+(?:lawmakers|legislators|MPs|senators|members\s+of\s+(?:Parliament|Congress))\s+(?:in|on\s+the\s+floor\s+of)\s+(?:the\s+)?(?:Parliament|Congress|House|Commons|Senate|Assembly|Legislature|Bundestag|Knesset|Duma)\b/giu;
/** Who hears evidence in court: the words `TOLD_COURT`, `TO_COURT` and `venueKey` read as the court. */
const COURT_WORDS = "court|jury|jurors|tribunal|inquest|magistrates|judge";

/**
 * Evidence and speech in court are a channel: "told the court", "told jurors", "told Manchester Crown
 * Court", "told the inquest", "testified in court".
 */
const TOLD_COURT = new RegExp(
  String.raw`\b(?:told|testified\s+(?:before|to|in))\s+(?:(?:a|an|the)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|high|district|federal|county|crown|magistrates['’]?|coroner['’]?s|trial|sentencing|bail|extradition)\s+){0,4}(?:${COURT_WORDS})\b(?![\s-]+(?:officials?|clerks?|staff|employees?|reporters?|records?|documents?|papers|filings?|officers?))`,
  "giu",
);
/** After a statement, words that give it to a court: "read to the court", "to the inquest", "in court". */
const TO_COURT = new RegExp(String.raw`^\s+(?:(?:read|given|submitted|made)\s+)?(?:to|in|at|before)\s+(?:the\s+)?(?:${COURT_WORDS})\b`, "i");
/** Speaking to the press is a channel: "told reporters", "told a news conference". */
const TOLD = /\btold\s+(?:reporters|journalists|the media|the press|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))\b/gi;
/**
 * A news outlet by its name: an acronym news uses ("the BBC", "CNN", "AFP"), a name ending in a word of
 * the trade ("Sky Sports", "The Associated Press", "the Irish Times"), or the outlet as a noun ("the
 * newspaper", "the club's website").
 */
const MEDIA_NAME = String.raw`(?:the\s+)?(?:(?:BBC|CNN|NBC|ABC|CBS|NPR|PBS|ESPN|AFP|AP|MSNBC|CNBC|RTE|ITV|NHK|DPA|ANSA|EFE|TASS|PTI|CBC|SBS|RTL|ZDF|ARD)\b(?:\s+(?:News|Sport|Sports|Radio|One|Two|World|Television|TV)\b)*|(?:\p{Lu}[\p{L}'&.-]*\s+){0,3}(?:News|Sport|Sports|Radio|TV|Television|Times|Post|Journal|Press|Herald|Tribune|Telegraph|Guardian|Reuters|Bloomberg|Gazette|Chronicle|Globe|Mail|Express|Mirror|Independent|Observer|Magazine|Network|Channel|Broadcasting|Agency|Wire)\b|(?:\p{L}+['’]s\s+)?(?:newspaper|paper|station|broadcaster|magazine|website|network|news agency|agency|channel|podcast|programme|program|show)\b)`;
/** A news outlet by its name, the whole text: "The Wall Street Journal", "the BBC", "Reuters". */
const OUTLET = new RegExp(String.raw`^${MEDIA_NAME}$`, "u");
export function isNewsOutlet(text: string): boolean {
  return OUTLET.test(text.trim());
}

/** Speaking to a news outlet is an interview with it: "told the BBC", "told Sky Sports", "told the club's website". */
const TOLD_OUTLET = new RegExp(String.raw`\btold\s+${MEDIA_NAME}`, "gu");
/** The outlet an interview was given to, after the interview: "in an interview with the BBC". */
const WITH_OUTLET = new RegExp(String.raw`^\s+(?:with|to)\s+(${MEDIA_NAME})`, "u");

/** Posting on a social network is a channel of its own: "tweeted", "wrote on Twitter", "posted on Facebook". */
const SOCIAL = /\b(?:tweeted|(?:wrote|writing|posted|posting|said|saying) (?:on|to) (?:Twitter|X|Facebook|Instagram|Threads|Bluesky|social media)|on (?:Twitter|X|Facebook|Instagram|Threads|Bluesky|social media),? (?:writing|saying))\b/g;
const ACCORDING =
  /\baccording to\s+(?:the\s+)?(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}'-]*)(?:\s+(?:(?:of|for|and|&)\s+)?(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}'-]*))*(?:\s+(?:police|officials|authorities|prosecutors|investigators|officers))?/gu;
/**
 * After "according to" and names, a noun of records ("according to Australian government figures",
 * "U.S. Census data"): the names describe the records, they are not the source.
 */
const RECORDS_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:figures|data|records|statistics|estimates|documents|numbers|reports?|media|surveys?|polls?)\b/u;

/** The outlet a phrase names, as a key: "told the BBC" -> "bbc", "told Sky Sports" -> "sky sports". */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/^told\s+/, "").replace(/^the\s+/, "").replace(/[’]/g, "'").trim();
}

function venueKey(phrase: string): string {
  const lower = phrase.toLowerCase();
  // An interview with a news outlet, by the outlet: "told the BBC" / "told Sky Sports" are two interviews.
  if (TOLD_OUTLET.test(phrase)) {
    TOLD_OUTLET.lastIndex = 0;
    return `venue:interview@${outletKey(phrase)}`;
  }
  if (lower.startsWith("according to")) return "source:" + lower.replace(/^according to\s+(the\s+)?/, "");
  // Testimony to a hearing, a committee or a lawmaking body; speech to a council or a board at its meeting.
  if (/^(?:told|testified)\s/.test(lower) && /\b(?:hearing|committee|subcommittee|panel|inquiry|congress|parliament|legislature|assembly|lawmakers|legislators|senators)\b|^testified/.test(lower)) return "venue:hearing";
  if (/^told\s/.test(lower) && /\b(?:council|board|commission)\b/.test(lower)) return "venue:meeting";
  if (/^(?:told|testified)\s/.test(lower) && new RegExp(String.raw`\b(?:${COURT_WORDS})$`).test(lower)) return "venue:court";
  // A social network is the channel; what was posted there is kept beside it ("a statement on Twitter": statement+tweet).
  if (/^told\s+(?:reporters|journalists|the media|the press)$/.test(lower)) return "venue:reporters";
  const social = /tweeted|twitter|\bx\b|threads|bluesky/.test(lower) ? "tweet" : /facebook|instagram|social media/.test(lower) ? "post" : null;
  const kinds = [...lower.matchAll(/(conference|briefing|statement|interview|speech|address|remarks|post|tweet|e-?mail|letter|memo(?:randum)?|hearing|meeting|rally|summit|broadcast|video|call|release|filing)/g)].map(
    (m) => (m[1] === "briefing" ? "conference" : m[1] === "memorandum" ? "memo" : (m[1] ?? "")),
  );
  if (social === "post") return "venue:post";
  return "venue:" + [...new Set([...kinds, ...(social ? [social] : [])])].join("+");
}

function venuesOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const pattern of [VENUE, TOLD, TOLD_OUTLET, TOLD_BODY, TOLD_COURT, SOCIAL, ACCORDING]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (pattern === ACCORDING && RECORDS_AFTER.test(text.slice(start + m[0].length))) continue;
      // "In an interview with the BBC": the interview, and whom it was given to.
      const outlet = pattern === VENUE && /interview/i.test(m[0]) ? WITH_OUTLET.exec(text.slice(start + m[0].length)) : null;
      // "In a statement read to the court", "a written statement to the inquest": evidence given in court.
      const toCourt = pattern === VENUE && /statement/i.test(m[0]) && TO_COURT.test(text.slice(start + m[0].length));
      const key = toCourt ? "venue:court" : venueKey(m[0]) + (outlet?.[1] ? `@${outletKey(outlet[1])}` : "");
      out.push({ key, text: outlet ? m[0] + outlet[0] : m[0], start, end: start + m[0].length + (outlet?.[0].length ?? 0) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const SCALE_WORDS = new Set(["million", "billion", "trillion"]);
/** A word that makes the figure before it an amount: a scale ("million", "bn"), a currency, a share. */
const AMOUNT_WORD = /^(?:million|billion|trillion|bn|mn|tn|m|k|crores?|lakhs?|lacs?|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pesos?|rubles?|roubles?|percent|per|%)$/i;

/** A currency's code written before its figure, as a name would be: "Rs 500", "Rs. 2 crore", "INR 3,000". */
const CURRENCY_CODES = /^(?:Rs\.?|INR)$/;

function amountAfter(t: Token | undefined): boolean {
  return t !== undefined && AMOUNT_WORD.test(t.text);
}
/** Words before a hyphenated pair of figures that make it a vote's tally or a game's score. */
const TALLY_WORDS = new Set(["vote", "voted", "voting", "tally", "margin", "win", "won", "lose", "lost", "beat", "defeat", "score", "pass", "approve", "reject", "rule", "ruling", "split", "uphold", "clear", "adopt"]);
/** Words right after a hyphenated pair of figures that make it a vote's tally. */
const TALLY_AFTER = new Set(["vote", "decision", "ruling", "verdict", "majority"]);
/** Words within this many before a pair of figures that say it is a tally. */
const TALLY_REACH = 4;

/** The pair of figures from token `first` to `last` is a tally: a tally word before it ("voted 52-48") or "vote" after it ("by a 52-48 vote"). */
function tallyAt(tokens: readonly Token[], first: number, last: number): boolean {
  // "by a 52-48 vote", "in a 2-1 decision", "a 5-4 ruling"; a chamber's count may stand further from
  // its verb ("cleared the House on Wednesday night, 262-167"): tens on both sides are no game's score.
  const figures = (tokens[first]?.text ?? "").split(/[-–]/).concat(first === last ? [] : [tokens[last]?.text ?? ""]).filter((x) => /^\d+$/.test(x));
  const reach = figures.length === 2 && figures.every((x) => Number(x) >= 10 && Number(x) < 1000) ? CHAMBER_TALLY_REACH : TALLY_REACH;
  return tokens.slice(Math.max(0, first - reach), first).some((t) => TALLY_WORDS.has(t.lemma)) || TALLY_AFTER.has(tokens[last + 1]?.lemma ?? "");
}
/** Words within which a tally of two figures of tens or more looks back for its vote. */
const CHAMBER_TALLY_REACH = 8;

/** A tally as one figure, from its first figure's token to its last one's ("52-48"). */
function tally(text: string, first: Token, last: Token): NumberMention {
  const written = text.slice(first.start, last.end);
  // The larger figure first: "Everton lost 1-3 to Liverpool" gives the score "Liverpool beat Everton
  // 3-1" does, and a vote's winners come first however it is written. Not a set of a match told set
  // by set ("won 6-4, 3-6, 7-5"): who won each set is in the order.
  const figures = written.split(/\s*[-–]\s*/);
  const setBySet = /^\s*,\s*\d{1,2}\s*[-–]\s*\d{1,2}\b/.test(text.slice(last.end)) || /\b\d{1,2}\s*[-–]\s*\d{1,2}\s*,\s*$/.test(text.slice(0, first.start));
  const value = (setBySet ? figures : figures.sort((x, y) => Number(y) - Number(x))).join("-");
  return { key: value, value, unit: "tally", nouns: [], text: written, start: first.start, end: last.end };
}

/** Tens and units in words, which a hyphen joins into one figure ("thirty-five"). */
const TENS = new Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);
const UNITS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]);

/** The value of number words read in order: [1, 100, 20] 120, [2, 1000, 500] 2500, [30, 5] 35. */
function composeNumberWords(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current;
}

const STREET_WORDS = /^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|court|ct|terrace|highway|parkway|block)\.?$/i;

/** A house number: a figure followed by a capitalised street name ending in a street word, or "block". */
function isAddress(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && /^block$/i.test(next.text)) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k += 1) {
    const t = tokens[k];
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
    if (STREET_WORDS.test(t.text)) return k > i + 1;
  }
  return false;
}

const FRACTIONS = /^(halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/i;

/** Nouns that do not say what a figure counts: "53 others", "two more". */
const UNNAMED_COUNTS = new Set(["other", "others", "more", "some", "all", "each", "total"]);

/** Two figures joined by a hyphen without spaces: "1978-89", "2004-05", "43-39". */
function isRange(tokens: Token[], i: number): boolean {
  const [t, dash, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return !!t && !!dash && !!next && /^\d/.test(t.text) && /^[-–]$/.test(dash.text) && dash.start === t.end && next.start === dash.end && /^\d+$/.test(next.text);
}

/** "people" counts persons: one lemma for the counted thing; "tonnes" are tonnes (the lemmatiser's "ton" is three weights). */
function countedLemma(t: Token): string {
  if (PLURAL_ACRONYM.test(t.text)) return t.lower.slice(0, -1);
  const lemma = t.lemma.toLowerCase();
  return lemma === "people" ? "person" : /^tonnes?$/.test(t.lower) ? "tonne" : lemma;
}

/** Round shares outlets write in words ("half", "a third", "three in four"), and how many points from one a share in digits is told as it. */
const ROUND_SHARES = [10, 20, 25, 30, 33, 40, 50, 60, 67, 70, 75, 80, 90];
const ROUND_SHARE_POINTS = 3;
/** Weight of the round-share key: less than the share itself ("48%"), which two outlets giving it share too. */
const ROUND_SHARE_WEIGHT = 0.6;

/** The round share within ROUND_SHARE_POINTS of a share ("48%" -> 50, "two-thirds" 67), or null. */
function roundShare(n: Pick<NumberMention, "value" | "unit">): number | null {
  if (n.unit !== "%" || !/^\d+(?:\.\d+)?%$/.test(n.value)) return null;
  const p = Number(n.value.slice(0, -1));
  return ROUND_SHARES.find((r) => Math.abs(p - r) <= ROUND_SHARE_POINTS) ?? null;
}

/**
 * A measure's key in its quantity's base unit ("72 hours" and "three days": "measure:clock:259200"),
 * or null for a figure of no unit of measure (`vocabulary.MEASURE_UNITS`).
 */
export function measureKey(n: Pick<NumberMention, "value" | "unit">): string | null {
  const unit = n.unit === null ? undefined : MEASURE_UNITS.get(n.unit);
  const value = Number(n.value);
  if (!unit || !Number.isFinite(value)) return null;
  return `measure:${unit.quantity}:${Number((value * unit.size).toPrecision(6))}`;
}

function numberValue(token: Token): string | null {
  const word = NUMBER_WORDS[token.lower];
  if (word) return word;
  // A decimal comma ("3,4 million"): thousands separators always group three digits.
  if (/^\d{1,3},\d{1,2}$/.test(token.text)) return token.text.replace(",", ".");
  // The value only: "$2,500" and "2500" are the same figure; units are compared separately.
  if (/^[$€£¥]?\d[\d,]*(\.\d+)?(%|[kmb]n?)?$/i.test(token.text)) return token.text.replace(/[,$€£¥]/g, "").toLowerCase();
  return null;
}

/** Scales written against a figure ("3bn", "250m", "50k"), as `numberValue` writes "billion". */
const GLUED_SCALES: Readonly<Record<string, string>> = { bn: "1e9", tn: "1e12", m: "1e6", mn: "1e6", k: "1e3" };

/** Scales written after a figure in South Asian English: "2 crore" is 20 million, "5 lakh" 500,000. */
const SOUTH_ASIAN_SCALES: Readonly<Record<string, string>> = { crore: "1e7", crores: "1e7", lakh: "1e5", lakhs: "1e5", lac: "1e5", lacs: "1e5" };

/** Denominators of shares written in words. */
const SHARE_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/**
 * A share written in words before "of" at token `i`: "half of", "a third of", "one quarter of",
 * "two-thirds of" (or "two - thirds"), as a rounded percentage ("33%"), with its range and last token.
 * Not "the third of May", "a quarter of an hour" is still a share, "third-quarter" is not before "of".
 */
function shareAt(tokens: readonly Token[], i: number): { value: string; start: number; end: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const [numerator, word, last] =
    t.lower === "half" || ((t.lower === "a" || t.lower === "one") && tokens[i + 1] !== undefined && ["third", "quarter", "fourth", "fifth", "tenth", "half"].includes(tokens[i + 1]?.lower ?? ""))
      ? [1, t.lower === "half" ? t : tokens[i + 1], t.lower === "half" ? i : i + 1]
      : t.pos === "NUM" && tokens[i + 1]?.text === "-" && tokens[i + 2] !== undefined && /^\p{L}+$/u.test(t.text)
        ? [Number(NUMBER_WORDS[t.lower] ?? NaN), tokens[i + 2], i + 2]
        : [NaN, undefined, i];
  const denominator = word ? SHARE_DENOMINATORS[word.lower] : undefined;
  if (!word || denominator === undefined || !Number.isFinite(numerator) || numerator >= denominator) return null;
  if (tokens[last + 1]?.lower !== "of") return null;
  // "the third of May": a date.
  if (tokens[i - 1]?.lower === "the" && MONTH_WORD.test(tokens[last + 2]?.text ?? "")) return null;
  return { value: `${Math.round((100 * numerator) / denominator)}%`, start: t.start, end: word.end, last };
}

/**
 * A share of one percentage point at token `i`: "a quarter of a percentage point", "half a point", "a
 * quarter-point", "three-quarters of a point", as that many points ("0.25").
 */
function pointShareAt(tokens: readonly Token[], i: number): { value: string; start: number; end: number; last: number } | null {
  // (Most tokens open no share of a point: read on only from a word that may, with "point" near.)
  if (!POINT_SHARE_OPENERS.has(tokens[i]?.lower ?? "") || !tokens.slice(i + 1, i + 8).some((t) => /^points?$/.test(t.lower))) return null;
  const words = tokens.slice(i, i + 8).map((t) => t.lower).join(" ").replace(/ - /g, "-");
  const m = /^(?:(a|one|three|half)\s*-?\s*)?(quarters?|half|third)?(?:\s+of)?(?:\s+a)?\s*-?\s*(?:percentage\s*-?\s*)?point\b/.exec(words);
  if (!m || (!m[1] && !m[2])) return null;
  const size = m[2] === undefined ? (m[1] === "half" ? 0.5 : null) : m[2].startsWith("quarter") ? 0.25 : m[2] === "half" ? 0.5 : 1 / 3;
  if (size === null) return null;
  const value = Number(((m[1] === "three" ? 3 : 1) * size).toFixed(2));
  const count = m[0].split(/\s+|(?<=-)|(?=-)/).filter(Boolean).length;
  const last = tokens[i + count - 1];
  if (!last || !/^points?$/.test(last.lower)) return null;
  return { value: String(value), start: tokens[i]?.start ?? 0, end: last.end, last: i + count - 1 };
}

/** Words a share of a point opens with: "a quarter of a percentage point", "half a point", "three-quarters of a point". */
const POINT_SHARE_OPENERS = new Set(["a", "one", "three", "half", "quarter", "three-quarters"]);

/** The most a ratio's denominator can be, for "in" before it to read "one in five", not "two in 2019". */
const RATIO_DENOMINATOR = 1_000_000;

/**
 * A share written as a ratio at token `i`: "one in five", "1 in 4", "nine out of 10" (not "two in
 * 2019", "2 in the afternoon"), as a percentage ("20%"; "0.1%" for one in a thousand), with its range and last token.
 */
function ratioAt(tokens: readonly Token[], i: number): { value: string; start: number; end: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.pos !== "NUM") return null;
  const out = tokens[i + 1]?.lower === "out" && tokens[i + 2]?.lower === "of";
  if (tokens[i + 1]?.lower !== "in" && !out) return null;
  const d = tokens[out ? i + 3 : i + 2];
  if (!d || d.pos !== "NUM" || tokens[i - 1]?.lower === "from") return null;
  const [numerator, denominator] = [Number(NUMBER_WORDS[t.lower] ?? t.text.replace(/,/g, "")), Number(NUMBER_WORDS[d.lower] ?? d.text.replace(/,/g, ""))];
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator <= 0 || denominator < 2 || numerator >= denominator || denominator > RATIO_DENOMINATOR) return null;
  if (/^(?:19|20)\d{2}$/.test(d.text)) return null;
  const percent = (100 * numerator) / denominator;
  const value = percent >= 1 ? String(Math.round(percent)) : String(Number(percent.toPrecision(2)));
  return { value: `${value}%`, start: t.start, end: d.end, last: tokens.indexOf(d) };
}

/**
 * The words before a death toll's figure ("the death toll has risen to 74", "a death toll of at
 * least 40"): it counts people, dead (`nouns` ["toll"], read by `rules/numbers` as a death).
 */
const DEATH_TOLL = /\b(?:death|casualty|fatality)\s+tolls?\b[^.;!?]{0,50}?\b(?:to|at|of|reached|hit|passed|topped|exceeded|was|is)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?$/i;

/** Words a doer may stand before a figure's "at age" across: "died at age 70", "had retired early at age 60". */
const DOER_REACH = 4;

/** The noun or name that does what the verb before token `at` says ("Her husband died at"), or undefined for a pronoun or none. */
function doerBefore(tokens: readonly Token[], at: number): Token | undefined {
  for (let k = at - 1; k >= Math.max(0, at - DOER_REACH); k -= 1) {
    const t = tokens[k];
    if (!t || t.pos === "PRON" || t.pos === "PUNCT") return undefined;
    if (t.pos === "NOUN" || t.pos === "PROPN") return t;
  }
  return undefined;
}

/** Numbers with the noun they count: "hundreds of organizations" -> { value: "hundreds", unit: "organization" }. */
/** An acronym in the plural: "SUVs", "MPs", "ATMs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;


/** A singular word tagged a noun right after a figure that WordNet knows as a verb, with an object after it ("7.1 hit southern Peru", "7.1 struck the coast"). */
function actsAsVerb(tokens: readonly Token[], k: number): boolean {
  const [word, after, then] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!word || word.pos !== "NOUN" || word.lower !== word.lemma || COUNTED_PEOPLE.has(word.lower) || !isVerb(word.lemma)) return false;
  // (Not "a": "12 people a day", "$5 a share" say a rate.)
  const object = (t: Token | undefined) => t !== undefined && ((t.pos === "DET" && t.lower === "the") || (t.pos === "PROPN" && !DAY_WORD.test(t.text) && !MONTH_WORD.test(t.text)));
  return object(after) || (after?.pos === "ADJ" && object(then));
}

/** Units of measure written in capitals: data, frequency, power, energy, charge, pixels. */
const CAPITAL_UNITS = /^(?:[KMGTP]B|[kKMG]Hz|[kMG]W|[kMG]Wh|mAh|MP)$/;

/** A plural noun the tagger read as a verb's "-s" form ("carries", "catches", "runs"): no object follows it. */
function pluralReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const [word, after] = [tokens[k], tokens[k + 1]];
  if (!word || word.pos !== "VERB" || !/^\p{Ll}+s$/u.test(word.text) || word.lower === word.lemma || word.lemma.endsWith("s")) return false;
  return !after || !["DET", "PRON", "PROPN", "NUM", "NOUN", "ADJ", "AUX", "VERB", "ADV", "PART"].includes(after.pos);
}

/** Multiples said in one word, as the figure and unit their words in figures read as ("three times": 3 "time"). */
const MULTIPLES: ReadonlyMap<string, { value: string; unit: string }> = new Map([
  ...["twice", "thrice"].map((w, k): [string, { value: string; unit: string }] => [w, { value: String(k + 2), unit: "time" }]),
  ...[["double", "doubled", "doubles", "doubling", "twofold"], ["triple", "tripled", "triples", "tripling", "threefold"], ["quadruple", "quadrupled", "quadruples", "quadrupling", "fourfold"]].flatMap((forms, k) =>
    forms.map((w): [string, { value: string; unit: string }] => [w, { value: String(k + 2), unit: "fold" }]),
  ),
]);

/**
 * A share of a million or more said in words: "half a million", "half-a-million", "a quarter of a
 * billion", "three-quarters of a million" (a share of "a" scale); "a half million", "a quarter-million";
 * "two and a half million". Not a share of a compound ("half of a million-dollar grant"), nor an
 * ordinal ("its third million customers").
 */
const SHARES_OF_SCALE: ReadonlyArray<{ pattern: RegExp; share: (m: RegExpExecArray) => number }> = [
  { pattern: /^(?:(a|one|two|three)[\s-]+)?(half|quarters?|thirds?)[\s-]+(?:of[\s-]+)?an?[\s-]+(million|billion|trillion)\b(?!-)/i, share: (m) => times(m[1]) * (SHARE_WORDS[(m[2] ?? "").toLowerCase()] ?? 1) },
  { pattern: /^an?[\s-]+(half|quarter)[\s-]+(million|billion|trillion)\b(?!-)/i, share: (m) => SHARE_WORDS[(m[1] ?? "").toLowerCase()] ?? 1 },
  { pattern: /^(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+a\s+half\s+(million|billion|trillion)\b(?!-)/i, share: (m) => (WHOLE_WORDS[(m[1] ?? "").toLowerCase()] ?? Number(m[1])) + 0.5 },
];
const SHARE_WORDS: Readonly<Record<string, number>> = { half: 1 / 2, quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3 };
const WHOLE_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const times = (word: string | undefined) => (word === undefined ? 1 : (WHOLE_WORDS[word.toLowerCase()] ?? 1));

/** The share and the index of its scale word when a share of a scale starts at token i, else null. */
function shareOfScaleAt(tokens: readonly Token[], i: number, text: string): { share: number; start: number; at: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const from = text.slice(token.start, token.start + 48);
  for (const { pattern, share } of SHARES_OF_SCALE) {
    const m = pattern.exec(from);
    if (!m) continue;
    const scale = (m[m.length - 1] ?? "").toLowerCase();
    const at = tokens.findIndex((t, k) => k > i && t.lower === scale);
    return at === -1 ? null : { share: share(m), start: token.start, at };
  }
  return null;
}

function numbersOf(tokens: Token[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  // "half a million": the share waits for the figure its scale word starts (`shareOfScaleAt`).
  let ofScale: { share: number; start: number; at: number } | null = null;
  // "Tens of thousands": the count in words it opens with, read from the second count word on.
  let countOf: { value: string; start: number; at: number } | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    // A play, not a count: "threw a pick six" (an interception returned for a touchdown; "pick-six" is a compound already).
    if (token.lower === "six" && tokens[i - 1]?.lower === "pick") continue;
    // A vote's tally or a game's score read as one token ("voted 52-48", "won 56-49"): one figure.
    if (/^\d{1,3}[-–]\d{1,3}$/.test(token.text) && tallyAt(tokens, i, i)) {
      out.push(tally(text, token, token));
      continue;
    }
    // Written out ("voted five to four", "split 4 to 3"): the winners first, never a change "from 5 to 7".
    // ("by 176 votes to 142", "by 10 votes to two": the votes named after the winners' count.)
    const votesNamed = /^votes?$/i.test(tokens[i + 1]?.text ?? "") && tokens[i + 2]?.lower === "to" && tokens[i - 1]?.lower === "by";
    if (votesNamed && tokens[i + 3] && numberValue(tokens[i + 3] as Token) !== null) {
      const [won, lost] = [numberValue(token), numberValue(tokens[i + 3] as Token)];
      const last = tokens[i + 3] as Token;
      if (won && lost && /^\d{1,3}$/.test(won) && /^\d{1,3}$/.test(lost) && Number(won) >= Number(lost)) {
        const value = `${won}-${lost}`;
        out.push({ key: value, value, unit: "tally", nouns: [], text: text.slice(token.start, last.end), start: token.start, end: last.end });
        i += 3;
        continue;
      }
    }
    const third = tokens[i + 2];
    if (tokens[i + 1]?.lower === "to" && third && tokens[i - 1]?.lower !== "from" && tallyAt(tokens, i, i + 2)) {
      const [won, lost] = [numberValue(token), numberValue(third)];
      if (won && lost && /^\d{1,3}$/.test(won) && /^\d{1,3}$/.test(lost) && Number(won) >= Number(lost)) {
        const value = `${won}-${lost}`;
        out.push({ key: value, value, unit: "tally", nouns: [], text: text.slice(token.start, third.end), start: token.start, end: third.end });
        i += 2;
        continue;
      }
    }
    // A share in words ("half of the voters", "a third of", "two-thirds of") or as a ratio ("one in
    // five pupils"): a percentage, as "50 percent of" is.
    // A share of a point a rate moved by ("a quarter of a percentage point", "half a point"): that many points.
    const point = pointShareAt(tokens, i);
    if (point) {
      out.push({ key: point.value, value: point.value, unit: "point", nouns: ["percentage", "point"], text: text.slice(point.start, point.end), start: point.start, end: point.end });
      i = point.last;
      continue;
    }
    const larger = tokens[i + 2]?.lower ?? "";
    if ((token.lower === "tens" || token.lower === "hundreds") && tokens[i + 1]?.lower === "of" && LARGER_COUNT_WORDS.has(larger)) {
      countOf = { value: `${token.lower} of ${larger}`, start: token.start, at: i + 2 };
      i += 1;
      continue;
    }
    const scaled = shareOfScaleAt(tokens, i, text);
    if (scaled) {
      ofScale = scaled;
      i = scaled.at - 1;
      continue;
    }
    const share = shareAt(tokens, i) ?? ratioAt(tokens, i);
    if (share) {
      out.push({ key: share.value, value: share.value, unit: "%", nouns: [], text: text.slice(share.start, share.end), start: share.start, end: share.end });
      i = share.last;
      continue;
    }
    // A multiple in one word: "twice as likely", "shot twice" (two times, as "two times" reads); "sales
    // doubled", "a twofold rise" (twofold). Not "a double winner", "double-digit" (no verb).
    // (A verb however tagged after a modal or "to": "sales will double", "are forecast to triple"; not "once or twice", a rough count.)
    const multiple = MULTIPLES.get(token.lower);
    const verbal = token.pos === "VERB" || (/^(?:will|would|could|may|might|can|should|must|to)$/.test(tokens[i - 1]?.lower ?? "") && tokens[i + 1]?.pos !== "NOUN");
    if (multiple && !(tokens[i - 1]?.lower === "or" && tokens[i - 2]?.lower === "once") && (multiple.unit === "time" || verbal || token.lower.endsWith("fold"))) {
      out.push({ key: multiple.value, value: multiple.value, unit: multiple.unit, nouns: [], text: token.text, start: token.start, end: token.end });
      continue;
    }
    // "A dozen people" counts twelve.
    const value = token.pos === "NUM" || /^\$?\d/.test(token.text) || COUNT_WORDS.has(token.lower) || (token.lower === "dozen" && tokens[i - 1]?.pos !== "NUM") ? numberValue(token) : null;
    if (value === null) continue;
    // Dates and times are compared as dates ("8 p.m.", "10 am").
    const prev = tokens[i - 1];
    if (prev && MONTH_WORD.test(prev.text)) continue;
    if (/^(?:a\.m\.?|p\.m\.?|am|pm)$/i.test(tokens[i + 1]?.text ?? "")) continue;
    // "4.17am", read as "4" "." "17am".
    if (tokens[i + 1]?.text === "." && /^\d{2}(?:am|pm)$/i.test(tokens[i + 2]?.text ?? "")) continue;
    // "on 11 October 2011", "the 3rd of May" written day first.
    if (/^\d{1,2}$/.test(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") && MONTH_WORD.test(tokens[i + 1]?.text ?? "")) continue;
    if (/^(19|20)\d{2}$/.test(token.text) && !(tokens[i + 1]?.pos === "NOUN")) continue;
    // Names, not counts: a model, route or flight number after a name ("Boeing 737", "Route 9"),
    // a street address ("10 Downing Street", "the 6100 block").
    // A rank on a scale is a figure of the claim, capitalised or not ("a Category 3 storm", "Level 4 alert").
    // Not a sum or a share given to a name ("fined Korvane 1.14 billion euros", "paid Smith 300 dollars", "Acme 3 percent").
    // (Nor a sum after a currency's code: "Rs 500", "INR 3,000".)
    if (prev && prev.pos === "PROPN" && /^\p{Lu}/u.test(prev.text) && prev.end === token.start - 1 && !SCALE_RANKS.test(prev.text) && !amountAfter(tokens[i + 1]) && !CURRENCY_CODES.test(prev.text)) continue;
    // The tail of a figure glued to a currency code ("Dh472.72bn" cut into "Dh472" + "." + "72bn").
    if (prev?.text === "." && prev.start === (tokens[i - 2]?.end ?? -1) && prev.end === token.start && /\p{L}/u.test(tokens[i - 2]?.text ?? "")) continue;
    if (isAddress(tokens, i)) continue;
    // The inches of a height ("6-foot-9", "6 - foot - 9"): part of the figure before it, not a count.
    const unitBefore = tokens[i - 2];
    const figureBefore = tokens[i - 3]?.text === "-" ? tokens[i - 4] : tokens[i - 3];
    if (prev?.text === "-" && /^(?:foot|feet)$/.test(unitBefore?.lower ?? "") && figureBefore && numberValue(figureBefore) !== null && Number(value) <= 11) continue;
    // A figure glued to letters is a name or an ordinal, not a count ("76ers", "49ers", "3rd").
    const glued = tokens[i + 1];
    if (glued && glued.start === token.end && /^\p{L}/u.test(glued.text) && !/^(?:[kmb]n?|bn|tn|million|billion)\.?$/i.test(glued.text)) continue;
    // A range, score or record written with a hyphen ("1978-89", "2004-05", "43-39") is not a count;
    // a vote's tally or a game's score is one figure ("voted 52-48", "won 56-49").
    if (isRange(tokens, i)) {
      if (tallyAt(tokens, i, i + 2)) out.push(tally(text, token, tokens[i + 2] as Token));
      i += 2;
      continue;
    }
    // "Two-thirds" is a share, not a count of two; "0300 GMT" a time.
    if (tokens[i + 1]?.text === "-" && FRACTIONS.test(tokens[i + 2]?.text ?? "")) continue;
    if (FRACTIONS.test(token.text.split("-")[1] ?? "")) continue;
    if (/^[012]\d[0-5]\d$/.test(token.text) && /^(gmt|utc|hrs|hours|local|bst|est|edt|cet)$/i.test(tokens[i + 1]?.text ?? "")) continue;
    // "One of the most popular": a member of a set, not a count; "No. 2", "number 3": a rank.
    if ((value === "1" || value === "one") && tokens[i + 1]?.lower === "of") continue;
    // "a good one", "the one", "this one": a pronoun standing for a noun said before, not a count.
    // ("a one-year contract", "a one-day strike": a figure hyphenated to the noun it measures is one;
    // not "the one-time champion", a former one.)
    const measured = tokens[i + 2];
    const hyphenated = tokens[i + 1]?.text === "-" && tokens[i + 1]?.start === token.end && measured?.pos === "NOUN" && measured.start === tokens[i + 1]?.end && measured.lower !== "time";
    if (token.lower === "one" && prev && (prev.pos === "ADJ" || prev.pos === "DET") && !hyphenated && !["NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[i + 1]?.pos ?? "")) continue;
    // Nor is a name's number: "IE version 5", "Chapter 11", "episode 4", "#3".
    if (prev && /^(no\.?|number|nos\.?|version|chapter|section|episode|volume|vol\.?|#)$/i.test(prev.text)) continue;
    // "On the one hand" / "on the other": a turn of phrase, not a count of hands.
    if (token.lower === "one" && prev?.lower === "the" && tokens[i + 1]?.lower === "hand") continue;
    let parts = [value];
    // ".20 parts per million": a decimal written without its leading zero (a space before its point).
    // (Not a calibre: ".45-caliber", "a .22 rifle" are the 45 and the 22 as often written without the point.)
    const calibre = [tokens[i + 1], tokens[i + 2]].some((w) => w !== undefined && CALIBRE_WORDS.test(w.lower));
    const leadingPoint = prev?.text === "." && prev.end === token.start && /^\d+$/.test(token.text) && (tokens[i - 2]?.end ?? -1) < prev.start && !calibre ? prev : undefined;
    if (leadingPoint) parts = [`0.${token.text}`];
    let end = token.end;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      if (!next) break;
      // "38-million euros": a scale word hyphenated to the figure.
      const scale = tokens[j + 1];
      if (next.text === "-" && next.start === end && scale && scale.start === next.end && SCALE_WORDS.has(scale.lower)) {
        parts.push(numberValue(scale) ?? scale.lower);
        end = scale.end;
        j += 2;
        continue;
      }
      // "Thirty-five", "twenty - three" (spaced as some corpora join tokens back): tens and units in words.
      const units = tokens[j + 1];
      if (next.text === "-" && TENS.has(tokens[j - 1]?.lower ?? "") && units && UNITS.has(units.lower)) {
        parts.push(numberValue(units) ?? units.lower);
        end = units.end;
        j += 2;
        continue;
      }
      // "Two dozen" is 24.
      if (next.lower === "dozen" && parts.length === 1 && /^\d+$/.test(parts[0] ?? "")) {
        parts = [String(Number(parts[0]) * 12)];
        end = next.end;
        j += 1;
        continue;
      }
      // "Rs 2 crore", "5 lakh rupees": the South Asian scales, ten million and a hundred thousand.
      const southAsian = SOUTH_ASIAN_SCALES[next.lower];
      if (southAsian && parts.length === 1 && /^\d+(?:\.\d+)?$/.test(parts[0] ?? "")) {
        parts.push(southAsian);
        end = next.end;
        j += 1;
        continue;
      }
      // A scale glued to the figure: "$3bn", "£250m", "$50k" (a metre or a minute is no money: "m" and "k" only after a currency sign).
      // (At a sentence's end the tagger keeps the full stop on it: "£300m.")
      const letters = next.lower.replace(/\.$/, "");
      const suffix = next.start === end ? GLUED_SCALES[letters] : undefined;
      // Or before a count of many ("1.2m homes", "250k people"; not "the 100m final", "a 5m wall").
      const many = (t: Token | undefined) => t !== undefined && t.pos === "NOUN" && (t.lower !== t.lemma || t.lower === "people");
      if (suffix && (/^(?:bn|tn)$/.test(letters) || /[$€£¥]$/.test(text.slice(0, token.start).trimEnd()) || (letters === next.lower && many(tokens[j + 1])))) {
        parts.push(suffix);
        end = next.start + letters.length;
        j += 1;
        continue;
      }
      // "7.8 per cent" (British style: two words) is "7.8%".
      const cent = tokens[j + 1];
      if (next.lower === "per" && cent && /^cent\.?$/i.test(cent.text) && !parts.includes("%")) {
        parts.push("%");
        end = cent.start + 4;
        j += 2;
        continue;
      }
      // (A decimal never continues a figure: "One 7.3-magnitude tremor" is one tremor of magnitude 7.3.)
      const more = next.text === "%" || /^per ?cent$/i.test(next.text) ? "%" : next.pos === "NUM" && !/^\d+\.\d+$/.test(next.text) ? numberValue(next) : null;
      if (more === null) break;
      parts.push(more);
      end = next.end;
      j += 1;
    }
    // "a million" and "1 million" are one figure.
    if (parts.length === 1 && SCALE_WORDS.has(token.lower)) parts = ["1", value];
    // A figure in words is one value: "thirty-five" 35, "one hundred twenty" 120, "two thousand" 2000.
    // (A percent sign or word after them stays: "Sixty-three percent" is 63%.)
    const percent = parts[parts.length - 1] === "%";
    const figure = percent ? parts.slice(0, -1) : parts;
    const inWords = tokens.slice(i, j).filter((t) => /\p{L}/u.test(t.text) && !/^(?:per ?cent|per|cent\.?)$/i.test(t.text));
    if (figure.length > 1 && inWords.length === figure.length && inWords.every((t) => t.lower in NUMBER_WORDS) && figure.every((p) => /^\d+$/.test(p))) {
      parts = [String(composeNumberWords(figure.map(Number))), ...(percent ? ["%"] : [])];
    }
    if (parts.length > 1 && parts[parts.length - 1] !== "%") parts = [parts.join(" ")];
    // The low end of a range of percentages is one too: "between 4.25 and 4.5 percent", "4.25 to 4.5%".
    if (parts.length === 1 && /^\d+(?:\.\d+)?$/.test(parts[0] ?? "") && /^(?:to|and|-|–)$/.test(tokens[j]?.lower ?? "") && /^\d+(?:\.\d+)?$/.test(tokens[j + 1]?.text ?? "")) {
      const sign = tokens[j + 2];
      if (sign && (sign.text === "%" || /^percent$/i.test(sign.text) || (sign.lower === "per" && /^cent\.?$/i.test(tokens[j + 3]?.text ?? "")))) parts.push("%");
    }
    // The counted noun: skip "of", adjectives and compound modifiers, stop at the first noun. Nothing is
    // counted by a year ("the 1992 decision"), by "one of the …", or by a name alone ("four Central").
    let unit: string | null = parts.includes("%") ? "%" : null;
    let k = j;
    const year = /^(1[89]|20)\d{2}$/.test(token.text);
    const oneOf = (value === "1" || value === "one") && tokens[k]?.lower === "of";
    // "47 the previous night": a figure followed by a determiner does not count the noun after it.
    const detached = tokens[k]?.pos === "DET";
    if (tokens[k]?.lower === "of") {
      k += 1;
      // "seven of its villages", "two of their children": whose they are, then what is counted.
      if (POSSESSIVES.has(tokens[k]?.lower ?? "")) k += 1;
    }
    let nouns: string[] = [];
    // "a four-year degree": the hyphenated noun is what is counted. So it is in text whose tokens were
    // joined back with spaces ("a 12 - year - old", "a four - time all - star", "a 15 - year career"):
    // a lower-case noun one spaced hyphen after the figure.
    const hyphen = tokens[j];
    const compound = tokens[j + 1];
    // Only before what it describes ("15 - year career", "12 - year - old"), not before a verb: "killed 12 -
    // officials said" is a dash.
    const described = tokens[j + 2];
    const spaced =
      hyphen?.text === "-" &&
      compound !== undefined &&
      text.slice(end, compound.start) === " - " &&
      /^\p{Ll}/u.test(compound.text) &&
      described !== undefined &&
      (described.text === "-" || (/[\p{L}\p{N}]/u.test(described.text) && described.pos !== "VERB" && described.pos !== "AUX"));
    if (!year && hyphen?.text === "-" && compound?.pos === "NOUN" && (compound.start === hyphen.end || spaced)) k = j + 1;
    // (A hyphenated compound skipped counts as one word of the reach.)
    let compoundWords = 0;
    while (unit === null && !year && !oneOf && !detached && k < tokens.length && k <= j + 3 + compoundWords) {
      const next = tokens[k];
      if (!next) break;
      // "a $43,350 gold-plated watch": a hyphenated modifier is skipped whole.
      const hyphen = tokens[k + 1];
      const after = tokens[k + 2];
      const ownCompound = tokens[k - 1]?.text === "-" && tokens[k - 1]?.end === next.start; // "20-year-old"
      if (!ownCompound && hyphen?.text === "-" && after && hyphen.start === next.end && after.start === hyphen.end && after.pos !== "NOUN" && after.pos !== "PROPN") {
        k += 3;
        continue;
      }
      // So is one of nouns before what it describes: "dozens of mud-brick houses", "three single-family homes".
      let last = k;
      while (tokens[last + 1]?.text === "-" && tokens[last + 1]?.start === tokens[last]?.end && tokens[last + 2]?.start === tokens[last + 1]?.end && /^[\p{L}\p{N}]/u.test(tokens[last + 2]?.text ?? "")) last += 2;
      if (!ownCompound && last > k && (tokens[last + 1]?.pos === "NOUN" || (tokens[last + 1]?.pos === "ADJ" && tokens[last + 2]?.pos === "NOUN"))) {
        compoundWords += last - k;
        k = last + 1;
        continue;
      }
      // "a $43,350 men's watch": a possessive is whose, not what is counted.
      if ((next.pos === "NOUN" || next.pos === "PROPN") && /^'s?$/.test(tokens[k + 1]?.text ?? "")) {
        k += 2;
        continue;
      }
      // "An earthquake of magnitude 7.1 hit southern Peru": a verb the tagger took for a noun, its
      // object after it, is no counted thing.
      if (k === j && actsAsVerb(tokens, k)) break;
      // "up to 512 GB", "a 2.4 GHz chip", "a 500 MW plant": a unit written in capitals, which the tagger reads as a name.
      if (k === j && CAPITAL_UNITS.test(next.text)) {
        unit = next.text.toLowerCase();
        nouns = [unit];
        end = next.end;
        break;
      }
      // "on 106 carries", "52 catches for 440 yards", "three runs in the ninth": a plural the tagger took
      // for a verb, right after the figure and with no object after it, is what is counted.
      if (k === j && pluralReadAsVerb(tokens, k)) {
        unit = countedLemma(next);
        nouns = [unit];
        end = next.end;
        break;
      }
      if (next.pos === "NOUN" || next.pos === "PROPN") {
        // The whole compound ("clergy sex abuse lawsuits"), its last noun the head; not a date word after it.
        const run: Token[] = [];
        for (let r = k; r < tokens.length && run.length < 4; r += 1) {
          const t = tokens[r];
          if (!t || (t.pos !== "NOUN" && t.pos !== "PROPN") || DAY_WORD.test(t.text)) break;
          run.push(t);
        }
        // (A plural acronym is a common noun: "230,000 SUVs", "40 MPs".)
        const head = [...run].reverse().find((t) => t.pos === "NOUN" || PLURAL_ACRONYM.test(t.text));
        if (head) {
          unit = countedLemma(head);
          nouns = run.map(countedLemma);
          end = head.end;
          // "a 4-year-old boy", "a 46-year old man": an age, of the person named after it.
          const h = tokens.indexOf(head);
          const old = tokens[h + 1]?.text === "-" ? h + 2 : h + 1;
          if (unit === "year" && tokens[old]?.lower === "old") {
            let p = old + 1;
            // Of a name, its last word, as an age in apposition is read ("43-year-old Juan Ortiz" / "Juan Ortiz, 34,").
            while (tokens[p]?.pos === "PROPN" && tokens[p + 1]?.pos === "PROPN") p += 1;
            const person = tokens[old + 1]?.text === "-" ? undefined : tokens[p];
            unit = "age";
            nouns = person && (person.pos === "NOUN" || person.pos === "PROPN") ? [countedLemma(person)] : [];
            end = tokens[old]?.end ?? end;
          }
        }
        break;
      }
      // "$141 million last year": a time after the figure, not what it counts.
      if (/^(last|next|this|every|per|each|a)$/.test(next.lower)) break;
      // "87 confirmed cases", "two wounded officers": a participle before a noun describes it.
      const participle = next.pos === "VERB" && /(?:ed|en)$/.test(next.lower) && tokens[k + 1]?.pos === "NOUN";
      if (next.pos !== "ADJ" && next.pos !== "DET" && !participle) break;
      k += 1;
    }
    // "53 others": a count of nothing named.
    if (unit !== null && UNNAMED_COUNTS.has(unit)) {
      unit = null;
      nouns = [];
    }
    // "Juan Perez, 34, of Dayton": an age in apposition, of the person named before it.
    const before = tokens[i - 1];
    const named = tokens[i - 2];
    // So is "The woman, 34, was charged": of the person the noun names.
    const person = named?.pos === "PROPN" || (named?.pos === "NOUN" && COUNTED_PEOPLE.has(named.lemma));
    if (unit === null && before?.text === "," && named && person && /^[,)]$/.test(tokens[j]?.text ?? ",") && /^\d{1,3}$/.test(token.text)) {
      unit = "age";
      nouns = [named.lemma];
    }
    // "The victim, aged 29, ...", "a woman aged 40", "died at age 41": an age, of the person named before it if any.
    if (unit === null && (before?.lower === "aged" || before?.lower === "age") && /^\d{1,3}$/.test(token.text)) {
      const owner = named?.text === "," ? tokens[i - 3] : before?.lower === "aged" ? named : undefined;
      unit = "age";
      nouns = owner && (owner.pos === "PROPN" || (owner.pos === "NOUN" && COUNTED_PEOPLE.has(owner.lemma))) ? [owner.lemma] : [];
      // "Her husband died at age 70": of the one who died, the noun before the verb ("He died at age 87": no one named).
      if (before?.lower === "age" && named?.lower === "at") {
        const subject = doerBefore(tokens, i - 2);
        if (subject) nouns = [subject.lemma];
      }
    }
    // "half a million people": half of the million read from the scale word on.
    const shareOf = ofScale?.at === i ? ofScale : null;
    ofScale = null;
    if (shareOf) parts = [String(shareOf.share * numericValue(parts.join(" ")))];
    const counted = countOf?.at === i ? countOf : null;
    countOf = null;
    if (counted) parts = [counted.value];
    const start = shareOf?.start ?? counted?.start ?? leadingPoint?.start ?? token.start;
    // "minus 40 degrees" is below zero.
    const sign = /^(?:minus|negative)$/.test(before?.lower ?? "") && /^\d/.test(parts[0] ?? "") ? "-" : "";
    // "50 basis points" is half a percentage point: one unit for a rate's move.
    if (unit === "point" && nouns.includes("basis") && parts.length === 1 && /^\d+(?:\.\d+)?$/.test(parts[0] ?? "")) {
      parts = [String(Number(parts[0]) / 100)];
      nouns = ["percentage", "point"];
    }
    out.push({ key: sign + parts.join(""), value: sign + parts.join(""), unit, nouns, text: text.slice(start, end), start, end });
    i = j - 1;
  }
  return out;
}
