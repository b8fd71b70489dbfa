import { insideQuotation } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { synonymous } from "../lexicon";
import type { Token } from "../nlp";
import type { RuleDescriptor } from "./rule";

/**
 * Jurisdictions: one institution put at two levels of government ("a federal appeals court" / "a
 * state appeals court", "federal charges" / "state charges", "the county health officer" / "the state
 * health officer"). The level word stands before the institution's nouns, not inside a name ("the State
 * Department", "New York State police"), outside quotations; the institution is the last noun of the run after it ("appeals
 * court" -> "court"), the same (or a synonym) on both sides. Sides that give one level of it in common
 * ("federal and state investigators" / "state investigators"), or "local" for a city's, agree. Medium: another
 * court, other charges or another agency is a fact a desk checks, though two outlets may each name
 * one of two institutions at work on one case.
 */
export const JURISDICTIONS_RULE = {
  type: "entity",
  detects: "one institution put at two levels of government (federal / state / county court, charges, agency)",
  severity: { otherLevel: "medium" },
} as const satisfies RuleDescriptor;

const LEVELS = new Set(["federal", "state", "county", "city", "municipal", "provincial", "national", "local", "tribal"]);
/** Nouns after a level word within which the institution's head noun is read ("appeals court"). */
const COMPOUND = 3;

interface Level {
  level: string;
  head: Token;
  start: number;
  end: number;
}

function levelsOf(side: Side): Level[] {
  const tokens = side.features.tokens;
  const out: Level[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // Not inside a name ("New York State police", "the State Department": its head is capitalised too).
    const previous = tokens[i - 1];
    if (!LEVELS.has(t.lower) || (previous?.pos === "PROPN" && /^\p{Lu}/u.test(previous.text)) || insideQuotation(side.features, t)) continue;
    // "Federal and state investigators": every level of a coordination takes the noun after the last.
    const levels = [t];
    let k = i + 1;
    while ((tokens[k]?.lower === "and" || tokens[k]?.lower === "or" || tokens[k]?.text === ",") && LEVELS.has(tokens[k + 1]?.lower ?? "")) {
      levels.push(tokens[k + 1] as Token);
      k += 2;
    }
    let head: Token | undefined;
    for (let j = k; j < tokens.length && j < k + COMPOUND && tokens[j]?.pos === "NOUN"; j += 1) head = tokens[j];
    // The run's head must start with a lower-case word ("State Department" is a name).
    if (!head || /^\p{Lu}/u.test(head.text)) continue;
    for (const l of levels) out.push({ level: l.lower, head, start: l.start, end: head.end });
    i = k - 1;
  }
  return out;
}

/** Two level words for one level: a city's government is municipal; "local" covers a city's and a county's; "national" government is the federal one. */
const SAME_LEVEL: ReadonlyArray<ReadonlySet<string>> = [new Set(["city", "municipal", "local"]), new Set(["county", "local"]), new Set(["federal", "national"])];

function oneLevel(x: string, y: string): boolean {
  return x === y || SAME_LEVEL.some((level) => level.has(x) && level.has(y));
}

export function jurisdictions(a: Side, b: Side): Finding[] {
  const [la, lb] = [levelsOf(a), levelsOf(b)];
  const same = (x: Token, y: Token) => x.lemma === y.lemma || synonymous(x.lemma, y.lemma);
  const out: Finding[] = [];
  const reported = new Set<Token>();
  for (const x of la) {
    for (const y of lb) {
      if (reported.has(x.head) || reported.has(y.head) || !same(x.head, y.head)) continue;
      // Of one institution, the levels each side gives ("city and state income taxes" / "federal,
      // state and local taxes"): one level in common, or one side's "local" for the other's "city", agrees.
      const [levelsA, levelsB] = [la.filter((o) => same(o.head, y.head)), lb.filter((o) => same(o.head, x.head))];
      if (levelsA.some((o) => levelsB.some((p) => oneLevel(o.level, p.level)))) continue;
      reported.add(x.head).add(y.head);
      out.push({
        type: JURISDICTIONS_RULE.type,
        severity: JURISDICTIONS_RULE.severity.otherLevel,
        spans: [span(0, x), span(1, y)],
        explanation: `${a.label} has ${q(textOf(a, x))}; ${b.label} has ${q(textOf(b, y))}: two levels of government.`,
      });
    }
  }
  return out;
}
