import { conditionsIn, type Grade } from "../condition";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { SPEECH_VERB_CLASS } from "../vocabulary";
import type { RuleDescriptor } from "./rule";
import { describedBefore, differentPeople } from "./withheld";

/**
 * Condition: the outlets give a victim's condition differently ("in critical condition" / "expected
 * to survive"; "seriously wounded" / "in stable condition"). Of `other`'s type; medium, since a
 * condition may simply have changed between the reports (what each sentence gives is read by
 * `condition`); low when the two are said of two people (different ages, a man and a girl). A side
 * that gives two grades speaks of two people and is left alone.
 */
export const CONDITION_RULE = {
  type: "other",
  detects: "a victim's condition given differently (critical, serious, stable)",
  severity: { differentGrade: "medium", twoPeople: "low" },
} as const satisfies RuleDescriptor;

const WORDS: Record<Grade, string> = { critical: "critical", serious: "serious", stable: "stable or not life-threatening" };

/** Where the clause giving the condition starts: after the last speech verb before it ("His mother said he is expected to survive" is not said of the mother). */
function clauseStart(side: Side, position: number): number {
  const said = side.features.tokens.filter((t) => t.end <= position && SPEECH_VERB_CLASS[t.lemma] !== undefined);
  return said[said.length - 1]?.end ?? 0;
}

export function condition(a: Side, b: Side): Finding[] {
  const [ca, cb] = [conditionsIn(a.features), conditionsIn(b.features)];
  const grade = (cs: typeof ca) => (new Set(cs.map((c) => c.grade)).size === 1 ? cs[0] : undefined);
  const [x, y] = [grade(ca), grade(cb)];
  if (!x || !y || x.grade === y.grade) return [];
  const twoPeople = differentPeople(describedBefore(a, x.start, clauseStart(a, x.start)), describedBefore(b, y.start, clauseStart(b, y.start)));
  return [
    {
      type: CONDITION_RULE.type,
      // The fact it is about ties the two sentences, whatever else they say (`severity`).
      anchored: true,
      severity: twoPeople ? CONDITION_RULE.severity.twoPeople : CONDITION_RULE.severity.differentGrade,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} gives the condition as ${WORDS[x.grade]} (${q(textOf(a, x))}); ${b.label} as ${WORDS[y.grade]} (${q(textOf(b, y))}).`,
    },
  ];
}
