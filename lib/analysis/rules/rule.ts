import type { Hunk } from "../diff";
import type { Finding, Side } from "../finding";
import type { DiscrepancyType, Severity } from "../types";

/**
 * The one shape of a classifier rule. Each discrepancy type has a module under `rules/` exporting a
 * descriptor (what it detects, its named thresholds, the severity of each case) and a rule function
 * that compares two aligned sides. Rules read what `features`, `people` and `speakers` extracted
 * once; `classify` runs them in order.
 */
export interface RuleDescriptor {
  type: DiscrepancyType;
  /** What the rule flags, in a desk editor's words. */
  detects: string;
  /** Named cut-offs the rule decides by. */
  thresholds?: Readonly<Record<string, number>>;
  /** The severity of each case the rule tells apart. */
  severity: Readonly<Record<string, Severity>>;
}

/** What every rule is given besides the two sides: their word-level differences (`diff`). */
export interface RuleContext {
  hunks: readonly Hunk[];
}

export type Rule = (a: Side, b: Side, context: RuleContext) => Finding[];

/** The mentions (negations, hedges, ...) of side 0 or 1 that are among the changed words. */
export function changedMentions<M extends { start: number }>(context: RuleContext, side: 0 | 1, mentions: readonly M[]): M[] {
  return mentions.filter((m) => context.hunks.some((h) => (side === 0 ? h.a : h.b).some((t) => t.start === m.start)));
}
