import { wordDiff } from "./diff";
import type { Finding, Side } from "./finding";
import { attribution } from "./rules/attribution";
import { certainty } from "./rules/certainty";
import { condition } from "./rules/condition";
import { dates } from "./rules/dates";
import { hedge } from "./rules/hedge";
import { jurisdictions } from "./rules/jurisdictions";
import { directions } from "./rules/directions";
import { kinds } from "./rules/kinds";
import { names } from "./rules/names";
import { negation } from "./rules/negation";
import { numbers } from "./rules/numbers";
import { parties } from "./rules/parties";
import { plurals } from "./rules/plurals";
import { quotes } from "./rules/quotes";
import { roles } from "./rules/roles";
import { sides } from "./rules/sides";
import type { Rule } from "./rules/rule";
import { titles } from "./rules/titles";
import { withheld } from "./rules/withheld";

/**
 * Classification: the substantive differences between two aligned sentences (or runs of
 * sentences), each typed with a severity and a one-sentence explanation by the rules under
 * `rules/`, one module per discrepancy type, run in this order. Pure style (synonyms, punctuation,
 * "news conference" for "press conference") yields nothing, and so do words changed that no rule
 * reads: the side-by-side shows them, and "worded differently" was a difference a desk editor found
 * to check in none of the cases read (engine 0.20).
 */
const RULES: readonly Rule[] = [numbers, plurals, dates, quotes, attribution, titles, parties, negation, withheld, condition, hedge, certainty, names, roles, jurisdictions, directions, sides, kinds];

export function classifyPair(a: Side, b: Side): Finding[] {
  const context = { hunks: wordDiff(a.features.tokens, b.features.tokens) };
  const found = new Map(RULES.map((rule) => [rule, rule(a, b, context)] as const));
  const overlapping = (by: readonly Finding[]) => (f: Finding) =>
    by.some((p) => p.spans.some((x) => f.spans.some((y) => x.side === y.side && x.start < y.end && y.start < x.end)));
  // Every word of a finding on each side inside another's words there.
  const within = (f: Finding, by: readonly Finding[]) =>
    by.some((p) => ([0, 1] as const).every((side) => f.spans.filter((y) => y.side === side).every((y) => p.spans.some((x) => x.side === side && x.start <= y.start && y.end <= x.end))));
  // A phrase-level certainty finding ("confirmed" / "reportedly") replaces the word-level hedge on the same words;
  // a fact one side withholds and the other gives ("no arrests have been made" / "charged with"; "to determine
  // whether it was accidental" / "was accidentally shot") replaces the negation, hedge or certainty finding on
  // the same words: one discrepancy, an earlier or later report. A condition's words ("expected to survive")
  // are the condition, not a hedge. A name finding on a title's words is the title finding.
  const given = overlapping(found.get(withheld) ?? []);
  // A hedge or certainty finding gives way only when it is on the withheld fact's words in both sentences.
  const sameFact = (f: Finding) =>
    (found.get(withheld) ?? []).some((w) => ([0, 1] as const).every((side) => w.spans.some((x) => x.side === side && f.spans.some((y) => y.side === side && x.start < y.end && y.start < x.end))));
  const phrased = overlapping([...(found.get(certainty) ?? []), ...(found.get(condition) ?? [])]);
  found.set(hedge, (found.get(hedge) ?? []).filter((f) => !phrased(f) && !sameFact(f)));
  found.set(certainty, (found.get(certainty) ?? []).filter((f) => !sameFact(f)));
  // Declining to confirm is leaving it open, not denying it ("declined to confirm whether she would stay" /
  // "confirmed she would stay"): a certainty or hedge finding on the same words is the one discrepancy.
  const doubted = overlapping([...(found.get(certainty) ?? []), ...(found.get(hedge) ?? [])]);
  found.set(negation, (found.get(negation) ?? []).filter((f) => !given(f) && !doubted(f)));
  // A claim denied on one side and stated on the other by one speaker ("denied" / "said") is the
  // negation finding, not a stance told two ways.
  found.set(attribution, (found.get(attribution) ?? []).filter((f) => !within(f, found.get(negation) ?? [])));
  // A title's portfolio read as a name ("Finance Minister" / "Foreign Minister") is the title finding,
  // and a speaker named differently ("NASA said" / "SpaceX said") the attribution finding.
  const titled = overlapping(found.get(titles) ?? []);
  found.set(names, (found.get(names) ?? []).filter((f) => !titled(f) && !within(f, found.get(attribution) ?? [])));
  // One figure counting two kinds of one thing ("two girls" / "two boys") is the number finding.
  found.set(kinds, (found.get(kinds) ?? []).filter((f) => !overlapping(found.get(numbers) ?? [])(f)));
  const findings = [...found.values()].flat();
  return findings;
}
