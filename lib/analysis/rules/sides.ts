import { q, span, type Finding, type Side } from "../finding";
import type { Token } from "../nlp";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * Opposite sides: one outlet puts a thing on the left, north or front, the other on the right,
 * south or back, of the same thing ("a wound behind her left ear" / "behind her right ear"; "the
 * northbound lanes" / "the southbound lanes"). The two words are among the changed words and the
 * word each describes is the same (a noun right after it). One plain fact stated two ways: medium.
 * A side is in lower case, and left, right, back or front follow an article, a possessive or a
 * number (`isSide`): "left" as a verb ("he left home"), a direction ("went right home", "turned left
 * at") and names ("North Korea", "the Upper East Side") are not sides.
 */
export const SIDES_RULE = {
  type: "other",
  detects: "a thing placed on opposite sides: left / right, north / south, front / back",
  severity: { opposite: "medium" },
} as const satisfies RuleDescriptor;

const OPPOSITE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["left", "right"],
  ["north", "south"],
  ["east", "west"],
  ["northern", "southern"],
  ["eastern", "western"],
  ["northbound", "southbound"],
  ["eastbound", "westbound"],
  ["front", "back"],
  ["front", "rear"],
  ["upstairs", "downstairs"],
  ["upper", "lower"],
];

const opposite = (x: string, y: string) => OPPOSITE_PAIRS.some(([p, r]) => (x === p && y === r) || (x === r && y === p));

/**
 * The thing a side word describes: the word right after it, a content word ("left ear"), not "at"
 * or "the" ("turned left at", "left the scene"). Tags are not asked: the tagger reads "her left
 * ear" as a verb and "back room" as an adverb and a verb.
 */
function described(tokens: readonly Token[], word: Token): Token | undefined {
  const next = tokens[tokens.indexOf(word) + 1];
  return next && !next.stop && /^\p{L}+$/u.test(next.text) ? next : undefined;
}

/** Words a side of a thing follows: "the", "her", "a" ("her left ear"), not a verb ("went right home", "came back") or nothing. */
const BEFORE_A_SIDE = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "my", "your", "our", "all", "both", "'s", "'"]);
/** Sides that are also directions after a verb ("turned left", "went right home", "came back"). */
const DIRECTIONS = new Set(["left", "right", "back", "front", "upstairs", "downstairs"]);

/** Participles that describe an injury without "-ed" or "-en": "a torn left ACL", "a cut right hand". */
const IRREGULAR_PARTICIPLES = new Set(["torn", "cut", "hurt", "burnt", "split", "bent", "struck"]);

/**
 * A side of a thing, in lower case ("North Korea" is a name, `names`'): a compass side anywhere
 * ("closed northbound lanes"); left, right, back or front after an article or a possessive, over
 * the words describing it ("the victim's left arm", "his upper left arm", "two southbound lanes").
 */
function isSide(tokens: readonly Token[], word: Token): boolean {
  if (word.text !== word.lower) return false;
  if (!DIRECTIONS.has(word.lower)) return true;
  let k = tokens.indexOf(word) - 1;
  // (Over a participle describing it too, which the tagger reads as a verb: "a broken left leg", "a sprained left ankle".)
  // (And over an adverb or "and" among them: "a badly broken left leg", "a broken and dislocated left shoulder".)
  const describing = (t: Token | undefined) =>
    t !== undefined && (t.pos === "ADJ" || t.pos === "NUM" || t.pos === "ADV" || t.lower === "and" || (t.pos === "VERB" && (/\p{Ll}(?:ed|en)$/u.test(t.text) || IRREGULAR_PARTICIPLES.has(t.lower))));
  while (k >= 0 && describing(tokens[k]) && !BEFORE_A_SIDE.has(tokens[k]?.lower ?? "")) k -= 1;
  const before = tokens[k];
  return before !== undefined && (BEFORE_A_SIDE.has(before.lower) || before.pos === "NUM");
}

export function sides(a: Side, b: Side, context: RuleContext): Finding[] {
  for (const h of context.hunks) {
    for (const x of h.a) {
      if (!isSide(a.features.tokens, x)) continue;
      const y = h.b.find((t) => opposite(x.lower, t.lower) && isSide(b.features.tokens, t));
      if (!y) continue;
      const headA = described(a.features.tokens, x);
      const headB = described(b.features.tokens, y);
      if (!headA || !headB || headA.lemma !== headB.lemma) continue;
      const sa = { start: x.start, end: headA.end };
      const sb = { start: y.start, end: headB.end };
      return [
        {
          type: SIDES_RULE.type,
          severity: SIDES_RULE.severity.opposite,
          spans: [span(0, sa), span(1, sb)],
          explanation: `Opposite sides: ${a.label} has ${q(a.features.text.slice(sa.start, sa.end))}, ${b.label} ${q(b.features.text.slice(sb.start, sb.end))}.`,
        },
      ];
    }
  }
  return [];
}
