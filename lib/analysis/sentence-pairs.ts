import { SEVERITY_RANK } from "./severity";
import type { Discrepancy, Span } from "./types";

type Draft = Pick<Discrepancy, "type" | "severity" | "spans">;

/**
 * What differs between two members of a row when either holds several sentences. Each sentence
 * carries the claim of the other outlet's sentences it links to, and its figures, dates, sources and
 * hedges are its own: the "4th quarter" of an outlet's next sentence (another play) is not the first
 * quarter of the row's claim told differently, nor is the "allegedly" of another charge. So a finding
 * of the two members compared whole (`whole`) stands only when comparing a pair of linked sentences
 * (`pieces`) finds it too, on the very same words, and it is as serious as it is there: a finding of
 * sentences linked loosely is worth a look, no more. A quotation runs across sentences ("…,” he said.
 * “…"), so quotations are compared whole.
 */
export function confirmedBySentencePairs<D extends Draft>(whole: readonly D[], pieces: readonly Draft[]): D[] {
  return whole.flatMap((d) => {
    if (d.type === "quote") return [d];
    const [surest] = pieces
      .filter((p) => sameFinding(p, d))
      .map((p) => p.severity)
      .sort((x, y) => SEVERITY_RANK[x] - SEVERITY_RANK[y]);
    if (surest === undefined) return [];
    return [SEVERITY_RANK[surest] > SEVERITY_RANK[d.severity] ? { ...d, severity: surest } : d];
  });
}

/**
 * Whether comparing the sentences `a` and `b` (each as source and sentence) alone may confirm a finding
 * of `whole` (`confirmedBySentencePairs`): one other than a quotation's that marks words of either.
 * (A line of a quotation carries where it was said from the sentence that says so, "in a statement":
 * a pair's finding may mark words of another sentence too.) Most rows have no finding to confirm, and
 * their sentence pairs are not compared.
 */
export function canConfirm(whole: readonly Draft[], a: readonly [number, number], b: readonly [number, number]): boolean {
  return whole.some((d) => d.type !== "quote" && d.spans.some((s) => (s.source === a[0] && s.sentence === a[1]) || (s.source === b[0] && s.sentence === b[1])));
}

/** `piece` finds what `d` does: the same type, marking the very words `d` marks in each source `d` marks. */
function sameFinding(piece: Draft, d: Draft): boolean {
  if (piece.type !== d.type) return false;
  const key = (s: Span) => `${s.source}:${s.sentence}:${s.start}:${s.end}`;
  const marked = new Set(piece.spans.map(key));
  return [...new Set(d.spans.map((s) => s.source))].every((source) => d.spans.some((s) => s.source === source && marked.has(key(s))));
}
