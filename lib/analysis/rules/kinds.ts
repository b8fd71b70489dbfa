import { insideQuotation } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { isKindOf, synonymous } from "../lexicon";
import type { Token } from "../nlp";
import { similarity } from "../similarity";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * One thing named for another of its kind, the rest of the claim told alike: "a 6-year-old boy" /
 * "a 6-year-old girl", "shot with a rifle" / "shot with a pistol", "convicted of murder" / "convicted
 * of manslaughter", "a hamstring injury" / "a calf injury", "fled in a car" / "fled in a truck". The
 * change is one common noun on each side (a name is `names`'), both of one closed kind (`KINDS`):
 * the sex of a person, a weapon, an offence, a part of the body, a vehicle, a room, an illness. Not
 * one of them a kind or a part of the other ("a gun" / "a rifle", "the leg" / "the thigh"), nor
 * synonyms, nor quoted words (`quotes`'). The other of the two may stand elsewhere in the sentence
 * ("a man and a woman were shot; the man died" / "... the woman died"): which of them is still told
 * two ways. Medium: worth a look, one outlet may simply be wrong.
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

/** Parts of the body, each with the parts it holds ("the leg" holds "the thigh"): two parts neither holding the other are two wounds. */
const BODY: ReadonlyMap<string, readonly string[]> = new Map([
  ["head", ["face", "eye", "jaw", "skull", "forehead", "temple", "cheek", "mouth", "nose", "ear"]],
  ["neck", []],
  ["torso", ["chest", "back", "abdomen", "stomach", "side", "ribs", "rib", "shoulder", "hip", "groin", "buttock"]],
  ["arm", ["shoulder", "elbow", "forearm", "wrist", "bicep", "biceps", "hand", "finger", "thumb"]],
  ["leg", ["thigh", "knee", "calf", "shin", "hamstring", "ankle", "foot", "toe", "hip", "groin"]],
  ["hand", ["finger", "thumb", "wrist"]],
  ["foot", ["toe", "ankle", "heel"]],
]);
const BODY_PARTS = new Set([...BODY.keys(), ...[...BODY.values()].flat()]);

/** Vehicles of clearly different kinds (not "SUV" or "pickup", which news calls a car or a truck). */
const VEHICLES = new Set(["car", "truck", "van", "bus", "motorcycle", "bicycle", "bike", "scooter", "train", "tram", "boat", "plane", "helicopter"]);

/** Kinds WordNet holds whole: two different kinds of one of them are two things ("rifle" / "pistol", "burglary" / "robbery"). */
const WORDNET_KINDS = ["weapon", "homicide", "crime", "room", "disease"];
/** Hypernym steps within which a word is read as a kind of one of `WORDNET_KINDS`. */
const KIND_DEPTH = 8;

/** The closed kind a noun lemma belongs to, if any. */
function kindOf(lemma: string): string | undefined {
  if (MALE.has(lemma) || FEMALE.has(lemma)) return "person";
  if (BODY_PARTS.has(lemma)) return "body";
  if (VEHICLES.has(lemma)) return "vehicle";
  return WORDNET_KINDS.find((k) => isKindOf(lemma, k, KIND_DEPTH));
}

/** Two words of one kind that name two things of it: opposite sexes, body parts neither holding the other, other kinds neither a kind of the other. */
function twoOfAKind(x: string, y: string): string | undefined {
  const kind = kindOf(x);
  if (kind === undefined || kind !== kindOf(y) || x === y || synonymous(x, y)) return undefined;
  if (kind === "person") return (MALE.has(x) && FEMALE.has(y)) || (FEMALE.has(x) && MALE.has(y)) ? kind : undefined;
  if (kind === "body") return BODY.get(x)?.includes(y) || BODY.get(y)?.includes(x) ? undefined : kind;
  return isKindOf(x, y, KIND_DEPTH) || isKindOf(y, x, KIND_DEPTH) ? undefined : kind;
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
  for (const h of context.hunks) {
    const [x, y] = [soleNoun(h.a), soleNoun(h.b)];
    if (!x || !y || insideQuotation(a.features, x) || insideQuotation(b.features, y)) continue;
    const kind = twoOfAKind(x.lemma, y.lemma);
    if (!kind) continue;
    out.push({
      type: KINDS_RULE.type,
      severity: KINDS_RULE.severity.otherOfKind,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} says ${q(x.text)}; ${b.label} says ${q(y.text)}.`,
    });
  }
  return out;
}
