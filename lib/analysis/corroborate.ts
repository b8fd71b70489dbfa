import type { SentenceFeatures } from "./features";
import { q, type Finding } from "./finding";
import { distinctiveFigure, sameFigure } from "./rules/numbers";
import { longWords } from "./words";

/**
 * A figure or a quotation the other outlet also gives elsewhere. A distinctive figure one outlet gives in this claim
 * that the other outlet's article also gives, in another sentence, is not a conflict between the two
 * outlets: each gives both facts, and the claim group has paired two of them ("an effective rate of
 * 31.55 percent from 2007 to 2014" against "35.7 percent for 2014", where the first outlet also
 * writes "35.72 percent in 2014"). Such a finding stays, worth a look, and says where. Dates and
 * small counts recur in an article for other events ("urged on Wednesday", "signed on Thursday"):
 * they are not evidence. A quotation likewise: one outlet's words that the other outlet also quotes,
 * in another sentence, are two lines of one speaker, not one line quoted two ways.
 */
export const CORROBORATE_RULE = {
  types: ["number", "quote"],
  severity: "low",
  /** A quotation elsewhere in the other article is the same words when it holds this share of the shorter's words. */
  sameWords: 0.9,
  /** Words of three letters or more a quotation needs, at least, to be compared so. */
  minWords: 3,
} as const;

/** The shorter list's words nearly all in the longer one. */
function sameWords(x: readonly string[], y: readonly string[]): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length < CORROBORATE_RULE.minWords) return false;
  const pool = new Set(longer);
  return shorter.filter((w) => pool.has(w)).length / shorter.length >= CORROBORATE_RULE.sameWords;
}

/** One side of a claim-level comparison: its source, the sentences it joins, and their features. */
export interface Compared {
  source: number;
  sentences: readonly number[];
  features: SentenceFeatures;
  label: string;
}

/**
 * When a number or quote finding's value on one side is given in another sentence of the other
 * side's article, the sentence of the explanation saying so ("nyt also gives “35.72 percent” in
 * another sentence."); otherwise null.
 */
export function alsoGivenElsewhere(finding: Finding, sides: readonly [Compared, Compared], articles: ReadonlyArray<readonly SentenceFeatures[]>): string | null {
  if (!(CORROBORATE_RULE.types as readonly string[]).includes(finding.type)) return null;
  if (!finding.spans.some((s) => s.side === 0) || !finding.spans.some((s) => s.side === 1)) return null;
  for (const span of finding.spans) {
    const self = sides[span.side];
    const other = sides[span.side === 0 ? 1 : 0];
    const elsewhere = (articles[other.source] ?? []).filter((_, i) => !other.sentences.includes(i));
    if (finding.type === "quote") {
      // The speaker said both: the other article quotes these very words in another sentence ("I went
      // too far." and, elsewhere, "I went way too far."), and the claim group has paired two lines.
      const words = longWords(self.features.text.slice(span.start, span.end));
      const found = elsewhere.flatMap((f) => f.quotes).find((quote) => sameWords(words, longWords(quote.text)));
      if (found) return `${other.label} also quotes ${q(found.text.replace(/^["“”]+|["“”]+$/g, ""))} in another sentence.`;
      continue;
    }
    const figure = self.features.numbers.find((n) => n.start === span.start);
    if (!figure || !distinctiveFigure(figure.value)) continue;
    const found = elsewhere.flatMap((f) => f.numbers).find((n) => sameFigure(n.value, figure.value));
    if (found) return `${other.label} also gives ${q(found.text)} in another sentence.`;
  }
  return null;
}
