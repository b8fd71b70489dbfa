/**
 * Literal cases for the classifier rules (lib/analysis/rules): two sentences in, the exact findings
 * of one rule out, as "type/severity".
 */
import { wordDiff } from "../analysis/diff";
import { extractFeatures } from "../analysis/features";
import { continuesQuotation } from "../analysis/segment";
import type { Finding, Side } from "../analysis/finding";
import type { Rule } from "../analysis/rules/rule";

/**
 * Written before a test sentence, "(continued) " says it is a line of a longer quotation whose
 * speaker another sentence names, and "(unattributed) " a line of one that no sentence attributes.
 */
const MARKS = { "(continued) ": true, "(unattributed) ": false } as const;

export const side = (label: string, text: string): Side => {
  for (const [mark, attributed] of Object.entries(MARKS)) {
    if (!text.startsWith(mark)) continue;
    const features = extractFeatures(text.slice(mark.length), { continuesQuotation: true });
    return { label, features: { ...features, quotation: { speaker: null, attributed } } };
  }
  return { label, features: extractFeatures(text) };
};

/**
 * A claim group's member of several sentences of one paragraph, one after the other, joined with one
 * space, each sentence also read on its own, and its quotations read sentence by sentence as the
 * engine reads them (a line of a quotation the paragraph opened before it continues it).
 */
export function member(label: string, ...lines: string[]): Side {
  const paragraph = lines.join(" ");
  let start = 0;
  const pieces: Array<{ start: number; continuesQuotation: boolean }> = [];
  const sentences = lines.map((line, index) => {
    const continues = continuesQuotation(paragraph, { start });
    pieces.push({ start, continuesQuotation: continues });
    const piece = { start, features: extractFeatures(line, { continuesQuotation: continues }), index };
    start += line.length + 1;
    return piece;
  });
  return { label, features: { ...extractFeatures(paragraph, { pieces }), sentences } };
}

/** The findings of `rule` between sentences `a` (labelled A) and `b` (labelled B). */
export function findingsOf(rule: Rule, a: string, b: string): Finding[] {
  const [sa, sb] = [side("A", a), side("B", b)];
  return rule(sa, sb, { hunks: wordDiff(sa.features.tokens, sb.features.tokens) });
}

/** The same, as "type/severity" in the rule's order. */
export function kindsOf(rule: Rule, a: string, b: string): string[] {
  return findingsOf(rule, a, b).map((f) => `${f.type}/${f.severity}`);
}
