import { q, span, textOf, type Finding, type Side } from "../finding";
import { withheldAndGiven, type Withheld } from "../withheld";
import { NEWS_EQUIVALENTS, newsEquivalent } from "../vocabulary";
import { OTHER_CASE } from "./context";
import type { RuleDescriptor } from "./rule";

/**
 * Withheld: one outlet says a fact is not known or not released, the other states it ("His name has
 * not been released." / "The parents of Ana Ruiz, 4, rushed her to the hospital"). A contradiction
 * as published, of `negation`'s type; medium, since the other outlet may simply have it later (what
 * is withheld and given is read by `withheld`); low when the name withheld and the name given are
 * of two people (different ages, a man and a girl, "the name of the officer" / "identified the man
 * as"), several people's names are withheld and one person is named, or the arrest given is for
 * another offence than the one no one was arrested for ("in the shooting" / "for looting").
 */
export const WITHHELD_RULE = {
  type: "negation",
  detects: "a name, a suspect, a cause or whether it was an accident: one outlet says it is not known or not released and the other gives it",
  severity: { withheldAndGiven: "medium", twoPeople: "low" },
} as const satisfies RuleDescriptor;

/** Words that say which person a clause is about: ages, and man / woman / boy / girl. */
export interface Described {
  ages: Set<string>;
  sex: Set<"male" | "female">;
}
const SEX: Record<string, "male" | "female"> = { man: "male", boy: "male", son: "male", father: "male", husband: "male", woman: "female", girl: "female", daughter: "female", mother: "female", wife: "female" };

/** How the person just before a position is described, within the 10 words before it and from `clause` on (where its clause starts). */
export function describedBefore(side: Side, position: number, clause = 0): Described {
  const tokens = side.features.tokens.filter((t) => t.start >= clause && t.end <= position).slice(-10);
  const from = tokens[0]?.start ?? position;
  return {
    // An age that ends in the window ("a 46-year old man, who has not been identified": "46-year" is three tokens).
    ages: new Set(side.features.numbers.filter((n) => n.unit === "age" && n.end > from && n.end <= position).map((n) => n.value)),
    sex: new Set(tokens.flatMap((t) => (SEX[t.lemma] ? [SEX[t.lemma] as "male" | "female"] : []))),
  };
}

/** Two descriptions that cannot be one person: different ages, or a man and a girl. */
export function differentPeople(x: Described, y: Described): boolean {
  const ages = x.ages.size > 0 && y.ages.size > 0 && ![...x.ages].some((a) => y.ages.has(a));
  const sex = x.sex.size === 1 && y.sex.size === 1 && [...x.sex][0] !== [...y.sex][0];
  return ages || sex;
}

/**
 * Whom a withheld name belongs to, when the sentence says ("the name of the officer who fired",
 * "the officer's name"), and whom a given name is said of ("identified the man as", "The officer who
 * fired was identified as"): a person noun, else undefined.
 */
function whoseName(side: Side, at: { start: number; end: number }, withheld: boolean): string | undefined {
  const tokens = side.features.tokens;
  const person = (t: { pos: string; lemma: string } | undefined) => t !== undefined && t.pos === "NOUN" && (PEOPLE.has(t.lemma) || NEWS_EQUIVALENTS.get(t.lemma) === "police" || NEWS_EQUIVALENTS.get(t.lemma) === "child");
  if (withheld) {
    // "the name of the officer", "the names of the two officers" after the span; "the officer's name" inside it.
    const after = tokens.filter((t) => t.start >= at.end).slice(0, 5);
    if (after[0]?.lower === "of") return after.slice(1).find(person)?.lemma;
    return tokens.filter((t) => t.start >= at.start && t.end <= at.end).find(person)?.lemma ?? tokens.filter((t) => t.end <= at.start).slice(-4).reverse().find(person)?.lemma;
  }
  // "identified the man as ...": inside the span; "The officer who fired was identified as ...": the subject before it.
  const inside = tokens.filter((t) => t.start >= at.start && t.end <= at.end).find(person);
  if (inside) return inside.lemma;
  const before = tokens.filter((t) => t.end <= at.start);
  const clause = before.slice(before.map((t) => /^[.;:]$/.test(t.text)).lastIndexOf(true) + 1);
  return clause.find(person)?.lemma;
}

/** Nouns for the people a story's names belong to, besides police (`NEWS_EQUIVALENTS`) and children. */
const PEOPLE = new Set(["man", "woman", "victim", "suspect", "driver", "passenger", "shooter", "gunman", "teen", "teenager", "student", "worker", "resident", "pilot", "soldier", "firefighter", "guard", "inmate", "patient"]);

/** The person a charge or an arrest is of: the noun after "against" in the withholding words' clause ("against the driver"), the subject or object of the given one ("The passenger was charged", "arrested the driver"). */
function chargedPerson(side: Side, at: { start: number; end: number }, withheld: boolean): string | undefined {
  const tokens = side.features.tokens;
  const person = (t: { pos: string; lemma: string } | undefined) => t !== undefined && t.pos === "NOUN" && PEOPLE.has(t.lemma);
  if (withheld) {
    const after = tokens.filter((t) => t.start >= at.end).slice(0, 4);
    return after[0]?.lower === "against" ? after.slice(1).find(person)?.lemma : undefined;
  }
  const before = tokens.filter((t) => t.end <= at.start).slice(-4).reverse();
  const after = tokens.filter((t) => t.start >= at.end).slice(0, 3);
  return before.find(person)?.lemma ?? after.find(person)?.lemma;
}

/** Words that name no offence: "no arrests in the case". */
const NO_OFFENCE = new Set(["case", "incident", "matter", "investigation", "death", "connection", "relation", "regard", "it", "this", "that"]);
const OFFENCE_LEAD = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "alleged", "allegedly", "suspected", "suspicion", "of", "charge", "charges", "connection", "with"]);

/**
 * The offence a clause ties an arrest or a charge to, by the word after "in" or "for" that follows it
 * ("no arrests in the shooting": shooting; "arrested two men for looting": looting; "on suspicion of
 * burglary": burglary), as a lemma; undefined when it names none, or only "the case".
 */
function offenceAfter(side: Side, at: { start: number; end: number }): string[] {
  const after = side.features.tokens.filter((t) => t.start >= at.end).slice(0, 8);
  const k = after.findIndex((t) => t.lower === "for" || t.lower === "in" || t.lower === "on");
  if (k < 0 || k > 3) return [];
  const rest = after.slice(k + 1);
  const first = rest.findIndex((t) => !OFFENCE_LEAD.has(t.lower));
  const word = rest[first];
  if (!word || !/^\p{Ll}/u.test(word.text) || (word.pos !== "NOUN" && word.pos !== "VERB") || NO_OFFENCE.has(word.lemma)) return [];
  // With the words of its phrase: "for setting the fire" is of fire too.
  return rest.slice(first, first + 4).filter((t) => (t.pos === "NOUN" || t.pos === "VERB") && /^\p{Ll}/u.test(t.text)).map((t) => t.lemma.replace(/ing$/, ""));
}

/** Offences that outlets name for one another: one attack on a person ("the shooting" / "murder", "the killing" / "homicide"), one fire ("the fire" / "arson"). */
const ONE_OFFENCE: readonly ReadonlySet<string>[] = [
  new Set(["kill", "murder", "homicide", "slay", "manslaughter", "shoot", "shot", "stab", "attack", "assault", "beat", "death"]),
  new Set(["fire", "arson", "blaze", "burn"]),
];

/** Two offences, no word of one a word for the other ("the shooting" / "looting"; not "shooting" / "gunfire", "killing" / "murder", "the fire" / "setting the fire"). */
function twoOffences(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  const one = (p: string, r: string) => p === r || newsEquivalent(p, r) || ONE_OFFENCE.some((g) => g.has(p) && g.has(r));
  return !x.some((p) => y.some((r) => one(p, r)));
}

/** Nouns for anyone: "the man" may be the victim or the suspect another outlet names. */
const GENERIC_PEOPLE = new Set(["man", "woman", "person", "teen", "teenager", "resident"]);

/** What the withholding outlet says, in the explanation's words. */
const SAYS: Record<Withheld, string> = {
  "identity:victim": "the name is not known or not released",
  "identity:suspect": "the suspect's name is not known or not released",
  suspect: "who did it is not known or not released",
  cause: "what led to it is not known or not released",
  manner: "it is not yet known whether it was an accident",
};

export function withheld(a: Side, b: Side): Finding[] {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const found = withheldAndGiven(x.features, y.features);
    if (!found) continue;
    // An arrest or a charge in another case ("arrested a man on unrelated warrants", "charged in 2019",
    // "in connection with an earlier robbery") says nothing of who did this.
    if (found.withheld.kind === "suspect" && OTHER_CASE.test(y.features.text) && !OTHER_CASE.test(x.features.text)) continue;
    const [wSide, gSide] = flip ? ([1, 0] as const) : ([0, 1] as const);
    // Two people ("a 46-year-old man, who has not been identified" / "the 11-year-old has been identified as Madelyn"): low.
    const identity = found.withheld.kind.startsWith("identity");
    // Several people's names withheld ("Their names were not released because they are juveniles")
    // against one person named: perhaps other people (the suspects, not the victim named): low too.
    const several = identity && /\b(?:names|identities)\b/i.test(textOf(x, found.withheld));
    // Whose names they are, by the nouns each side gives ("the name of the officer" / "identified the man as"): two people.
    const [wx, wy] = identity ? [whoseName(x, found.withheld, true), whoseName(y, found.given, false)] : [undefined, undefined];
    // "The man" may be the victim or the suspect, not (in a name's sentence) the officer who shot him.
    const police = (w: string) => NEWS_EQUIVALENTS.get(w) === "police";
    const generic = (w: string) => GENERIC_PEOPLE.has(w) || NEWS_EQUIVALENTS.get(w) === "child";
    const twoNouns = wx !== undefined && wy !== undefined && wx !== wy && !newsEquivalent(wx, wy) && (police(wx) !== police(wy) || (!generic(wx) && !generic(wy)));
    // Who was not charged and who was ("against the driver" / "The passenger was charged"): two people.
    const [sx, sy] = found.withheld.kind === "suspect" ? [chargedPerson(x, found.withheld, true), chargedPerson(y, found.given, false)] : [undefined, undefined];
    // Or for two offences ("no arrests in the shooting" / "arrested two men for looting"): two cases.
    const twoSuspects = (sx !== undefined && sy !== undefined && sx !== sy && !newsEquivalent(sx, sy)) || (found.withheld.kind === "suspect" && twoOffences(offenceAfter(x, found.withheld), offenceAfter(y, found.given)));
    const twoPeople = twoSuspects || (identity && (several || twoNouns || differentPeople(describedBefore(x, found.withheld.end), describedBefore(y, found.given.start))));
    return [
      {
        type: WITHHELD_RULE.type,
        // The fact it is about ties the two sentences, whatever else they say (`severity`).
        anchored: true,
        severity: twoPeople ? WITHHELD_RULE.severity.twoPeople : WITHHELD_RULE.severity.withheldAndGiven,
        spans: [span(wSide, found.withheld), span(gSide, found.given)].sort((m, n) => m.side - n.side),
        explanation: `${x.label} says ${SAYS[found.withheld.kind]} (${q(textOf(x, found.withheld))}); ${y.label} gives it: ${q(textOf(y, found.given))}.`,
      },
    ];
  }
  return [];
}
