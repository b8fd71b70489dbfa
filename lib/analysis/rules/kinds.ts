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
 * of a person, an adult or a child, a weapon, a charge, a part of the body, a vehicle, a room of a home, an illness. Not
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
 * holds robbery): two words of one kind neither holding the other are two things.
 */
const KINDS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map([
  [
    "body",
    new Map<string, readonly string[]>([
      ["head", ["face", "eye", "jaw", "skull", "forehead", "temple", "cheek", "mouth", "nose", "ear"]],
      ["face", ["eye", "jaw", "forehead", "cheek", "mouth", "nose"]],
      ["neck", []],
      ["chest", ["rib", "ribs"]],
      ["torso", ["chest", "back", "abdomen", "stomach", "rib", "ribs", "shoulder", "hip", "groin", "buttock"]],
      ["abdomen", ["stomach"]],
      ["arm", ["shoulder", "elbow", "forearm", "wrist", "bicep", "biceps", "hand", "finger", "thumb"]],
      ["leg", ["thigh", "knee", "calf", "shin", "hamstring", "ankle", "foot", "toe", "hip", "groin"]],
      ["thigh", ["hamstring", "groin"]],
      ["hand", ["finger", "thumb", "wrist"]],
      ["foot", ["toe", "ankle", "heel"]],
    ]),
  ],
  // Ages of people: an adult against a child of any age ("approved for adults" / "approved for children").
  ["age", new Map<string, readonly string[]>([["adult", []], ["child", ["infant", "baby", "toddler", "teenager", "adolescent", "minor", "kid"]]])],
  // Firearms and blades: "a gun" and "a weapon" hold them all, and are no kind of their own here.
  ["weapon", new Map<string, readonly string[]>([["rifle", []], ["pistol", ["handgun", "revolver"]], ["handgun", ["pistol", "revolver"]], ["revolver", []], ["shotgun", []], ["knife", ["machete", "blade"]], ["machete", []]])],
  // Charges that are different crimes: theft holds robbery and burglary, assault holds rape.
  [
    "charge",
    new Map<string, readonly string[]>([
      ["murder", []], ["manslaughter", []], ["assault", ["rape"]], ["rape", []], ["robbery", ["mugging"]], ["burglary", []], ["theft", ["robbery", "burglary", "mugging", "shoplifting"]],
      ["arson", []], ["fraud", ["embezzlement"]], ["kidnapping", ["abduction"]], ["blackmail", ["extortion"]], ["bribery", []], ["felony", []], ["misdemeanor", []], ["misdemeanour", []],
    ]),
  ],
  // Road vehicles of clearly different kinds ("van" and "truck" are one to many writers; a railcar is a "car").
  // ("An aircraft" holds every one of its kind; "a vehicle" is of no kind here, so names none other.)
  [
    "vehicle",
    new Map<string, readonly string[]>([
      ["car", []], ["truck", ["van", "lorry"]], ["van", ["truck", "lorry"]], ["lorry", ["truck", "van"]], ["bus", []], ["motorcycle", ["motorbike", "bike"]], ["motorbike", ["motorcycle", "bike"]], ["bicycle", ["bike"]], ["bike", ["bicycle", "motorcycle", "motorbike"]],
      ["aircraft", ["plane", "jet", "airplane", "aeroplane", "airliner", "helicopter"]], ["plane", ["jet", "airplane", "aeroplane", "airliner"]], ["jet", ["plane", "airplane", "airliner"]], ["helicopter", []],
    ]),
  ],
  // Rooms of a home.
  ["room", new Map<string, readonly string[]>([["kitchen", []], ["bedroom", []], ["bathroom", []], ["basement", ["cellar"]], ["cellar", ["basement"]], ["attic", ["loft"]], ["garage", []], ["hallway", []]])],
  // Illnesses, told as an illness ("died of", "diagnosed with", "an outbreak of"), not as a figure of speech ("a cancer in the city").
  ["illness", new Map<string, readonly string[]>([["flu", ["influenza"]], ["influenza", ["flu"]], ["pneumonia", []], ["measles", []], ["mumps", []], ["cholera", []], ["typhoid", []], ["malaria", []], ["dengue", []], ["tuberculosis", []], ["covid", ["coronavirus"]], ["leukaemia", []], ["leukemia", []], ["lymphoma", []], ["meningitis", []], ["sepsis", []]])],
]);

/** Words that tell an illness as one: "died of", "diagnosed with", "an outbreak of", "cases of". */
const ILLNESS_CONTEXT = /\b(?:died|dies|dying|death|ill|sick|diagnosed|outbreak|cases?|infect\w*|vaccin\w*|suffer\w*|treated|patients?|hospitali[sz]ed|symptoms?|contracted|strain)\b/i;
/** The closed kind a noun lemma belongs to, if any. */
function kindOf(lemma: string): string | undefined {
  if (MALE.has(lemma) || FEMALE.has(lemma)) return "person";
  return [...KINDS.entries()].find(([, words]) => words.has(lemma) || [...words.values()].some((held) => held.includes(lemma)))?.[0];
}

/** Two words of one kind that name two things of it: opposite sexes, or two words of a kind neither holding the other. */
function twoOfAKind(x: string, y: string): string | undefined {
  const kind = kindOf(x);
  if (kind === undefined || kind !== kindOf(y) || x === y) return undefined;
  if (kind === "person") return (MALE.has(x) && FEMALE.has(y)) || (FEMALE.has(x) && MALE.has(y)) ? kind : undefined;
  const words = KINDS.get(kind);
  return words?.get(x)?.includes(y) || words?.get(y)?.includes(x) ? undefined : kind;
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
  // (The same things named in another order, or from the other side, "a man and a woman" / "a woman
  // and a man", "a woman and her son" / "a boy and his mother": nothing told two ways.)
  if (namedKinds(a).join(" ") === namedKinds(b).join(" ")) return [];
  for (const h of context.hunks) {
    const [x, y] = [soleNoun(h.a), soleNoun(h.b)];
    if (!x || !y || insideQuotation(a.features, x) || insideQuotation(b.features, y)) continue;
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
