import { insideQuotation } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import type { Token } from "../nlp";
import { similarity } from "../similarity";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * One thing named for another of its kind, the rest of the claim told alike: "a 6-year-old boy" /
 * "a 6-year-old girl", "shot with a rifle" / "shot with a pistol", "convicted of murder" / "convicted
 * of manslaughter", "a hamstring injury" / "a calf injury", "fled in a car" / "fled in a truck". The
 * change is one common noun on each side (a name is `names`'), both of one closed kind (`KINDS`,
 * hand-made: WordNet's kinds of crime, room and disease hold synonyms and figures of speech): the sex
 * of a person, an adult or a child, a weapon, a charge, a penalty, a part of the body, a vehicle, a room of a home, an illness. Not
 * one of them holding the other ("a gun" / "a rifle", "the leg" / "the thigh", "theft" / "robbery"),
 * nor quoted words (`quotes`'), nor the same things named in another order ("a man and a woman" / "a
 * woman and a man"), nor an illness as a figure of speech ("a cancer in the city"). The other of the
 * two may stand elsewhere in the sentence ("a man and a woman were shot; the man died" / "... the
 * woman died"): which of them is still told two ways. Medium: worth a look, one outlet may be wrong.
 */
export const KINDS_RULE = {
  type: "other",
  detects: "one thing named for another of its kind (a boy for a girl, a rifle for a pistol, murder for manslaughter)",
  thresholds: {
    /** Sentences this alike (similarity) tell one claim, whose one changed noun is worth a look. */
    sameClaim: 0.5,
  },
  severity: { otherOfKind: "medium" },
} as const satisfies RuleDescriptor;

/** Words for people by their sex: a word of one list against one of the other is another person. */
const MALE = new Set(["boy", "man", "son", "father", "husband", "brother", "grandson", "grandfather", "nephew", "uncle", "male", "boyfriend", "stepfather", "stepson", "gentleman"]);
const FEMALE = new Set(["girl", "woman", "daughter", "mother", "wife", "sister", "granddaughter", "grandmother", "niece", "aunt", "female", "girlfriend", "stepmother", "stepdaughter", "lady"]);

/**
 * Closed kinds, each word with the words of its kind it holds ("the leg" holds "the thigh", theft
 * holds robbery, an aircraft holds a helicopter): two words of one kind neither holding the other,
 * nor one thing in two words (`ONE_THING`), are two things.
 */
const KINDS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(
  (
    [
      [
        "body",
        {
          head: ["face", "eye", "jaw", "skull", "forehead", "temple", "cheek", "mouth", "nose", "ear"],
          face: ["eye", "jaw", "forehead", "cheek", "mouth", "nose"],
          neck: [],
          chest: ["rib", "ribs"],
          torso: ["chest", "back", "abdomen", "stomach", "rib", "ribs", "shoulder", "hip", "groin", "buttock"],
          abdomen: ["stomach"],
          arm: ["shoulder", "elbow", "forearm", "wrist", "bicep", "biceps", "hand", "finger", "thumb"],
          leg: ["thigh", "knee", "calf", "shin", "hamstring", "ankle", "foot", "toe", "hip", "groin"],
          thigh: ["hamstring", "groin"],
          hand: ["finger", "thumb", "wrist"],
          foot: ["toe", "ankle", "heel"],
        },
      ],
      // An adult against a child of any age; a child holds the ages of childhood.
      ["age", { adult: [], child: ["infant", "baby", "toddler", "teenager", "adolescent", "teen", "minor", "kid"] }],
      // Firearms and blades ("a gun" and "a weapon" hold them all, and are of no kind here).
      ["weapon", { rifle: [], pistol: ["revolver"], handgun: ["revolver", "pistol"], revolver: [], shotgun: [], knife: ["machete", "blade"], machete: [] }],
      // Charges that are different crimes: theft holds robbery and burglary, assault holds rape; a
      // felony or a misdemeanour is a grade, which names none of its crimes.
      [
        "charge",
        {
          murder: [], manslaughter: [], assault: ["rape"], rape: [], robbery: ["mugging"], burglary: [], theft: ["robbery", "burglary", "mugging", "shoplifting"], arson: [],
          fraud: ["embezzlement"], kidnapping: [], blackmail: [], bribery: [],
          felony: ["murder", "manslaughter", "rape", "robbery", "burglary", "theft", "arson", "fraud", "kidnapping", "assault", "bribery", "blackmail"],
          misdemeanor: ["assault", "theft", "shoplifting"],
        },
      ],
      // Penalties a court sentences to: a term in prison, probation, a fine.
      ["penalty", { prison: [], probation: [], fine: [] }],
      // Road vehicles and aircraft of clearly different kinds (a railcar is a "car"; "a vehicle" is of no kind here).
      ["vehicle", { car: [], truck: [], bus: [], motorcycle: [], bicycle: [], aircraft: ["plane", "helicopter"], plane: [], helicopter: [] }],
      // Rooms of a home.
      ["room", { kitchen: [], bedroom: [], bathroom: [], basement: [], attic: [], garage: [], hallway: [] }],
      // Illnesses, told as an illness ("died of", "diagnosed with", "an outbreak of"), not as a figure of speech ("a cancer in the city").
      ["illness", { flu: [], pneumonia: [], measles: [], mumps: [], cholera: [], typhoid: [], malaria: [], dengue: [], tuberculosis: [], covid: [], leukemia: [], lymphoma: [], meningitis: [], sepsis: [] }],
    ] as const
  ).map(([kind, words]) => [kind, new Map(Object.entries(words))] as const),
);

/** One thing in two words (or two spellings): never two things of a kind. */
const ONE_THING: readonly (readonly string[])[] = [
  ["infant", "baby", "toddler"], ["teenager", "adolescent", "teen"], ["child", "kid", "minor"], ["pistol", "handgun"], ["knife", "blade"],
  ["truck", "van", "lorry", "pickup"], ["motorcycle", "motorbike", "bike"], ["bicycle", "bike"], ["plane", "jet", "airplane", "aeroplane", "airliner"],
  ["basement", "cellar"], ["attic", "loft"], ["flu", "influenza"], ["covid", "coronavirus"], ["leukemia", "leukaemia"], ["misdemeanor", "misdemeanour"],
  ["kidnapping", "abduction"], ["blackmail", "extortion"], ["prison", "jail"],
];
/** The word standing for each word of `ONE_THING`. */
const ONE_WORD: ReadonlyMap<string, string> = new Map(ONE_THING.flatMap((group) => group.map((w) => [w, group[0] as string] as const)));

/** Words that tell an illness as one: "died of", "diagnosed with", "an outbreak of", "cases of". */
const ILLNESS_CONTEXT = /\b(?:died|dies|dying|death|ill|sick|diagnosed|outbreak|cases?|infect\w*|vaccin\w*|suffer\w*|treated|patients?|hospitali[sz]ed|symptoms?|contracted|strain)\b/i;
/** The closed kind a noun lemma belongs to, if any. */
function kindOf(lemma: string): string | undefined {
  if (MALE.has(lemma) || FEMALE.has(lemma)) return "person";
  const word = ONE_WORD.get(lemma) ?? lemma;
  return [...KINDS.entries()].find(([, words]) => words.has(word) || [...words.values()].some((held) => held.includes(word)))?.[0];
}

/** Two words of one kind that name two things of it: opposite sexes, or two words of a kind neither holding the other nor one thing. */
function twoOfAKind(x: string, y: string): string | undefined {
  const kind = kindOf(x);
  if (kind === undefined || kind !== kindOf(y) || x === y) return undefined;
  if (kind === "person") return (MALE.has(x) && FEMALE.has(y)) || (FEMALE.has(x) && MALE.has(y)) ? kind : undefined;
  const [wx, wy] = [ONE_WORD.get(x) ?? x, ONE_WORD.get(y) ?? y];
  const words = KINDS.get(kind);
  return wx === wy || words?.get(wx)?.includes(wy) || words?.get(wy)?.includes(wx) ? undefined : kind;
}

/** What a side names of the closed kinds, each person by their sex: "a man and a woman" and "a woman and a man" name the same. */
function namedKinds(side: Side): string[] {
  return side.features.tokens
    .filter((t) => t.pos === "NOUN" && kindOf(t.lemma) !== undefined)
    .map((t) => (MALE.has(t.lemma) ? "male" : FEMALE.has(t.lemma) ? "female" : t.lemma))
    .sort();
}

/** An illness told as one ("died of flu"), not as a figure of speech ("spread like flu", "a cancer in the city"). */
function toldAsItsKind(side: Side, kind: string): boolean {
  return kind !== "illness" || ILLNESS_CONTEXT.test(side.features.text);
}

/** The one common noun among a hunk's content words, if it is the only content word. */
function soleNoun(tokens: readonly Token[]): Token | undefined {
  const content = tokens.filter((t) => ["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"].includes(t.pos));
  const [only, more] = content;
  return only !== undefined && more === undefined && only.pos === "NOUN" ? only : undefined;
}

export function kinds(a: Side, b: Side, context: RuleContext): Finding[] {
  if (similarity(a.features, b.features) < KINDS_RULE.thresholds.sameClaim) return [];
  const out: Finding[] = [];
  const has = (side: Side, lemma: string) => side.features.tokens.some((t) => t.lemma === lemma);
  // (The same things named in another order, or from the other side, "a man and a woman" / "a woman
  // and a man", "a woman and her son" / "a boy and his mother": nothing told two ways.)
  if (namedKinds(a).join(" ") === namedKinds(b).join(" ")) return [];
  for (const h of context.hunks) {
    const [x, y] = [soleNoun(h.a), soleNoun(h.b)];
    if (!x || !y || insideQuotation(a.features, x) || insideQuotation(b.features, y)) continue;
    // (One side naming both, the other one of them: a person added, "the girl's father was arrested" /
    // "the girl's mother was questioned and her father arrested", not one told two ways.)
    if ((has(b, x.lemma) && !has(a, y.lemma)) || (has(a, y.lemma) && !has(b, x.lemma))) continue;
    const kind = twoOfAKind(x.lemma, y.lemma);
    if (!kind || !toldAsItsKind(a, kind) || !toldAsItsKind(b, kind)) continue;
    out.push({
      type: KINDS_RULE.type,
      severity: KINDS_RULE.severity.otherOfKind,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} says ${q(x.text)}; ${b.label} says ${q(y.text)}.`,
    });
  }
  return out;
}
