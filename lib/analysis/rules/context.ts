import type { SentenceFeatures } from "../features";
import type { Side } from "../finding";
import type { Token } from "../nlp";
import { onlyAThing, synonymous } from "../lexicon";
import { CALENDAR_WORD, EVENT_VERBS, HAND_OVER, newsEquivalent, SPEECH_VERB_CLASS, WEEKDAY_NAMES } from "../vocabulary";

const CONTENT = new Set(["NOUN", "VERB", "ADJ", "PROPN"]);
/** Words of time say when, not what: "last year" beside two figures does not make them one measure. */
const TIME_WORDS = new RegExp(`^(year|day|week|month|time|today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|last|next|${WEEKDAY_NAMES.join("|")})$`, "i");
const REACH = 3;

/** Where a mention's context ends besides the clause: at another figure; at the end of its phrase (a comma, a dash, a bracket). */
export interface ContextStops {
  figures?: boolean;
  phrase?: boolean;
  /** Leave names out: who is in the sentence does not say which event a date is of ("Michael Steele Sunday"). */
  names?: boolean;
  /** Only the words before (-1) or after (1) the mention. */
  direction?: -1 | 1;
}
const PHRASE_END = /^(,|--|[\u2012-\u2015]|[()])$/;

/** An age in apposition ("the 63-year-old father", "35-year old Chad", "a woman aged 40", "at age 87") says nothing about the event. */
function isAgeWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if ((t.lower === "aged" || t.lower === "age") && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? "")) return true;
  const previous = (k: number) => tokens.slice(Math.max(0, k - 2), k).map((x) => x.lower);
  return (t.lemma === "old" && previous(i).includes("year")) || (t.lemma === "year" && tokens[i + 1]?.text === "-" && tokens[i + 2]?.lemma === "old") || (t.lemma === "year" && tokens[i + 1]?.lemma === "old");
}

/** The nearest content words (nouns, verbs, adjectives, names) on each side of a mention, within its clause. */
export function contextOf(side: Side, m: { start: number; end: number }, stops: ContextStops = {}): Set<string> {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  if (first < 0) return new Set();
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.end ?? Infinity) <= m.end) last += 1;
  const out = new Set<string>();
  for (const step of stops.direction ? [stops.direction] : [-1, 1]) {
    let found = 0;
    for (let i = step < 0 ? first - 1 : last + 1; i >= 0 && i < tokens.length && found < REACH; i += step) {
      const t = tokens[i];
      // A clause ends the context; for a figure, so does another figure (the words beyond are that figure's).
      // For a figure, "and"/"or" too: in "a $43,000 watch and $9,587.64 of furniture" the words before "and" are the other figure's.
      if (!t || (t.pos === "PUNCT" && /^[.;!?]$/.test(t.text)) || (stops.figures && (t.pos === "NUM" || t.pos === "CCONJ")) || (stops.phrase && PHRASE_END.test(t.text))) break;
      if (CONTENT.has(t.pos) && !TIME_WORDS.test(t.lemma) && !isAgeWord(tokens, i) && !(stops.names && t.pos === "PROPN")) {
        out.add(t.lemma);
        found += 1;
      }
    }
  }
  return out;
}

/**
 * Two values (figures, dates) are said of one thing when a word beside them is the same:
 * "published Saturday" / "published Sunday", not "shot Friday evening" / "in court on Monday".
 */
export function sharesContext(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, stops: ContextStops = {}): boolean {
  const cy = contextOf(b, y, stops);
  return [...contextOf(a, x, stops)].some((w) => cy.has(w));
}

/** Pronouns that do not stand for the subject: a possessive ("spent his first 11 seasons") or a relative one ("a fixture who spent"), which points back to the noun before it. */
const SEE_THROUGH = /^(his|her|their|its|our|my|your|who|which|that)$/;

/**
 * The noun or name nearest before a position in its clause (the predicate's subject, roughly): "party"
 * in "One party won't tax", "fixture" in "a Philadelphia fixture who spent his first 11 seasons".
 */
export function subjectBefore(tokens: readonly Token[], position: number): Token | undefined {
  const before = tokens.filter((t) => t.end <= position).reverse();
  const window = before.slice(0, 8);
  for (let i = 0; i < window.length; i += 1) {
    const t = window[i] as Token;
    if (t.pos === "PUNCT" && !/^['-]$/.test(t.text)) return undefined;
    if (t.pos === "PRON" && SEE_THROUGH.test(t.lower)) continue;
    if (t.pos === "PRON") return undefined;
    // "on Thursday reported": a day or month says when, not who.
    if (CALENDAR_WORD.test(t.text)) continue;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") continue;
    // "An outbreak in central Ohio has grown to": a noun after a preposition is its object; the
    // subject is the noun the phrase describes, when one stands before it.
    let k = i + 1;
    while (k < window.length && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(window[k]?.pos ?? "")) k += 1;
    const preposition = window[k];
    if (preposition?.pos === "ADP" && preposition.lower !== "of" && window.slice(k + 1).some((w) => w.pos === "NOUN" || w.pos === "PROPN")) {
      i = k;
      continue;
    }
    return t;
  }
  return undefined;
}

/** Words a value's verb is looked for within, on each side, in its clause. */
const VERB_REACH = 8;

/**
 * The verb nearest a value (a date, a figure) in its clause, not an auxiliary: what happened on it or
 * to it ("published Saturday", "on Friday apologized", "killed 12 people").
 */
export function verbNear(side: Side, m: { start: number; end: number }): Token | undefined {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.end ?? Infinity) <= m.end) last += 1;
  if (first < 0) return undefined;
  // The nearest verb on each side, in the clause: no sentence or clause end between it and the value.
  const nearest = (direction: -1 | 1): { i: number; d: number } | null => {
    for (let d = 1; d <= VERB_REACH; d += 1) {
      const i = direction < 0 ? first - d : last + d;
      const t = tokens[i];
      if (!t) return null;
      if (/^[.;:!?]$/.test(t.text)) return null;
      // A participle after a comma opens another clause: ", citing a weaker outlook", ", saying ...".
      if (direction > 0 && t.text === "," && tokens[i + 1]?.pos === "VERB" && /ing$/i.test(tokens[i + 1]?.text ?? "")) return null;
      if (t.pos === "VERB" || possessing(tokens, i)) return { i, d };
    }
    return null;
  };
  // A verb across "and" or "but" belongs to the other clause ("12 people died and 40 were injured":
  // "40" is of "injured"; "killing at least 27 people and injuring about 300": "27" is of "killing"):
  // the verb on the value's own side of the conjunction is its verb, if there is one.
  const across = (at: { i: number }) => tokens.slice(Math.min(at.i, first) + 1, Math.max(at.i, last)).some((w) => w.pos === "CCONJ");
  const [before, after] = [nearest(-1), nearest(1)];
  const options = [before, after].filter((o): o is { i: number; d: number } => o !== null).sort((p, r) => Number(across(p)) - Number(across(r)) || p.d - r.d || p.i - r.i);
  const chosen = options[0];
  if (!chosen) return undefined;
  const t = tokens[chosen.i] as Token;
  return t.pos === "VERB" ? t : { ...t, pos: "VERB" };
}

/** A period a sentence gives from today: "this year", "next quarter", "last month" ("previous" is "last", "coming" is "next"). */
const PERIOD_FROM_NOW = /\b(this|next|last|previous|coming|current)\s+(year|quarter|month|week|season|fiscal year)\b/i;
export function periodFromNow(text: string): string | null {
  const m = PERIOD_FROM_NOW.exec(text);
  if (!m) return null;
  const when = (m[1] ?? "").toLowerCase();
  return `${when === "previous" ? "last" : when === "coming" ? "next" : when} ${(m[2] ?? "").toLowerCase()}`;
}

/** "has 5,000 employees", "had two children": "have" as the verb of its clause, which the tagger reads as an auxiliary; not "has cut". */
function possessing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t?.pos === "AUX" && t.lemma === "have" && next !== undefined && !["VERB", "AUX", "ADV", "PART"].includes(next.pos);
}

/** What a value says happened: the word that names the event it dates or counts. */
export type EventWord = (side: Side, m: { start: number; end: number }) => Token | undefined;

/**
 * What a date dates: the noun of an act it follows bare ("BuzzFeed's report Thursday", "a statement
 * Friday") or stands before ("the June 14 concert", "Saturday's match"), else the verb nearest it
 * ("published Saturday", "on Friday apologized", "signed the bill on Thursday": a date after "on" is
 * the verb's).
 */
export const datedEvent: EventWord = (side, m) => {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  const before = first > 0 ? tokens[first - 1] : undefined;
  // A clock time before the date is part of it ("at 12:01 a.m. Saturday"): what they date is what the time follows.
  const joined = before && side.features.dates.find((d) => d.start < m.start && d.start <= before.start && before.end <= d.end);
  if (joined) return datedEvent(side, { start: joined.start, end: m.end });
  const bare = !/^(?:on|in|at|by|since|until|last|next|this|earlier|later)\b/i.test(side.features.text.slice(m.start, m.end));
  // (Not the noun of a thing or a place: "shot himself in the hand Nov. 2", "died at the hospital
  // Tuesday", "bought the car Friday" date the shooting, the death and the purchase: the verb before
  // that noun in its clause ("Officials who toured the plant Monday said ..." dates the tour, not the
  // remark); "after the match Saturday" dates the match.)
  if (bare && before?.pos === "NOUN") {
    if (!onlyAThing(before.lemma)) return before;
    const clause = tokens.slice(0, first).reverse();
    const end = clause.findIndex((t) => /^[.;:!?,]$/.test(t.text));
    // (With none before it, the date is still the thing's: "Passengers on the plane Sunday described ...".)
    return (end < 0 ? clause : clause.slice(0, end)).find((t) => t.pos === "VERB") ?? before;
  }
  // A date before its noun dates that thing, not the verb after it: "the June 14 concert was called off",
  // "Saturday's match was called off" (the concert's and the match's days, not the cancellation's).
  const last = tokens.findIndex((t) => t.start >= m.end);
  const possessive = tokens[last]?.lower === "'s";
  const afterDate = possessive ? tokens[last + 1] : tokens[last];
  // (After a possessive it is a noun, whatever the tagger says: "Saturday's match".)
  if (bare && afterDate && (afterDate.pos === "NOUN" || possessive) && afterDate.start <= m.end + 3) return { ...afterDate, pos: "NOUN" };
  const verb = verbNear(side, m);
  // An attribution after a comma ("stabbed late Friday night, police said") says who told it, not
  // what happened on the date: the verb before the date is the date's.
  if (verb && verb.start >= m.end && SPEECH_VERB_CLASS[verb.lemma] !== undefined && /,/.test(side.features.text.slice(m.end, verb.start))) {
    const earlier = tokens.slice(Math.max(0, first - VERB_REACH), first).reverse();
    const end = earlier.findIndex((t) => /^[.;:!?]$/.test(t.text));
    const before = (end < 0 ? earlier : earlier.slice(0, end)).find((t) => t.pos === "VERB");
    // (With no verb read before it, the tagger took it for a noun: "The officer shot Hayes late Saturday,
    // police said". The date is still not the remark's.)
    return before;
  }
  // A participle after the date opens what the thing said ("an article published by BuzzFeed on
  // Thursday saying that ..."): the date is the verb's before it.
  if (verb && verb.start >= m.end && /ing$/i.test(verb.text)) {
    const earlier = tokens.slice(Math.max(0, first - VERB_REACH), first).reverse();
    const end = earlier.findIndex((t) => /^[.;:!?]$/.test(t.text));
    return (end < 0 ? earlier : earlier.slice(0, end)).find((t) => t.pos === "VERB") ?? verb;
  }
  return verb;
};

/** Verbs that say little of what was done: "came", "took", "made", "got". */
const LIGHT_VERBS = new Set(["be", "have", "do", "come", "go", "get", "make", "take", "give", "put", "say"]);

/** Words a noun phrase's head may stand after its "a": "a 13-3 halftime lead". */
const PHRASE_REACH = 4;

/** A word the tagger calls a verb that ends a noun phrase opened by "a" ("a 13-3 halftime lead", "a lead"): a noun. */
function headOfPhrase(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - PHRASE_REACH); k -= 1) {
    const t = tokens[k] as Token;
    if (/^an?$/i.test(t.text)) return true;
    if (!["NOUN", "ADJ", "NUM"].includes(t.pos) && t.text !== "-") return false;
  }
  return false;
}

/** The two sentences tell one thing done somewhere in them: a verb (not a light one) of one, or a synonym, in both. */
export function doneAlike(a: Side, b: Side): boolean {
  const verbs = (side: Side) => side.features.tokens.filter((t, i) => t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma) && !headOfPhrase(side.features.tokens, i));
  const theirs = verbs(b);
  return verbs(a).some((x) => theirs.some((y) => oneWord(x, y)));
}

/** Both values sit beside one verb ("published Saturday" / "published Sunday"): the sentences speak of one thing done. */
export function sameVerb(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, word: EventWord = verbNear): boolean {
  const [vx, vy] = [word(a, x), word(b, y)];
  return vx !== undefined && vy !== undefined && oneWord(vx, vy);
}

/**
 * The thing a verb is done to: the noun right after it, past a determiner and adjectives ("jumped
 * the tracks", "left the rails"); not a figure's thing ("fired 12 shots"), nor one after a preposition.
 */
function objectOf(side: Side, verb: Token, counted = false): Token | undefined {
  if (verb.pos !== "VERB") return undefined;
  const tokens = side.features.tokens;
  for (let k = tokens.indexOf(verb) + 1; k > 0 && k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (t.pos === "NOUN") return t;
    // (`counted`: past a figure too, "detained two passengers".)
    if (t.pos !== "DET" && t.pos !== "ADJ" && !(counted && t.pos === "NUM")) return undefined;
  }
  return undefined;
}

/** A past period a clause dates itself to: "last month", "two years ago", "earlier this year", "the previous week". */
export const PAST_PERIOD = /\b(?:(?:last|previous|past|prior)\s+(?:week|month|year|quarter|season|summer|winter|spring|fall|autumn|weekend)|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|earlier\s+this\s+(?:week|month|year))\b/i;

/** Words that set a case or an arrest apart from the story's: "in an unrelated case", "a separate charge", "an earlier robbery", "in 2019". */
export const OTHER_CASE = /\b(?:unrelated|separate|earlier|previous|prior|another)\b|\b(?:in|since)\s+(?:19|20)\d{2}\b/i;

/** The values' verbs (`word`) are each done to a thing, and not to one thing ("arrested the suspect" / "detained a second man"). */
export function otherObjects(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, word: EventWord = verbNear): boolean {
  const [vx, vy] = [word(a, x), word(b, y)];
  if (vx === undefined || vy === undefined) return false;
  const [ox, oy] = [objectOf(a, vx, true), objectOf(b, vy, true)];
  return ox !== undefined && oy !== undefined && ox.lemma !== oy.lemma && !synonymous(ox.lemma, oy.lemma) && !newsEquivalent(ox.lemma, oy.lemma);
}

/** Verbs of what is to come: their object is a forecast or a plan, not what was done. */
const EXPECTING = new Set(["expect", "forecast", "project", "predict", "plan", "estimate", "anticipate", "target", "aim", "hope", "seek", "propose", "want", "need"]);

/** The values' nearest verbs (`word`) are done to one thing ("23 cars jumped the tracks" / "32 cars left the tracks"): one act in two words. */
export function sameObject(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, word: EventWord = verbNear): boolean {
  const [vx, vy] = [word(a, x), word(b, y)];
  // A thing expected or planned is not the thing done: "enjoyed a profit of 6 cents" / "expects profit of 11 cents".
  if (vx === undefined || vy === undefined || EXPECTING.has(vx.lemma) || EXPECTING.has(vy.lemma)) return false;
  const [ox, oy] = [objectOf(a, vx), objectOf(b, vy)];
  return ox !== undefined && oy !== undefined && (ox.lemma === oy.lemma || synonymous(ox.lemma, oy.lemma));
}

function oneWord(x: Token, y: Token): boolean {
  const event = EVENT_VERBS.get(x.lemma);
  return x.lemma === y.lemma || synonymous(x.lemma, y.lemma) || (event !== undefined && event === EVENT_VERBS.get(y.lemma));
}

/**
 * The values' nearest verbs (or, for a date, the word it dates: `datedEvent`) name one event, or
 * one side has none to say otherwise. One hand-over told from either end is one event ("50,000
 * pages were delivered" / "it had received 55,000 pages").
 */
export function sameEvent(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }, word: EventWord = verbNear): boolean {
  const [vx, vy] = [word(a, x), word(b, y)];
  if (vx === undefined || vy === undefined || oneWord(vx, vy)) return true;
  return HAND_OVER.has(vx.lemma) && HAND_OVER.has(vy.lemma);
}

/** A sentence's content without its figures (days, years, counts): what it says around the values a rule compares. */
export function wordsOnly(f: SentenceFeatures): SentenceFeatures {
  return { ...f, content: new Map([...f.content].filter(([key]) => !/\d/.test(key))) };
}
