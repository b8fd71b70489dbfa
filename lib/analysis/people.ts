import { bareName } from "./names";
import type { Token } from "./nlp";
import { BODY_WORDS, POSSESSIVES, ROLE_MODIFIERS, ROLE_WORDS, TITLE_ABBREVIATIONS, WEEKDAY_NAMES } from "./vocabulary";

/**
 * People and their titles: the one place that reads who holds which office, for the `titles` rule
 * (within a claim and across whole articles) and for `features`. Role words and modifiers come
 * from `vocabulary`; who asserts a claim is read by `speakers`.
 */

/** The office an abbreviated title with its period stands for ("sgt." -> "sergeant", "rep." -> "congressperson"); not the bare letters ("Col" of a name). */
function abbreviatedOffice(lower: string): string | undefined {
  return lower.endsWith(".") ? TITLE_ABBREVIATIONS.get(lower.slice(0, -1)) : undefined;
}

/** A role word or a role modifier, or a hyphenated word holding one ("ex-president"), or an abbreviated title ("Sgt."). */
export function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower) || abbreviatedOffice(lower) !== undefined) return true;
  return lower.includes("-") && lower.split("-").some((part) => ROLE_WORDS.has(part) || ROLE_MODIFIERS.has(part));
}

/** A word that holds a role word (not only a modifier): "ambassador", "vice-president", "Capt.", not "former". */
export function holdsRoleWord(lower: string): boolean {
  return abbreviatedOffice(lower) !== undefined || (lower.includes("-") ? lower.split("-").some((part) => ROLE_WORDS.has(part)) : ROLE_WORDS.has(lower));
}

/**
 * The words of a title among `tokens` (of the sentence `all`): role words ("ambassador",
 * "ex-president"), and modifiers ("former", "acting", "late", "designate") only when hyphenated
 * after a role word or followed by one within three words: "ambassador-designate", "former Enron
 * Chairman", not "late Thursday", "acting as a broker" or "former farmers".
 */
export function roleTokens(tokens: Token[], all: Token[]): Token[] {
  const roleWord = (t: Token | undefined) => t !== undefined && holdsRoleWord(t.lower);
  return tokens.filter((t) => {
    // "tea party activists judge people by the color of their skin": a verb holds no office.
    if (!isRole(t.lower) || (t.pos === "VERB" && /^\p{Ll}/u.test(t.text) && holdsRoleWord(t.lower))) return false;
    const i = all.indexOf(t);
    // "will coach the team", "to head the agency": after a modal or "to", a verb whatever the tagger says.
    if (/^\p{Ll}/u.test(t.text) && /^(will|would|to|can|could|may|might|shall|should|must)$/.test(all[i - 1]?.lower ?? "")) return false;
    // "the Justice Department", "the Defense Ministry": a body, not a title.
    if (BODY_WORDS.has(all[i + 1]?.lower ?? "")) return false;
    if (roleWord(t)) return true;
    if (i < 0) return false;
    // "ambassador-designate", "president-elect": the modifier hyphenated after the role.
    if (all[i - 1]?.text === "-" && roleWord(all[i - 2])) return true;
    return [1, 2, 3].some((k) => roleWord(all[i + k]));
  });
}

/** The role word a modifier belongs to: "ambassador" in "ambassador-designate" and in "acting ambassador". */
export function modifierHead(all: Token[], modifier: Token): Token | undefined {
  const roleWord = (t: Token | undefined) => t !== undefined && holdsRoleWord(t.lower);
  const i = all.indexOf(modifier);
  if (i < 0) return undefined;
  if (all[i - 1]?.text === "-" && roleWord(all[i - 2])) return all[i - 2];
  // Only across words of the title itself ("acting chief fire officer"), not "acting for the officer".
  for (let k = i + 1; k <= i + 3 && k < all.length; k += 1) {
    const t = all[k];
    if (roleWord(t)) return t;
    if (!t || !(t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.text === "-" || ROLE_MODIFIERS.has(t.lower))) return undefined;
  }
  return undefined;
}

/** The name right after a title ("President Barack Obama" -> ["barack", "obama"]), lower-cased; empty when none follows. */
export function nameAfter(all: readonly Token[], role: Token): string[] {
  const i = all.indexOf(role);
  const names: string[] = [];
  for (let k = i + 1; k < all.length && k <= i + 5; k += 1) {
    const t = all[k];
    if (!t) break;
    if (t.pos === "PROPN" && !isRole(t.lower)) names.push(bareName(t.text));
    else if (names.length > 0 || !(t.text === "-" || ROLE_MODIFIERS.has(t.lower))) break;
  }
  return names.length > 0 ? names : appositiveAfter(all, i);
}

/**
 * The name set off by commas right after a title ("its chief operating officer, Priya Natarajan,
 * will", "the new coach, Ana Ruiz, said"); not a name that goes on into its own clause ("named a new
 * chief executive, Google said").
 */
function appositiveAfter(all: readonly Token[], i: number): string[] {
  if (all[i + 1]?.text !== ",") return [];
  const names: string[] = [];
  let k = i + 2;
  for (; k < all.length && k <= i + 6 && all[k]?.pos === "PROPN" && !isRole(all[k]?.lower ?? ""); k += 1) names.push(bareName(all[k]?.text ?? ""));
  return names.length > 0 && all[k]?.text === "," ? names : [];
}

/** Participles used as prepositions: "posts in Virginia, including deputy attorney general" is no office's word. */
const PREPOSITION_LIKE = new Set(["including", "concerning", "regarding", "following", "according", "excluding", "involving", "becoming", "naming"]);

/**
 * Who holds a title: the name right after it ("President Barack Obama"), or else the name just
 * before it in an appositive ("Michael J. Morell, then the deputy director", past the office's
 * owner: "Sarah Lind, the company's chief financial officer").
 */
export function holderOf(all: readonly Token[], role: Token): string[] {
  const after = nameAfter(all, role);
  if (after.length > 0) return after;
  const i = all.indexOf(role);
  const names: string[] = [];
  // Past an owner ("the company's chief financial officer", "Acme's chief executive"), only a name
  // before the comma that opens the description holds the office: the owner is the company.
  let owned = false;
  let reach = 6;
  for (let k = i - 1; k >= 0 && k >= i - reach; k -= 1) {
    const t = all[k];
    if (!t) break;
    if (names.length === 0 && /^['’]s$/.test(t.lower)) [owned, reach] = [true, 10];
    else if (owned && t.text === ",") owned = false;
    else if (owned) continue;
    else if (t.pos === "PROPN" && !isRole(t.lower)) names.push(bareName(t.text));
    // (Over the words of the office before its role word: "Helen Marsh, the county health officer".)
    // (And over an "-ing" word of the office: "chief operating officer", "managing director", "presiding judge".)
    else if (names.length > 0 || !(t.pos === "DET" || t.pos === "ADV" || t.text === "," || ROLE_MODIFIERS.has(t.lower) || t.pos === "ADJ" || (t.pos === "NOUN" && t.text === t.lower) || (t.pos === "VERB" && /ing$/.test(t.lower) && !PREPOSITION_LIKE.has(t.lower) && isRole(all[k + 1]?.lower ?? "")))) break;
  }
  return names;
}

/**
 * The words that may name whoever holds an office: `holderOf`, and the capitalised run after the
 * whole office ("Secretary of State John Kerry": "state", "john", "kerry"), enough to tell two
 * people's offices apart, not to name either.
 */
export function holderWords(all: readonly Token[], role: Token): string[] {
  let i = all.indexOf(role) + 1;
  if (all[i]?.lower === "of") i += 1;
  const after: string[] = [];
  for (let t = all[i]; t?.pos === "PROPN"; i += 1, t = all[i]) after.push(bareName(t.text));
  return [...holderOf(all, role), ...after];
}

/** Expand a role token over hyphenated modifiers: "ambassador" "-" "designate" -> one span. */
export function roleSpan(all: Token[], token: Token): { start: number; end: number } {
  const i = all.indexOf(token);
  let start = token.start;
  let end = token.end;
  const next = all[i + 1];
  const after = all[i + 2];
  if (next?.text === "-" && after && ROLE_MODIFIERS.has(after.lower)) end = after.end;
  const prev = all[i - 1];
  const before = all[i - 2];
  if (prev?.text === "-" && before && (ROLE_MODIFIERS.has(before.lower) || isRole(before.lower))) start = before.start;
  return { start, end };
}

/** A seat in a legislature, by `roleKey`. */
const SEATS = new Set(["senator", "congressperson", "lawmaker", "legislator", "assemblyperson", "councilperson", "councillor", "delegate"]);
/** Posts a legislature's members hold in it, by `roleKey`: the leader, the speaker, a whip, a committee's chair. */
const POSTS = new Set(["leader", "speaker", "whip", "chairperson"]);

/**
 * A seat and a post held in it are two hats of one person, never two offices told two ways:
 * "Senator Mitch McConnell of Kentucky, the majority leader" / "Senate Majority Leader Mitch
 * McConnell"; "Representative Nancy Pelosi" / "House Speaker Nancy Pelosi". Keys as `roleKey` gives them.
 */
export function seatAndPost(x: string, y: string): boolean {
  return (SEATS.has(x) && POSTS.has(y)) || (POSTS.has(x) && SEATS.has(y));
}

/** A chief officer's initials and the portfolio they say: "CFO" is the Chief Financial Officer. */
export const CHIEF_INITIALS: ReadonlyMap<string, string> = new Map([
  ["ceo", "executive"],
  ["cfo", "financial"],
  ["coo", "operating"],
  ["cto", "technology"],
]);

/** One key for a role's forms: "spokeswoman" = "spokesman" = "spokesperson", "vice-presidents" = "vice-president". */
export function roleKey(lemma: string): string {
  // "Sgt." is "sergeant".
  const office = abbreviatedOffice(lemma.toLowerCase());
  if (office !== undefined) return office;
  const parts = lemma.toLowerCase().split(/[-\s]+/);
  const last = parts[parts.length - 1] ?? "";
  if (last.endsWith("s") && ROLE_WORDS.has(last.slice(0, -1))) parts[parts.length - 1] = last.slice(0, -1);
  return parts
    .map((part) => {
      if (part === "chair") return "chairperson";
      // "Representative Adam Schiff" is "Congressman Adam Schiff".
      if (part === "representative") return "congressperson";
      // "ex-Vice President" is "former Vice President".
      if (part === "ex") return "former";
      // "CEO" is "Chief Executive (Officer)"; "CFO", "COO", "CTO" a chief officer (the portfolio is read apart: `titles`).
      if (part === "ceo") return "chief-executive";
      if (CHIEF_INITIALS.has(part)) return "chief-officer";
      const gendered = /^(spokes|chair|congress|business|council|ombuds|anchor|police|fire|sales)(?:man|woman|person|men|women|people)$/.exec(part);
      return gendered ? `${gendered[1] ?? ""}person` : part;
    })
    .join("-");
}

/**
 * Descriptions of named people across whole articles: how each source describes each named person
 * ("Ukrainian Ambassador to South Korea Dmytro Ponomarenko", "Dmytro Ponomarenko, Ukraine's
 * ambassador-designate to South Korea"), so a title that differs is caught even when the two
 * descriptions sit in sentences that state different claims.
 */
export interface Description {
  source: number;
  sentence: number;
  /** Name as written ("Dmytro Ponomarenko"). */
  name: string;
  /** Lower-cased surname: the key that matches mentions across sources. */
  key: string;
  /** The description as written ("Ukraine's ambassador-designate to South Korea"). */
  text: string;
  start: number;
  end: number;
  /** Role words and modifiers, lower-cased, with their offsets in the sentence. */
  roles: Array<{ word: string; start: number; end: number }>;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
  /** A comma (or other clause punctuation) follows before the next word. */
  breakAfter: boolean;
}

const CONNECTORS = new Set(["to", "of", "for", "at", "in"]);
/** Last words of places and bodies, never of a person's name. */
const PLACE_WORDS = new Set([
  ..."city county state states province district island islands republic kingdom union nations house senate bank street avenue square".split(" "),
  ...BODY_WORDS,
]);
const NOT_NAMES = new Set(["the", "a", "an", "on", "in", "and", "but", "said", "says", ...WEEKDAY_NAMES]);
/** Parts of speech of words that never open a name, capitalised or not; and of those that do not before a name of two words. */
const FUNCTION_TAGS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART"]);
const VERB_TAGS = new Set(["VERB", "AUX", "ADV"]);

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    let value = m[0].replace(/['’]s$/i, "").replace(/['’]$/, "");
    if (value.length > 3 && value.endsWith(".") && !/\.\p{L}\.$/u.test(value)) value = value.slice(0, -1);
    const start = m.index ?? 0;
    out.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, cap: /^\p{Lu}/u.test(value), breakAfter: false });
  }
  out.forEach((w, i) => {
    const next = out[i + 1];
    const gap = text.slice(w.end, next ? next.start : text.length);
    w.breakAfter = !next || /[,;:()"“”]|\s[-–—]\s/.test(gap);
  });
  return out;
}

function isName(w: Word | undefined): w is Word {
  return w !== undefined && w.cap && !isRole(w.lower) && !NOT_NAMES.has(w.lower);
}

function roleWords(words: Word[]): Description["roles"] {
  const roles: Description["roles"] = [];
  for (const [i, w] of words.entries()) {
    // "Justice Department spokesman": "Justice" names a body here.
    if (BODY_WORDS.has(words[i + 1]?.lower ?? "")) continue;
    if (isRole(w.lower)) roles.push({ word: w.lower, start: w.start, end: w.end });
  }
  return roles;
}

/** Words that open a relative clause: the description before them is the noun phrase. */
const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);
/** Parts of speech that can open a description of a person ("a former official", "Ukraine's envoy", "his lawyer"). */
const NOUN_PHRASE_START = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM"]);
/** The role must come early in the description: "Mr. Trump's first national security adviser". */
const ROLE_WITHIN = 6;

/**
 * An appositive after a name describes the person only when it is a noun phrase headed by the role:
 * it opens like a noun phrase and reaches its role word within a few words, before any verb. Not
 * "Flynn, whom he fired for lying to the vice president" or "Pence, about the extent of ...".
 */
function describesPerson(desc: Word[], tag: (w: Word) => string | undefined): boolean {
  const first = desc[0];
  if (!first) return false;
  const firstTag = tag(first);
  if (firstTag !== undefined && !NOUN_PHRASE_START.has(firstTag) && !POSSESSIVES.has(first.lower) && !isRole(first.lower)) return false;
  for (const [i, w] of desc.entries()) {
    if (i >= ROLE_WITHIN) return false;
    if (holdsRoleWord(w.lower)) return true;
    const t = tag(w);
    if (t === "VERB" || t === "AUX") return false;
  }
  return false;
}

const describedCache = new WeakMap<readonly Token[], { text: string; found: readonly Description[] }>();

/**
 * `describe` for a sentence the engine has read: computed once per sentence however many readers
 * ask (the cast of a comparison, the titles across its articles), then placed at (source, sentence).
 */
export function describeSentence(f: { text: string; tokens: readonly Token[] }, source: number, sentence: number): Description[] {
  let hit = describedCache.get(f.tokens);
  if (!hit || hit.text !== f.text) {
    hit = { text: f.text, found: describe(f.text, 0, 0, f.tokens) };
    describedCache.set(f.tokens, hit);
  }
  return hit.found.map((d) => ({ ...d, source, sentence }));
}

export function describe(text: string, source: number, sentence: number, tokens: readonly Token[] = []): Description[] {
  const words = wordsOf(text);
  const byStart = new Map(tokens.map((t) => [t.start, t.pos] as const));
  const tag = (w: Word) => byStart.get(w.start);
  const out: Description[] = [];
  const make = (nameWords: Word[], desc: Word[]): void => {
    const first = desc[0];
    const last = desc[desc.length - 1];
    const lastName = nameWords[nameWords.length - 1];
    const firstName = nameWords[0];
    if (!first || !last || !lastName || !firstName) return;
    const roles = roleWords(desc);
    if (roles.length === 0) return;
    out.push({
      source,
      sentence,
      name: text.slice(firstName.start, lastName.end),
      key: lastName.lower,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      roles,
    });
  };
  for (let r = 0; r < words.length; r += 1) {
    const role = words[r];
    // A role word anchors a title; a modifier alone does not ("help elect Trump", "Former New York").
    if (!role || !holdsRoleWord(role.lower) || role.breakAfter) continue;
    // Pattern A: [modifiers] ROLE [to PLACE] NAME
    let i = r + 1;
    let run: Word[] = [];
    const connector = words[i];
    if (connector && CONNECTORS.has(connector.lower)) {
      i += 1;
      while (isName(words[i]) && run.length < 6) {
        const w = words[i] as Word;
        run.push(w);
        i += 1;
        if (w.breakAfter) break;
      }
      // "spokesman for Robert P. McCulloch", "director for Rep. Stephen Fincher": the office of one who
      // works for the person named, not theirs; "Minister for Foreign Affairs Wang Yi" names a domain first.
      if (run.length < (connector.lower === "for" ? 4 : 3)) continue;
      run = run.slice(-2);
    } else {
      while (isName(words[i]) && run.length < 3) {
        const w = words[i] as Word;
        run.push(w);
        i += 1;
        if (w.breakAfter) break;
      }
      if (run.length === 0) continue;
    }
    let s = r;
    while (s > 0 && r - s < 5) {
      const prev = words[s - 1];
      // A capital the sentence gives a function word is no part of the title: "Yet House Speaker", "But Senate Majority Leader".
      if (!prev || prev.breakAfter || !(prev.cap || isRole(prev.lower)) || (!isRole(prev.lower) && (FUNCTION_TAGS.has(tag(prev) ?? "") || tag(prev) === "ADV"))) break;
      s -= 1;
    }
    // "mayor of New York City": a place, not a person called "York City".
    if (PLACE_WORDS.has((run[run.length - 1] as Word).lower)) continue;
    // "Chief Fire Officer": the capitalised words are part of the title, not a person called "Fire".
    const after = words[i];
    if (after && isRole(after.lower) && !(run[run.length - 1] as Word).breakAfter) continue;
    const nameStart = words.indexOf(run[0] as Word);
    make(run, words.slice(s, nameStart));
  }
  // Pattern B: NAME, description with a role,
  // A capital the sentence or a headline gives a word is no name: a function word ("Under O'Brien,
  // the former coach"), or a verb before a name of two words ("Fired Jim O'Brien, coach"); a name
  // the tagger reads as a verb stays one ("Tim Cook", "Hope Hicks").
  const nameWord = (w: Word | undefined): w is Word => {
    if (!isName(w)) return false;
    const t = tag(w) ?? "";
    if (FUNCTION_TAGS.has(t)) return false;
    const k = words.indexOf(w);
    return !(VERB_TAGS.has(t) && !w.breakAfter && isName(words[k + 1]) && !words[k + 1]?.breakAfter && isName(words[k + 2]));
  };
  for (let n = 0; n + 1 < words.length; n += 1) {
    const w1 = words[n];
    const w2 = words[n + 1];
    if (!nameWord(w1) || !isName(w2) || w1.breakAfter) continue;
    // From the start of a name only: "Michael T. Flynn", not also "T. Flynn".
    const before = words[n - 1];
    if (nameWord(before) && !before.breakAfter) continue;
    let end = n + 1;
    if (!w2.breakAfter && isName(words[n + 2]) && words[n + 2]?.breakAfter) end = n + 2;
    const last = words[end];
    if (!last?.breakAfter || text.slice(last.end, (words[end + 1]?.start ?? text.length)).indexOf(",") === -1) continue;
    const desc: Word[] = [];
    let k = end + 1;
    while (k < words.length && desc.length < 12) {
      const w = words[k] as Word;
      // The noun phrase ends at its verb ("Peter Guest, Assistant Chief Fire Officer at Surrey Fire says the
      // ...") or at a relative clause ("the president's former press secretary who is now working on ...").
      if (tag(w) === "VERB" || tag(w) === "AUX" || RELATIVES.has(w.lower)) break;
      desc.push(w);
      k += 1;
      if (w.breakAfter) break;
    }
    if (!describesPerson(desc, tag)) continue;
    make(words.slice(n, end + 1), desc);
  }
  return out;
}
