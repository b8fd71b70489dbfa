import { insideQuotation } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { aliasGroupsOf, aliasOf, bareName, nameVariant } from "../names";
import { kindOf, partOf, PERSON_DEPTH, senses } from "../lexicon";
import type { Token } from "../nlp";
import { isRole, roleKey, roleTokens } from "../people";
import { CALENDAR_WORD, GENERIC_AGENTS, HONORIFICS, MEASURE_UNITS, TIME_ZONE_LETTERS } from "../vocabulary";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * Names: one name put where the other side has another ("Tokyo" for "Seoul"), in a tight change of
 * at most `maxChangedWords` words a side, is medium. One name written two ways is nothing: spellings
 * and transliterations (`names`), aliases ("U.S." / "American"), courtesy titles ("Mr. Halla"),
 * initials ("PM" / "Prime Minister", "Donald J. Trump" / "Donald John Trump"), weekday and month names the tagger calls names, and a name
 * the other side uses anywhere. Two given names before one surname where a sentence names several
 * people of that family ("Joseph Horn" / "Thomas Horn and Corinne Horn") are two relatives: low.
 * A swap is medium only where a reader would call it one: names alike enough to be confused
 * ("Norwalk" / "Norfolk"), or sentences that say the same words around the swap ("A.J. Smith" /
 * "A.J. Butler"); in sentences that only share a row ("Oscar" / "Academy Award", a dateline against
 * a team's name, two ex-presidents in two sentences) it is low. An owner one side adds ("NASA's Webb
 * telescope" / "the James Webb Space Telescope") is no swap. A road, exit, flight or any other name
 * numbered two ways ("Interstate 95" / "I-85", "Nord Stream 1" / "Nord Stream 2", "Chandrayaan-3" /
 * "Chandrayaan-2": `renumbered`) is medium; "I-95" / "Interstate 95" is one name.
 * One office given two full names in sentences of different shapes ("Justice Helen Okafor wrote the
 * majority opinion" / "Justice Raymond Castillo, who wrote for the majority") is medium (`holderSwaps`).
 */
export const NAMES_RULE = {
  type: "entity",
  detects: "one name put in place of another",
  thresholds: {
    maxChangedWords: 2,
    /** Words of a change made of names only ("Kevin De Bruyne" for "Romelu Lukaku"), at most. */
    maxNameWords: 4,
    /** Words of a body's name with its "of" or "for" ("the New England Journal of Medicine"), at most. */
    maxInstitutionWords: 6,
    /** Names this alike in their letters (Dice of letter pairs) may be one confused for the other ("Norwalk" / "Norfolk"). */
    confusableFrom: 0.4,
    /** Sentences this alike in their other words (Dice) say one thing, with one name swapped ("A.J. Smith" / "A.J. Butler"). */
    sameSentenceFrom: 0.8,
  },
  severity: { substituted: "medium", looselyPaired: "low", familyMembers: "low" },
} as const satisfies RuleDescriptor;

/** One given name is the other's opening letters, two at least: "Mo" / "Mohamed", "Alex" / "Alexander". */
function shortForm(x: Token | undefined, y: Token | undefined): boolean {
  if (!x || !y) return false;
  const [p, r] = x.lower.length <= y.lower.length ? [x.lower, y.lower] : [y.lower, x.lower];
  return p.length >= 2 && p !== r && r.startsWith(p);
}

/** The two names stand before one word, a capitalised one: the surname both give. */
function sameNext(a: Side, x: Token | undefined, b: Side, y: Token | undefined): boolean {
  const next = (side: Side, t: Token | undefined) => (t ? side.features.tokens[side.features.tokens.indexOf(t) + 1] : undefined);
  const [nx, ny] = [next(a, x), next(b, y)];
  return nx !== undefined && ny !== undefined && nx.pos === "PROPN" && nx.lower === ny.lower;
}

/** Lower-case words inside a person's name: "Virgil van Dijk", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "al", "ibn", "dos", "das"]);

const TEMPERATURE_SCALES = new Set(["celsius", "fahrenheit", "centigrade", "kelvin"]);

/** The alias groups a sentence's names belong to, by single words and by runs of two to four ("United States"). */
const aliasGroups = (tokens: readonly Token[]): Set<string> => aliasGroupsOf(tokens.map((t) => t.text));

/** A sentence's alias groups and initialisms, read once a sentence: it meets every candidate partner's. */
const namesBySentence = new WeakMap<readonly Token[], { groups: Set<string>; initials: Set<string> }>();

function sentenceNames(side: Side): { groups: Set<string>; initials: Set<string> } {
  const tokens = side.features.tokens;
  let out = namesBySentence.get(tokens);
  if (!out) {
    out = { groups: aliasGroups(tokens), initials: initialisms(tokens) };
    namesBySentence.set(tokens, out);
  }
  return out;
}

/** Initials of runs of capitalised words ("Prime Minister" -> "pm", "New York Stock Exchange" -> "nyse"), with and without "of"/"and"/"the". */
function initialisms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    // One word's own capitals: "InterActiveCorp" -> "iac".
    const capitals = t.text.replace(/[^\p{Lu}]/gu, "");
    if (capitals.length >= 2 && capitals.length < t.text.length) out.add(capitals.toLowerCase());
  }
  for (let i = 0; i < tokens.length; i += 1) {
    let full = "";
    let content = "";
    for (let j = i; j < tokens.length && j < i + 6; j += 1) {
      const t = tokens[j];
      if (!t) break;
      const minor = /^(of|and|the|for)$/.test(t.lower);
      if (!minor && !/^\p{Lu}/u.test(t.text)) break;
      full += t.lower[0] ?? "";
      if (!minor) content += t.lower[0] ?? "";
      if (content.length >= 2) {
        out.add(full);
        out.add(content);
      }
    }
  }
  return out;
}

/** One name put where the other sentence has another ("Tokyo" for "Seoul"), not one name written two ways. */
/** Roads, exits and flights named by their number ("Interstate 95", "I-95", "Route 30", "Exit 42", "Flight 370"), by kind. */
const NUMBERED = /\b(?:(Interstate|I)\s?-?\s?|(Route|Highway|Hwy\.?|State Road|SR)\s?-?\s?|(Exit)\s|(Flight)\s)(\d{1,4}[A-Z]?)\b/g;

/** Numbered names by kind ("interstate", "route", "exit", "flight"). */
type NumberedNames = Map<string, Array<{ number: string; start: number; end: number }>>;

/** Words before a figure that make it a rank on a scale (`numbers` compares those) or a rank in a list ("No. 2"), not a name's number: "Category 4". */
const RANK_WORDS = /^(?:category|level|magnitude|phase|stage|grade|tier|force|no|number)\.?$/i;
/** Capitalised words at most before a number that name what it numbers ("Nord Stream 1", "Vogtle Unit 4"). */
const NAME_WORDS = 3;

/** The numbered names of a sentence outside quotations, as kind -> numbers. */
function numberedNames(side: Side): NumberedNames {
  const out: NumberedNames = new Map();
  const text = side.features.text;
  const add = (kind: string, number: string, start: number, end: number) => out.set(kind, [...(out.get(kind) ?? []), { number: number.toUpperCase(), start, end }]);
  const taken: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    taken.push({ start, end });
    if (insideQuotation(side.features, { start, end })) continue;
    add(m[1] ? "interstate" : m[2] ? "route" : m[3] ? "exit" : "flight", m[5] ?? "", start, end);
  }
  // Any other name with its number: "Nord Stream 1", "Vogtle Unit 4", "Chandrayaan-3", "Falcon 9";
  // not a date ("May 5"), a year, a rank on a scale ("Category 4"), nor a figure `numbers` compares ("Windows 11").
  const tokens = side.features.tokens;
  tokens.forEach((t, i) => {
    // (One word with its number: "Chandrayaan-3", "F-35".)
    const joined = /^(\p{Lu}\p{L}*)-(\d{1,3}[A-Z]?)$/u.exec(t.text);
    if (joined && !taken.some((r) => r.start <= t.start && t.end <= r.end) && !insideQuotation(side.features, t)) {
      add(`name:${(joined[1] ?? "").toLowerCase()}`, joined[2] ?? "", t.start, t.end);
      return;
    }
    if (!/^\d{1,3}[A-Z]?$/.test(t.text) || taken.some((r) => r.start <= t.start && t.end <= r.end)) return;
    if (side.features.numbers.some((n) => n.start <= t.start && t.end <= n.end)) return;
    // A count of what follows it is no name's number: "hit Kherson 2 hours after", "Gaza 40 times", "Florida 2 weeks ago".
    const counted = tokens[i + 1];
    if (counted && counted.pos === "NOUN" && /^\p{Ll}/u.test(counted.text) && (counted.lower !== counted.lemma || MEASURE_UNITS.has(counted.lemma) || counted.lemma === "time")) return;
    const glued = tokens[i - 1]?.text === "-" && tokens[i - 1]?.end === t.start;
    let k = glued ? i - 2 : i - 1;
    const last = tokens[k];
    if (!last || (glued ? last.end !== tokens[i - 1]?.start : last.end + 1 !== t.start)) return;
    const words: Token[] = [];
    while (k >= 0 && words.length < NAME_WORDS) {
      const w = tokens[k] as Token;
      if (!/^\p{Lu}\p{L}*$/u.test(w.text) || !(w.pos === "PROPN" || w.pos === "NOUN") || CALENDAR_WORD.test(w.text) || RANK_WORDS.test(w.text)) break;
      words.unshift(w);
      k -= 1;
      if ((tokens[k]?.end ?? -2) + 1 !== w.start) break;
    }
    if (words.length === 0 || words[words.length - 1] !== last) return;
    const start = (words[0] as Token).start;
    if (insideQuotation(side.features, { start, end: t.end })) return;
    add(`name:${words.map((w) => w.lower).join(" ")}`, t.text, start, t.end);
  });
  return out;
}

/**
 * One road, exit or flight numbered two ways ("Interstate 95" / "I-85", "Route 30" / "Route 13"):
 * a kind both sides number with no number in common.
 */
function renumbered(a: Side, b: Side, na: NumberedNames, nb: NumberedNames): Finding[] {
  const out: Finding[] = [];
  for (const [kind, xs] of na) {
    const ys = nb.get(kind);
    if (!ys || xs.some((x) => ys.some((y) => y.number === x.number))) continue;
    out.push({
      type: NAMES_RULE.type,
      severity: NAMES_RULE.severity.substituted,
      spans: [...xs.map((x) => span(0, x)), ...ys.map((y) => span(1, y))],
      explanation: `${a.label} names ${xs.map((x) => q(textOf(a, x))).join(", ")} where ${b.label} names ${ys.map((y) => q(textOf(b, y))).join(", ")}.`,
    });
  }
  return out;
}

/**
 * The word lies in a numbered name the other side also gives ("I-95" / "Interstate 95"): one name
 * written two ways; or in a name the other side numbers too ("F-35" / "F-16"): `renumbered` reports it.
 */
function sameNumbered(own: NumberedNames, theirs: NumberedNames, t: Token): boolean {
  for (const [kind, xs] of own) {
    for (const x of xs) if (x.start <= t.start && t.end <= x.end && (theirs.get(kind)?.some((y) => y.number === x.number) || (kind.startsWith("name:") && theirs.has(kind)))) return true;
  }
  return false;
}

/** Time zones by their letters: "EDT", "PST", "GMT". */
const ZONE_LETTERS = new RegExp(`^${TIME_ZONE_LETTERS}$`);

/** A word of a time zone after a clock time ("6 p.m. EDT", "3 p.m. Arizona time"), in the side that says it. */
function zoneWord(side: Side, t: Token): boolean {
  const tokens = side.features.tokens;
  const i = tokens.findIndex((o) => o.start === t.start && o.text === t.text);
  if (i < 0) return false;
  const clock = (o: Token | undefined) => o !== undefined && /^(?:a\.m\.?|p\.m\.?|am|pm)$/i.test(o.text);
  return (ZONE_LETTERS.test(t.text) && clock(tokens[i - 1])) || (clock(tokens[i - 1]) && tokens[i + 1]?.lower === "time");
}

/** Words that open a sentence describing its noun by level, not naming it: "Federal regulators", "State lawmakers". */
const LEVELS = new Set(["federal", "state", "local", "national", "regional", "county", "city", "municipal", "provincial", "government", "public", "private", "top", "senior", "several", "many", "some", "other"]);


/**
 * A sentence's first word the tagger read as a name, that is a common word there: one that
 * describes the noun after it ("Federal regulators", "State lawmakers") or a plural of people
 * ("Lawmakers adjourned"). Not "Turkey said", nor a surname in the plural of a thing ("Sanders said").
 */
function commonOpener(side: Side, t: Token): boolean {
  const tokens = side.features.tokens;
  const i = tokens.indexOf(t);
  const before = tokens[i - 1];
  if (i > 0 && !(before && /^["“‘']$/.test(before.text) && i === 1)) return false;
  const next = tokens[i + 1];
  // (Only a level of government or of rank: "Chinese officials", "Delta pilots" name who.)
  if (next && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text) && LEVELS.has(t.lower)) return true;
  const singular = t.lower.endsWith("ies") ? `${t.lower.slice(0, -3)}y` : t.lower.endsWith("s") ? t.lower.slice(0, -1) : null;
  return singular !== null && kindOf(singular, "person", PERSON_DEPTH);
}

export function names(a: Side, b: Side, context: RuleContext): Finding[] {
  const numbered = [numberedNames(a), numberedNames(b)] as const;
  const out: Finding[] = renumbered(a, b, ...numbered);
  const groups = [sentenceNames(a).groups, sentenceNames(b).groups] as const;
  const initials = [sentenceNames(a).initials, sentenceNames(b).initials] as const;
  for (const h of context.hunks) {
    // A substitution of one name for another: a tight hunk, names the other sentence never uses.
    // (A change of names alone may be longer: "Kevin De Bruyne", "Virgil van Dijk", "Mary Ann Ruiz".)
    // (An article before a name follows its sound, "an Oakland-based" / "a San Jose-based": not a changed word.)
    const bare = (ts: readonly Token[]) => ts.filter((t, i) => !(i === 0 && /^(?:a|an)$/.test(t.lower)));
    // (A body's name may hold "of" or "for" between its capitalised words: "the New England Journal of Medicine"; not "and", two names.)
    const connector = (t: Token) => /^(?:of|for)$/.test(t.lower);
    const institution = (ts: readonly Token[]) =>
      ts.length <= NAMES_RULE.thresholds.maxInstitutionWords &&
      ts.some(connector) &&
      ts.every((t, i) => t.pos === "PROPN" || (i > 0 && i < ts.length - 1 && connector(t) && ts[i - 1]?.pos === "PROPN" && ts[i + 1]?.pos === "PROPN"));
    const tight = (ts: readonly Token[]) => ts.length <= NAMES_RULE.thresholds.maxChangedWords || (ts.length <= NAMES_RULE.thresholds.maxNameWords && ts.every((t) => t.pos === "PROPN" || NAME_PARTICLES.has(t.lower))) || institution(ts);
    if (!tight(bare(h.a)) || !tight(bare(h.b))) continue;
    const known = (side: Side, index: 0 | 1, t: Token) =>
      CALENDAR_WORD.test(t.text) ||
      // A time zone ("EDT", "Arizona time") tells a time, not who or where: the dates rule reads it.
      zoneWord(side === a ? b : a, t) ||
      HONORIFICS.has(bareName(t.text)) ||
      side.features.names.has(t.lemma) ||
      side.features.tokens.some((o) => (o.pos === "PROPN" || o.pos === "ADJ") && (bareName(o.text) === bareName(t.text) || nameVariant(o.text, t.text))) ||
      [...side.features.content.keys()].some((k) => k.length >= 5 && t.lemma.slice(0, 5) === k.slice(0, 5)) ||
      // "PM" where the other says "Prime Minister"; "U.S." where it says "American".
      (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(t.text) && initials[index].has(bareName(t.text))) ||
      [...aliasGroups([t])].some((g) => groups[index].has(g));
    // A name inside a quotation is the speaker's wording ("Momma" / "Mama"): the quote rule's to compare.
    // A party tag ("(R-Ohio)", "R-Texas") names a state beside a name, not a substitute for anything.
    const partyTag = (side: Side, t: Token) => {
      const tokens = side.features.tokens;
      const i = tokens.indexOf(t);
      return tokens[i - 1]?.text === "-" && /^[RDI]$/.test(tokens[i - 2]?.text ?? "");
    };
    // A temperature's scale ("Celsius" / "Fahrenheit") is a unit, which the numbers rule converts.
    const name = (t: Token) => t.pos === "PROPN" && !isRole(t.lower) && !GENERIC_AGENTS.has(t.lower) && !TEMPERATURE_SCALES.has(t.lower);
    const pa = h.a.filter((t) => name(t) && !insideQuotation(a.features, t) && !partyTag(a, t) && !known(b, 1, t) && !sameNumbered(numbered[0], numbered[1], t) && !commonOpener(a, t));
    const pb = h.b.filter((t) => name(t) && !insideQuotation(b.features, t) && !partyTag(b, t) && !known(a, 0, t) && !sameNumbered(numbered[1], numbered[0], t) && !commonOpener(b, t));
    if (pa.length === 0 || pb.length === 0) continue;
    // One body by two names of several words each ("Scotland Yard" / "Metropolitan Police"): an alias.
    const [ga, gb] = [aliasGroups(h.a), aliasGroups(h.b)];
    if ([...ga].some((g) => gb.has(g))) continue;
    // A middle name and its initial ("Donald John Trump" / "Donald J. Trump"): one name written two ways.
    const initialOf = (x: Token | undefined, y: Token | undefined) => x !== undefined && y !== undefined && /^\p{Lu}\.?$/u.test(x.text) && y.text.startsWith(x.text.charAt(0)) && y.text.length > 1;
    if (pa.length === 1 && pb.length === 1 && (initialOf(pa[0], pb[0]) || initialOf(pb[0], pa[0]))) continue;
    // A given name and its short form before the same surname ("Mohamed Salah" / "Mo Salah", "Chris" /
    // "Christopher"): one person, named as outlets like.
    if (pa.length === 1 && pb.length === 1 && shortForm(pa[0], pb[0]) && sameNext(a, pa[0], b, pb[0])) continue;
    // An owner on one side only ("NASA's Webb telescope" / "the James Webb Space Telescope"): a word
    // added about the name, not another name put in its place.
    if (possessive(a, pa) !== possessive(b, pb)) continue;
    // Shown whole: "Athletics Integrity Unit" where the other names "Athletics Kenya", not "Integrity Unit" and "Kenya".
    const sa = wholeName(a.features.tokens, pa);
    const sb = wholeName(b.features.tokens, pb);
    out.push({
      type: NAMES_RULE.type,
      severity: familyMembers(a, b, pa, pb)
        ? NAMES_RULE.severity.familyMembers
        : placeWithin(a, pa, b, pb)
          ? NAMES_RULE.severity.looselyPaired
          : letterDice(textOf(a, changedSpan(pa)), textOf(b, changedSpan(pb))) >= NAMES_RULE.thresholds.confusableFrom || wordDice(a, b, [...pa, ...pb]) >= NAMES_RULE.thresholds.sameSentenceFrom
          ? NAMES_RULE.severity.substituted
          : NAMES_RULE.severity.looselyPaired,
      spans: [span(0, sa), span(1, sb)],
      explanation: `${a.label} names ${q(textOf(a, sa))} where ${b.label} names ${q(textOf(b, sb))}.`,
    });
  }
  return out.length > 0 ? out : holderSwaps(a, b);
}

/** How wide a place a name is: a country 3, a state, province or region 2, a city 1, else 0 (WordNet's kinds, or "the Donetsk region"). */
function placeLevel(side: Side, changed: readonly Token[]): number {
  const last = changed[changed.length - 1];
  if (!last) return 0;
  const after = side.features.tokens[side.features.tokens.indexOf(last) + 1];
  if (after && REGION_WORDS.has(after.lower)) return 2;
  if (changed.length !== 1) return 0;
  const lemma = last.lower;
  if (kindOf(lemma, "country", PLACE_DEPTH)) return 3;
  if (kindOf(lemma, "state", PLACE_DEPTH) || kindOf(lemma, "region", PLACE_DEPTH)) return 2;
  return kindOf(lemma, "city", PLACE_DEPTH) ? 1 : 0;
}
/** Nouns after a name that make it a region: "the Donetsk region", "Helmand province". */
const REGION_WORDS = new Set(["region", "province", "oblast", "state", "county", "district", "governorate", "prefecture"]);
/** How far up WordNet's kinds a place's instance may be of a country, a state or a city. */
const PLACE_DEPTH = 8;
/** Words before a name that make it a place: "derailed in Ohio", "hit southern Lebanon", "flew to France". */
const PLACE_BEFORE = new Set(["in", "at", "near", "across", "from", "to", "into", "outside", "inside", "over", "around", "through", "toward", "towards", "hit", "struck", "strikes", "entered"]);
/** Words that may stand between such a word and the place: "in the Donbas", "hit southern Lebanon". */
const PLACE_BETWEEN = new Set(["the", "southern", "northern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern"]);

/** The changed words are a place's name where they stand: after "in", "at", "hit" or the like. */
function asPlace(side: Side, changed: readonly Token[]): boolean {
  const tokens = side.features.tokens;
  let k = tokens.indexOf(changed[0] as Token) - 1;
  while (k >= 0 && PLACE_BETWEEN.has(tokens[k]?.lower ?? "")) k -= 1;
  return PLACE_BEFORE.has(tokens[k]?.lower ?? "");
}

/**
 * A country, state or region on one side and a smaller place on the other that may lie in it
 * ("derailed in Ohio" / "in East Palestine", "hit southern Lebanon" / "hit Nabatieh"): a detail told
 * at two scales. Where WordNet knows the smaller place it must hold it in the larger ("Houston" in
 * "Texas", "Bavaria" in "Germany", not "Alaska" in "Russia"); one it does not know may be in it. Both
 * must stand as places ("Jordan Pickford" is no country), and two of one scale ("Tokyo" / "Seoul") are a swap.
 */
function placeWithin(a: Side, pa: readonly Token[], b: Side, pb: readonly Token[]): boolean {
  if (!asPlace(a, pa) || !asPlace(b, pb)) return false;
  const [la, lb] = [placeLevel(a, pa), placeLevel(b, pb)];
  const [wide, narrow] = la >= lb ? [pa, pb] : [pb, pa];
  if (Math.max(la, lb) < 2 || la === lb) return false;
  const [w, n] = [wide.map((t) => t.lower).join(" "), narrow.map((t) => t.lower).join(" ")];
  // (A capital told for its country: "Kyiv" is Ukraine's, not in "Russia".)
  const [gw, gn] = [aliasOf(w), aliasOf(n)];
  if (gw !== undefined && gn !== undefined) return gw === gn;
  return narrow.length > 1 || senses(n).length === 0 || partOf(n, w);
}

/** The changed words themselves: how alike they look is how confusable the two names are. */
function changedSpan(changed: readonly Token[]): { start: number; end: number } {
  return { start: changed[0]?.start ?? 0, end: changed[changed.length - 1]?.end ?? 0 };
}

/** The changed words of a name with the capitalised words of the name around them, one space apart (not a title: "Sen."). */
function wholeName(tokens: readonly Token[], changed: readonly Token[]): { start: number; end: number } {
  let first = tokens.indexOf(changed[0] as Token);
  let last = tokens.indexOf(changed[changed.length - 1] as Token);
  if (first < 0 || last < 0) return { start: changed[0]?.start ?? 0, end: changed[changed.length - 1]?.end ?? 0 };
  const partOfName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(t.text) && !isRole(t.lower) && !HONORIFICS.has(bareName(t.text));
  while (partOfName(tokens[first - 1]) && (tokens[first - 1] as Token).end + 1 === tokens[first]?.start) first -= 1;
  while (partOfName(tokens[last + 1]) && (tokens[last] as Token).end + 1 === tokens[last + 1]?.start) last += 1;
  return { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
}

/** Words outside the names that two sentences share (Dice), at least, for one office's two holders to be one claim's. */
const SAME_CLAIM_WORDS = 0.5;

/**
 * One office given two holders in two sentences told in different shapes ("Justice Helen Okafor
 * wrote the majority opinion, which found ..." / "Justice Raymond Castillo, who wrote for the
 * majority, found ..."), where a tight change of words (`names`) does not show the swap: the same
 * title before two full names that share no word, neither named on the other side, in sentences
 * that say the rest alike.
 */
function holderSwaps(a: Side, b: Side): Finding[] {
  const [ta, tb] = [a.features.tokens, b.features.tokens];
  const holders = (tokens: readonly Token[]) =>
    roleTokens([...tokens], [...tokens]).flatMap((role) => {
      const i = tokens.indexOf(role);
      const run: Token[] = [];
      for (let k = i + 1; k < tokens.length && (tokens[k]?.pos === "PROPN" && !isRole(tokens[k]?.lower ?? "")); k += 1) run.push(tokens[k] as Token);
      return run.length >= 2 ? [{ role: roleKey(role.lemma), run }] : [];
    });
  const mentions = (tokens: readonly Token[], run: readonly Token[]) => run.some((t) => tokens.some((o) => bareName(o.text) === bareName(t.text)));
  // (Or one given name and two surnames: "Judge Patricia Okafor" / "Judge Patricia Okonjo", neither surname on the other side.)
  const surname = (run: readonly Token[]) => run[run.length - 1] as Token;
  const oneGivenName = (p: readonly Token[], r: readonly Token[]) => bareName(p[0]?.text ?? "") === bareName(r[0]?.text ?? "") && !nameVariant(surname(p).text, surname(r).text) && !mentions(tb, [surname(p)]) && !mentions(ta, [surname(r)]);
  for (const x of holders(ta)) {
    for (const y of holders(tb)) {
      if (x.role !== y.role || ((mentions(tb, x.run) || mentions(ta, y.run)) && !oneGivenName(x.run, y.run))) continue;
      if (insideQuotation(a.features, x.run[0] as Token) || insideQuotation(b.features, y.run[0] as Token)) continue;
      if (wordDice(a, b, [...x.run, ...y.run]) < SAME_CLAIM_WORDS) continue;
      const [sa, sb] = [{ start: x.run[0]?.start ?? 0, end: x.run[x.run.length - 1]?.end ?? 0 }, { start: y.run[0]?.start ?? 0, end: y.run[y.run.length - 1]?.end ?? 0 }];
      return [
        {
          type: NAMES_RULE.type,
          severity: NAMES_RULE.severity.substituted,
          spans: [span(0, sa), span(1, sb)],
          explanation: `${a.label} names ${q(textOf(a, sa))} where ${b.label} names ${q(textOf(b, sb))}.`,
        },
      ];
    }
  }
  return [];
}

/** The changed name is an owner: "'s" or "'" follows it ("NASA's"). */
function possessive(side: Side, ts: readonly Token[]): boolean {
  const last = ts[ts.length - 1];
  const next = last ? side.features.tokens[side.features.tokens.indexOf(last) + 1] : undefined;
  return next !== undefined && /^['’]s?$/.test(next.text);
}

/** The surname right after a substituted given name, when both sides have the same one. */
function sharedSurname(a: Side, b: Side, pa: readonly Token[], pb: readonly Token[]): string | null {
  const after = (side: Side, ts: readonly Token[]) => {
    const last = ts[ts.length - 1];
    const next = last ? side.features.tokens[side.features.tokens.indexOf(last) + 1] : undefined;
    return next?.pos === "PROPN" ? bareName(next.text) : null;
  };
  const [sa, sb] = [after(a, pa), after(b, pb)];
  return sa !== null && sa === sb ? sa : null;
}

/** The two given names belong to two members of one family: a sentence names several people of that surname. */
function familyMembers(a: Side, b: Side, pa: readonly Token[], pb: readonly Token[]): boolean {
  const surname = sharedSurname(a, b, pa, pb);
  if (!surname) return false;
  const givenNames = (side: Side) => {
    const tokens = side.features.tokens;
    return new Set(tokens.flatMap((t, i) => (i > 0 && bareName(t.text) === surname && tokens[i - 1]?.pos === "PROPN" ? [bareName(tokens[i - 1]?.text ?? "")] : [])));
  };
  return givenNames(a).size >= 2 || givenNames(b).size >= 2;
}

function dice<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const v of x) if (y.has(v)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Dice of the two names' letter pairs: "Norwalk" / "Norfolk" 0.5, "Oscar" / "Academy Award" 0. */
function letterDice(x: string, y: string): number {
  const pairs = (s: string) => {
    const letters = s.toLowerCase().replace(/[^\p{L}]/gu, "");
    return new Set(Array.from({ length: Math.max(0, letters.length - 1) }, (_, i) => letters.slice(i, i + 2)));
  };
  return dice(pairs(x), pairs(y));
}

/** Dice of the two sentences' words around the swapped names. */
function wordDice(a: Side, b: Side, swapped: readonly Token[]): number {
  const wordsOf = (side: Side) => new Set(side.features.tokens.filter((t) => !swapped.includes(t) && /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.lower));
  return dice(wordsOf(a), wordsOf(b));
}
