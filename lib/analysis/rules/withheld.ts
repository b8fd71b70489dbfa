import { q, span, textOf, type Finding, type Side } from "../finding";
import { withheldAndGiven, type Withheld } from "../withheld";
import type { RuleDescriptor } from "./rule";

/**
 * Withheld: one outlet says a fact is not known or not released, the other states it ("His name has
 * not been released." / "The parents of Ana Ruiz, 4, rushed her to the hospital"). A contradiction
 * as published, of `negation`'s type; medium, since the other outlet may simply have it later (what
 * is withheld and given is read by `withheld`).
 */
export const WITHHELD_RULE = {
  type: "negation",
  detects: "a name, a suspect or a cause one outlet says is not known or not released and the other gives",
  severity: { withheldAndGiven: "medium" },
} as const satisfies RuleDescriptor;

const WHAT: Record<Withheld, string> = {
  "identity:victim": "the name",
  "identity:suspect": "who the suspect is",
  suspect: "who did it",
  cause: "what led to it",
};

export function withheld(a: Side, b: Side): Finding[] {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const found = withheldAndGiven(x.features, y.features);
    if (!found) continue;
    const [wSide, gSide] = flip ? ([1, 0] as const) : ([0, 1] as const);
    return [
      {
        type: WITHHELD_RULE.type,
        severity: WITHHELD_RULE.severity.withheldAndGiven,
        spans: [span(wSide, found.withheld), span(gSide, found.given)].sort((m, n) => m.side - n.side),
        explanation: `${x.label} says ${WHAT[found.withheld.kind]} is not known or not released (${q(textOf(x, found.withheld))}); ${y.label} gives it: ${q(textOf(y, found.given))}.`,
      },
    ];
  }
  return [];
}
