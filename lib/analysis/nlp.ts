import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { recase, type Casing } from "./casing";
import { isKindOf, isVerb, PERSON_DEPTH } from "./lexicon";
import { COUNTED_PEOPLE, FIRM_MODALS, HONORIFICS, OPEN_MODALS, PHRASAL_VERBS, POSSESSIVES, ROLE_WORDS, TITLE_ABBREVIATIONS } from "./vocabulary";

/**
 * The one place the engine touches wink-nlp. The model ships inside an npm
 * package and loads once per process (about 100 ms), offline.
 */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  stop: boolean;
  /** Character offsets in the text that was tokenised. */
  start: number;
  end: number;
}

/**
 * wink-nlp learns every word it had not seen into its instance's lexicon, and a learned word
 * changes how later text splits ("Microsoft's" stays one token once it has been read whole
 * after a quotation mark). So each analysis reads with an instance that has read nothing else:
 * the same articles give the same result whatever the process analysed before. Building one
 * takes about 65 ms; the next one is built on a later turn of the event loop (a server pays those
 * 65 ms between two steps of the analysis), so an analysis starts on one that is ready.
 */
export type Nlp = ReturnType<typeof winkNLP>;

// The model package's metaCER() re-serialises its own result on every call (`machines =
// JSON.stringify(machines)`), so each new instance doubles a string until it no longer fits in
// memory (about the 25th instance). Every instance here gets the first, correct result.
const customEntityModel: unknown = (model.metaCER as () => unknown)();
const stableModel: typeof model = { ...model, metaCER: () => customEntityModel };
/**
 * The annotations the engine reads: sentences, and each token's part of speech (its lemma and
 * stop-word flag come with it). wink's named entities, negation, sentiment and custom entities are
 * not read here and cost about a quarter of its time; tokens, tags and lemmas are the same without
 * them (checked on every sentence of the data sets: BASIL, ECB+, GVC, MRPC, gold-dev).
 */
export const WINK_PIPE: readonly string[] = ["sbd", "pos"];
const PIPE = [...WINK_PIPE];
/**
 * A word no article contains (a private-use character). A fresh instance's first unseen word costs
 * wink about 5 ms, once: its lexicon's table is copied to grow. An instance reads this word when it
 * is built, so that cost is paid while the server is idle, not while a journalist waits; learning
 * it changes how no real text splits.
 */
const FIRST_NEW_WORD = "\uE000";

function freshNlp(): Nlp {
  const instance = winkNLP(stableModel, PIPE);
  instance.readDoc(FIRST_NEW_WORD);
  return instance;
}

let shared: Nlp | null = null;
let active: Nlp | null = null;
let spare: Nlp | null = null;
let spareScheduled = false;

function nlp(): Nlp {
  if (active) return active;
  shared ??= freshNlp();
  return shared;
}

/** Build the next pristine instance now (before timing an analysis, for instance). */
export function prepareNlp(): void {
  spare ??= freshNlp();
}

/** An instance that has read nothing; the next one is built on a later turn of the event loop. */
export function pristineNlp(): Nlp {
  const instance = spare ?? freshNlp();
  spare = null;
  if (!spareScheduled) {
    spareScheduled = true;
    const timer = setTimeout(() => {
      spareScheduled = false;
      prepareNlp();
    }, 0);
    timer.unref?.();
  }
  return instance;
}

/** Run `fn` with `instance` doing every split and tagging (restores the previous one after). */
export function withNlp<T>(instance: Nlp, fn: () => T): T {
  const previous = active;
  active = instance;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Sentence texts of one paragraph, as wink-nlp splits them (abbreviations like "Feb." stay whole). */
export function splitSentences(paragraph: string): string[] {
  const read = readable(paragraph);
  const sentences = nlp().readDoc(read).sentences().out() as string[];
  if (read === paragraph) return sentences;
  // The same sentences in the paragraph's own letters.
  let cursor = 0;
  return sentences.map((sentence) => {
    const found = read.indexOf(sentence, cursor);
    if (found === -1) return sentence;
    cursor = found + sentence.length;
    return paragraph.slice(found, cursor);
  });
}

/** Letters wink's tokenizer knows inside a word: ASCII and Latin-1's ("Kraków", "Zürich"). */
const FOREIGN_LETTER = /[^\u0000-\u00FF]/u;
/** Latin letters that do not decompose into a base letter and a mark. */
const BASE_LETTERS: Readonly<Record<string, string>> = { ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", ħ: "h", Ħ: "H", ŀ: "l", Ŀ: "L", ŧ: "t", Ŧ: "T" };
const foldCache = new Map<string, string>();

/** A Latin letter wink would cut a word at ("ń", "ğ", "ễ", "Ł"), as the plain letter of the same length ("n", "g", "e", "L"); any other character as it is. */
function fold(c: string): string {
  let out = foldCache.get(c);
  if (out === undefined) {
    const base = BASE_LETTERS[c] ?? c.normalize("NFD").charAt(0);
    out = base.length === c.length && /^[A-Za-z]$/.test(base) ? base : c;
    foldCache.set(c, out);
  }
  return out;
}

/**
 * The text as wink reads it whole (and a dollar's country before its sign, `CODE_AFTER_SIGN`): wink cuts a word at a letter outside Latin-1 ("Gdańsk" -> "Gda"
 * "ń" "sk", "Erdoğan" -> "Erdo" "ğ" "an", and tags the pieces), so such letters are read as their
 * plain letter, one character for one: offsets are the text's own, and tokens are given back in
 * its letters.
 */
function readable(text: string): string {
  const letters = FOREIGN_LETTER.test(text) ? text.replace(/[^\u0000-\u00FF]/gu, fold) : text;
  return letters.includes("$") ? letters.replace(CODE_AFTER_SIGN, (_, code: string) => `${code}$`) : letters;
}

/**
 * A dollar's country written after its sign ("$US1 million", "$A50", "$C20", wire style): wink reads
 * "$" and a word "US1", and no figure. It is read as the same letters before the sign ("US$1
 * million"), which wink splits into one currency token and a figure; the length, so every offset,
 * stays. (Not codes wink splits from the sign, "NZ$": their tokens would cut the letters.)
 */
const CODE_AFTER_SIGN = /\$(US|A|C)(?=\d)/g;

/**
 * Tokens with part of speech, lemma and offsets. `casing` (`casingOf` the article the text is from)
 * tells a sentence-initial common noun from a name (`recase`).
 */
export function tokenize(text: string, casing?: Casing): Token[] {
  const n = nlp();
  const its = n.its;
  const read = readable(text);
  const doc = n.readDoc(read);
  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((readValue, i) => {
    const found = read.indexOf(readValue, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? cursor : start + readValue.length;
    cursor = end;
    // In the text's own letters ("Gdańsk"), its lemma too when it is the word itself.
    const value = found === -1 || read === text ? readValue : text.slice(start, end);
    const lemma = (lemmas[i] ?? readValue).toLowerCase();
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: value !== readValue && lemma === readValue.toLowerCase() ? value.toLowerCase() : lemma,
      pos: pos[i] ?? "X",
      stop: stops[i] ?? false,
      start,
      end,
    });
  });
  return correctTags(recase(tokens, casing));
}

/** The verb a word in "-ing" is a form of ("beating" -> "beat", "making" -> "make", "running" -> "run"), or null. */
function ingLemma(word: string): string | null {
  const stem = word.slice(0, -3);
  if (stem.length < 2) return null;
  const doubled = /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : null;
  return [stem, `${stem}e`, ...(doubled ? [doubled] : [])].find((v) => isVerb(v)) ?? null;
}

/**
 * The tagger's mistakes that change what a sentence says, put right: "a gunshot wound", "his
 * wound" is the noun, not the past of "wind" ("the road wound up the hill" stays a verb); an
 * ordinal of three digits or more is one word ("the 112th Congress", not "1" and "12th"); so is a
 * team named for a number ("the 76ers", not the figure 76 and "ers"; "5miles", "£250million" stay a
 * figure and its unit); a capitalised common word is part of the name beside it ("Sky Sports", "Marisol
 * Grant wrote"); a verb with its particle is the one verb news uses for it ("stepped down": "resign");
 * "bail" ruled on is the noun ("granted bail."), and a word in "-ing" opening a clause after a comma
 * its verb ("..., beating analysts' estimates").
 */
function correctTags(read: Token[]): Token[] {
  const tokens: Token[] = [];
  for (const [k, t] of read.entries()) {
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === t.start && t.text === "." && titleBeforeName(previous, read[k + 1])) {
      // "Maj. Ann Ruiz", "Cpl. Lee": an abbreviated title is one word with its period, as the tagger reads "Capt." and "Gen.".
      const text = previous.text + t.text;
      tokens[tokens.length - 1] = { ...previous, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: "PROPN", end: t.end };
    } else if (previous && previous.end === t.start && /^\d+$/.test(previous.text) && /^\d+(?:st|nd|rd|th)$/i.test(t.text)) {
      const text = previous.text + t.text;
      tokens[tokens.length - 1] = { ...t, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), start: previous.start };
    } else if (previous && previous.end === t.start && /^\d+$/.test(previous.text) && t.text === "ers") {
      // A team named for a year or a number is one word ("the 76ers", "the 49ers"), not a figure and a fragment.
      const text = previous.text + t.text;
      tokens[tokens.length - 1] = { ...t, text, lower: text, lemma: text, pos: "PROPN", start: previous.start };
    } else {
      tokens.push(t);
    }
  }
  tokens.forEach((t, i) => {
    if (t.lower !== "wound" || t.pos !== "VERB" || tokens[i + 1]?.lower === "up") return;
    if (["DET", "ADJ", "NOUN", "NUM"].includes(tokens[i - 1]?.pos ?? "") || /^(?:his|her|their|its|my|your|our)$/.test(tokens[i - 1]?.lower ?? "")) {
      tokens[i] = { ...t, pos: "NOUN", lemma: "wound" };
    }
  });
  // "Microsoft earned $2.99 a share, beating analysts' estimates": a word in "-ing" opening a clause
  // after a comma, before what it takes, is the verb of that clause (the tagger read "beating" as a noun).
  tokens.forEach((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (t.pos !== "NOUN" || !/^\p{Ll}+ing$/u.test(t.text) || before?.text !== "," || !after || !["DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON"].includes(after.pos)) return;
    // ("..., losing streaks of eight and nine games", "..., trading volume falling to a low": a noun phrase.)
    if (/^streaks?$/.test(after.lower)) return;
    let end = i + 1;
    while (["DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON", "PART"].includes(tokens[end]?.pos ?? "")) end += 1;
    if (tokens[end]?.pos === "VERB") return;
    if (!tokens.slice(0, i - 1).some((w) => w.pos === "VERB")) return;
    const lemma = ingLemma(t.lower);
    if (lemma) tokens[i] = { ...t, pos: "VERB", lemma };
  });
  // "granted bail.", "denied bail on Friday": after the verb that rules on it, "bail" is the thing
  // ruled on, a noun (not "to bail out the fund").
  tokens.forEach((t, i) => {
    if (t.lower !== "bail" || t.pos !== "VERB" || tokens[i + 1]?.lower === "out") return;
    const before = tokens[i - 1];
    if (before && (before.pos === "VERB" || before.pos === "DET" || before.pos === "ADJ" || before.pos === "NOUN")) tokens[i] = { ...t, pos: "NOUN", lemma: "bail" };
  });
  // "Public records show that ...", "court documents show he ...": after a plural noun and before
  // what is shown ("that", a pronoun, a determiner) or at the end of an attribution after a comma,
  // "show" is the verb, not a noun ("TV shows" stays one).
  tokens.forEach((t, i) => {
    if (!/^show(?:s|ed|n)?$/.test(t.lower) || t.pos !== "NOUN") return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // Or closing the sentence after a comma: "..., public records show."
    const closing = after?.text === "." && tokens.slice(Math.max(0, i - 4), i - 1).some((x) => x.text === ",");
    if (before?.pos === "NOUN" && /s$/.test(before.lower) && after && (after.pos === "PRON" || after.pos === "DET" || after.pos === "SCONJ" || after.lower === "that" || closing)) {
      tokens[i] = { ...t, pos: "VERB", lemma: "show" };
    }
  });
  // "Ferreira told Sky Sports": a capitalised common word inside a sentence, right before a name, is
  // the first word of that name ("Sky Sports", "Golden Dawn"), not the noun ("sky"); not an office's
  // word before a title or a name ("Fire Chief Oliver Brandt", "Health Minister Jane Porter").
  tokens.forEach((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (t.pos !== "NOUN" || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !before || /^[.!?:;"“‘'(\[—–-]$/.test(before.text)) return;
    if (after?.pos !== "PROPN" || after.start !== t.end + 1 || !/^\p{Lu}/u.test(after.text) || ROLE_WORDS.has(t.lower) || ROLE_WORDS.has(after.lower)) return;
    tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
  });
  // "The SEC fined the bank": an acronym the tagger read as a common noun ("sec", a second) is a
  // name, as it reads "the FBI" or "GDP"; not a word of a line in capitals.
  const shouting = tokens.filter((t) => /\p{Ll}/u.test(t.text)).length === 0;
  tokens.forEach((t, i) => {
    // (A title's initials are a role, not a name: "the bank's CFO" is its chief financial officer.)
    if (shouting || t.pos !== "NOUN" || !/^[A-Z]{3,5}$/.test(t.text) || /^C[A-Z]O$/.test(t.text) || ROLE_WORDS.has(t.lower)) return;
    tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
  });
  // "Gov. Marisol Grant wrote", "Tom Park said": a capitalised common word inside a sentence, right
  // after a name and before what the person did, is the name's last word (a surname), not a verb or a noun.
  tokens.forEach((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (!["VERB", "NOUN", "ADJ"].includes(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || before?.pos !== "PROPN" || before.end + 1 !== t.start || !/^\p{Lu}/u.test(before.text)) return;
    if (!after || !(after.pos === "VERB" || after.pos === "AUX" || /^[,.;:]$/.test(after.text)) || ROLE_WORDS.has(t.lower)) return;
    tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
  });
  // "Stepped down", "called off": a verb and its particle that news uses for one verb are read as it
  // (`PHRASAL_VERBS`: "resign", "cancel"), so that "stepped down on Wednesday" dates a resignation.
  tokens.forEach((t, i) => {
    const particle = tokens[i + 1];
    const verb = t.pos === "VERB" && particle ? PHRASAL_VERBS.get(`${t.lemma} ${particle.lower}`) : undefined;
    if (verb) tokens[i] = { ...t, lemma: verb };
    // "Found guilty" is convicted ("Jurors found Calloway guilty", "was found guilty of"); "found not guilty" stays found.
    // (The one found guilty may take a few words: "found a local man guilty"; not past a comma.)
    const upTo = tokens.slice(i + 1, i + 6);
    const guilty = upTo.findIndex((w) => w.lower === "guilty");
    const found = upTo.slice(0, guilty);
    if (t.pos === "VERB" && t.lemma === "find" && guilty >= 0 && !found.some((w) => w.lower === "not" || w.lower === "never" || w.pos === "PUNCT")) tokens[i] = { ...t, lemma: "convict" };
  });
  // ", wounding the baby", ", injuring two others": a word in -ing after a comma and before what it
  // acts on is the participle of its verb (lemma "wound"), not a noun the tagger made of it; "the
  // shooting of", "a meeting with" stay nouns.
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" || !/^\p{Ll}{3,}ing$/u.test(t.text) || tokens[i - 1]?.text !== ",") return;
    const after = tokens[i + 1];
    // (Or a count told roughly: ", killing at least 27 people", ", injuring about 300".)
    const roughCount = [tokens[i + 2], tokens[i + 3]].some((x) => x?.pos === "NUM") && ["ADP", "ADV", "ADJ"].includes(after?.pos ?? "");
    if (!after || !(["DET", "NUM", "PRON", "PROPN"].includes(after.pos) || POSSESSIVES.has(after.lower) || roughCount)) return;
    const verb = participleLemma(t.lower);
    if (verb) tokens[i] = { ...t, pos: "VERB", lemma: verb };
  });
  // "The incumbent won the election": an adjective standing for a person ("incumbent", "accused") read
  // as the noun it stands for, and the past tense after it, read as a noun, as the verb it is.
  tokens.forEach((t, i) => {
    const [adjective, determiner, object] = [tokens[i - 1], tokens[i - 2], tokens[i + 1]];
    const verb = IRREGULAR_PAST.get(t.lower);
    if (t.pos !== "NOUN" || !verb || adjective?.pos !== "ADJ" || determiner?.pos !== "DET" || !object || !["DET", "PROPN", "NUM", "PRON"].includes(object.pos)) return;
    tokens[i - 1] = { ...adjective, pos: "NOUN" };
    tokens[i] = { ...t, pos: "VERB", lemma: verb };
  });
  // "The gunman shot two people", "Officers shot and wounded the suspect", "... and shot herself in the
  // neck", "Someone shot into the house": "shot" after who shoots and before what is shot is the verb,
  // which the tagger read as the noun; not a shot of some kind or someone's ("a shot", "his first
  // shot", "Saka's shot through the goalkeeper's legs", "A Haaland shot that hit the post", "the
  // measles shot the nurse gave him").
  tokens.forEach((t, i) => {
    const [before, next, after] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
    if (t.lower !== "shot" || t.pos !== "NOUN" || !next || (before && KINDS_OF_SHOT.has(before.lower))) return;
    const byWho = before !== undefined && shooter(before, tokens[i - 2]);
    const what =
      ["DET", "NUM", "PRON", "PROPN"].includes(next.pos) ||
      POSSESSIVES.has(next.lower) ||
      SHOT_HOW.has(next.lower) ||
      SHOT_HOW_MANY.has(next.lower) ||
      (next.lower === "and" && after?.pos === "VERB");
    if (byWho && what) tokens[i] = { ...t, pos: "VERB", lemma: "shoot" };
  });
  // "is considering cutting output", "denied taking the money": a word in -ing right after a verb that
  // takes what is done as its object is that deed's verb (lemma "cut"), not an adjective ("cutting edge").
  tokens.forEach((t, i) => {
    if ((t.pos !== "ADJ" && t.pos !== "NOUN") || !/^\p{Ll}{3,}ing$/u.test(t.text) || !GERUND_TAKERS.has(tokens[i - 1]?.lemma ?? "") || tokens[i - 1]?.pos !== "VERB") return;
    const verb = participleLemma(t.lower);
    if (verb) tokens[i] = { ...t, pos: "VERB", lemma: verb };
  });
  // "was fined", "clothed": a past tense the tagger cut to a stem ("fin", "cloth") where WordNet knows
  // the verb in "e" ("fine", "clothe"), which "-d" makes past.
  tokens.forEach((t, i) => {
    if (t.pos !== "VERB" || !/^\p{Ll}+ed$/u.test(t.text) || t.lemma !== t.lower.slice(0, -2)) return;
    if (isVerb(`${t.lemma}e`)) tokens[i] = { ...t, lemma: `${t.lemma}e` };
  });
  // "held in Shanghai", "flew from Reading": a capitalised word inside a sentence right after a
  // preposition in lower case is a name, though the tagger read a verb ("to shanghai"); not in a line in title case.
  const titled = tokens.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > tokens.filter((t) => /^\p{L}/u.test(t.text)).length;
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    if (titled || t.pos !== "VERB" || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || before?.pos !== "ADP" || !/^\p{Ll}+$/u.test(before.text)) return;
    tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
  });
  // "Ford's chief executive", "Apple's shares": a capitalised word inside a sentence right before its
  // possessive "'s" is a name, whatever the tagger made of it (a verb "Ford", an adjective).
  tokens.forEach((t, i) => {
    const owner = tokens[i + 1];
    if (i === 0 || t.pos === "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !owner || owner.start !== t.end || !/^['’]s$/.test(owner.text)) return;
    if (/^[.!?:;"“‘'(\[—–-]$/.test(tokens[i - 1]?.text ?? "")) return;
    tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
  });
  // "may lower the risk", "could also cut their bills", "may lower blood pressure": after a modal (and an adverb), a word the
  // tagger read as an adjective or a noun, before what it acts on, is the verb WordNet knows it as.
  // ("Prices may remain lower" keeps its adjective: no modal right before it.)
  tokens.forEach((t, i) => {
    if ((t.pos !== "ADJ" && t.pos !== "NOUN") || !/^\p{Ll}+$/u.test(t.text)) return;
    // (Past an adverb or a negation: "may slightly lower", "does not lower", "will not cut".)
    let k = i - 1;
    while (k >= i - 2 && (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "PART" || /^(?:not|n't|n’t)$/.test(tokens[k]?.lower ?? ""))) k -= 1;
    const before = tokens[k];
    if (!before || before.pos !== "AUX" || !(MODALS.has(before.lower) || (before.lemma === "do" && k < i - 1))) return;
    const after = tokens[i + 1];
    if (!after || !(["DET", "NUM", "NOUN", "PROPN"].includes(after.pos) || POSSESSIVES.has(after.lower))) return;
    if (isVerb(t.lower)) tokens[i] = { ...t, pos: "VERB", lemma: t.lower };
  });
  // "The drug cuts the risk", "The new law bans the sale": a word in -s right after its subject (a
  // determiner, perhaps an adjective, and a noun) and before what it acts on is the verb, not a
  // compound's noun; "the cuts the board made", "Budget cuts the board approved" stay nouns.
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" || !/^\p{Ll}{3,}s$/u.test(t.text)) return;
    const [subject, after] = [tokens[i - 1], tokens[i + 1]];
    const determiner = tokens[i - 2]?.pos === "ADJ" ? tokens[i - 3] : tokens[i - 2];
    if (subject?.pos !== "NOUN" || determiner?.pos !== "DET" || !after || !(after.pos === "DET" || POSSESSIVES.has(after.lower))) return;
    const verb = [t.lower.slice(0, -1), t.lower.slice(0, -2)].find((c) => c.length > 2 && isVerb(c));
    if (verb) tokens[i] = { ...t, pos: "VERB", lemma: verb };
  });
  // "to be certified", "will be closed": a past participle after "be" the tagger took for an adjective
  // is the passive of its verb (lemma "certify"), as "was certified" is read; not one said of a state
  // (`STATE_ADJECTIVES`: "was tired", "is married").
  tokens.forEach((t, i) => {
    if (t.pos !== "ADJ" || !/^\p{Ll}+ed$/u.test(t.text) || tokens[i - 1]?.lemma !== "be") return;
    const verb = passiveLemma(t.lower);
    if (verb) tokens[i] = { ...t, pos: "VERB", lemma: verb };
  });
  return tokens;
}

/** A capitalised abbreviated title or courtesy title ("Maj", "Cpl", "Mr") right before a capitalised word, one space apart. */
function titleBeforeName(t: Token, next: Token | undefined): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(t.text) && (TITLE_ABBREVIATIONS.has(t.lower) || HONORIFICS.has(t.lower)) && next !== undefined && next.start === t.end + 2 && /^\p{Lu}/u.test(next.text);
}

/** Irregular past tenses news uses most, by their verb: what the tagger may read as a noun after an adjective. */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  Object.entries({
    won: "win", lost: "lose", led: "lead", beat: "beat", fell: "fall", rose: "rise", hit: "hit", left: "leave", held: "hold", shot: "shoot", struck: "strike",
    sold: "sell", bought: "buy", paid: "pay", told: "tell", took: "take", gave: "give", made: "make", met: "meet", sent: "send", spent: "spend", ran: "run",
    saw: "see", kept: "keep", found: "find", said: "say", brought: "bring", fought: "fight", sought: "seek", stole: "steal", drove: "drive", threw: "throw",
  }),
);

/** Words before "shot" that say what kind of shot it is ("a mug shot", "a booster shot"), not who shot. */
const KINDS_OF_SHOT = new Set(
  "mug warning booster flu vaccine head screen jump slap parting long big hot money moon chip trick cheap kill buck bird pot snap heart kick penalty corner drop tee approach putt gun gunshot rifle pistol shotgun camera photo group action".split(" "),
);

/** Nouns of those who may shoot that WordNet does not file under persons: "the police shot", "troops shot". */
const SHOOTING_GROUPS = new Set(["police", "troop", "army", "military", "militia", "gang"]);

/**
 * A word right before "shot" that says who shot (`before`; `earlier`, the word before it): a pronoun not
 * a possessive ("he", "someone", "who"), a name not after a determiner ("Smith"; not "a Haaland
 * shot"), a noun for a person or a force ("the gunman", "officers", "the police"; "teen", which the
 * tagger reads as an adjective), or the "and" or adverb of a verb run ("... and shot", "then shot").
 */
function shooter(before: Token, earlier: Token | undefined): boolean {
  if (before.pos === "PRON") return !POSSESSIVES.has(before.lower);
  if (before.pos === "PROPN") return earlier?.pos !== "DET";
  if (before.pos === "NOUN") return COUNTED_PEOPLE.has(before.lemma) || ROLE_WORDS.has(before.lemma) || SHOOTING_GROUPS.has(before.lemma) || isKindOf(before.lemma, "person", PERSON_DEPTH);
  // (A person by their age: "a 19-year-old shot two classmates".)
  if (before.pos === "ADJ") return COUNTED_PEOPLE.has(before.lower) || (before.lower === "old" && (earlier?.lower === "year" || earlier?.text === "-"));
  // (Not an adverb of someone's shot: "their only shot at the playoffs".)
  return before.pos === "CCONJ" || (before.pos === "ADV" && earlier?.pos !== "DET" && !POSSESSIVES.has(earlier?.lower ?? ""));
}


/** What follows "shot" when it tells where or how someone shot: "shot at officers", "shot into the house", "shot dead". */
const SHOT_HOW = new Set(["at", "into", "through", "dead", "back"]);

/** How many were shot, in words the tagger reads as adjectives: "shot multiple people", "shot several". */
const SHOT_HOW_MANY = new Set(["several", "multiple", "many", "both", "each", "another", "everyone", "anyone"]);

/** Modal verbs, after which a verb stands bare: "may lower", "will cut". */
const MODALS: ReadonlySet<string> = new Set([...FIRM_MODALS, ...OPEN_MODALS]);

/** Verbs whose object may be a deed in -ing: "considering cutting", "avoided paying", "denied taking". */
const GERUND_TAKERS = new Set(["consider", "contemplate", "weigh", "mull", "explore", "avoid", "deny", "admit", "risk", "resume", "quit", "finish", "suggest", "recommend", "propose"]);

/** Participles said of a state of mind or of life, adjectives after "be" ("was tired", "is married"). */
const STATE_ADJECTIVES = new Set([
  "tired", "married", "interested", "concerned", "worried", "excited", "pleased", "surprised", "disappointed", "satisfied", "scared",
  "bored", "confused", "convinced", "determined", "retired", "supposed", "used", "experienced", "related", "divorced", "engaged",
  "ashamed", "frightened", "shocked", "devastated", "delighted", "relieved", "prepared", "committed", "dedicated", "talented",
]);

/** The verb of a present participle WordNet knows ("wounding" -> "wound", "making" -> "make", "stopping" -> "stop"). */
function participleLemma(word: string): string | null {
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : null];
  return candidates.find((c): c is string => c !== null && c.length > 2 && isVerb(c)) ?? null;
}

/** The verb a past participle is of ("certified" -> "certify", "closed" -> "close", "stopped" -> "stop"), when WordNet knows it as a verb, not one of the STATE_ADJECTIVES. */
function passiveLemma(word: string): string | null {
  if (STATE_ADJECTIVES.has(word)) return null;
  const stem = word.slice(0, -2);
  const candidates = [word.endsWith("ied") ? `${word.slice(0, -3)}y` : null, `${stem}e`, stem, /(.)\1$/.test(stem) ? stem.slice(0, -1) : null];
  return candidates.find((c): c is string => c !== null && c.length > 2 && isVerb(c)) ?? null;
}
