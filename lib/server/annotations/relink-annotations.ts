import "server-only";
import { canonical } from "@/lib/analysis/normalize";
import type { Prisma } from "@/lib/generated/prisma/client";

interface Found {
  fingerprint: string;
  type: string;
  spans: ReadonlyArray<{ source: number; sentence?: number; text: string }>;
}

/** The text of a sentence of an analysis, by source and sentence number ("" when not known). */
export type SentenceText = (source: number, sentence: number) => string;

/**
 * Where a discrepancy sits, whatever the outlets are called: its type, and per span the source (by
 * position), the words and the text of the sentence they are in. Two discrepancies with the same
 * words in two claims have two places; so do two outlets printing one wire story.
 */
export function placeOf(d: { type: string; spans: Found["spans"] }, sentenceText: SentenceText): string {
  const spans = d.spans.map((s) => `${s.source}:${canonical(s.text)}@${canonical(s.sentence === undefined ? "" : sentenceText(s.source, s.sentence))}`);
  return `${d.type}|${spans.sort().join("|")}`;
}

/** Does `wide` hold every item of `narrow` (as multisets)? */
function holds(wide: readonly string[], narrow: readonly string[]): boolean {
  const left = [...wide];
  for (const w of narrow) {
    const at = left.indexOf(w);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && holds(x, y);

/** A discrepancy as the relinking compares it: its type, its "outlet=words" pairs and its words (all canonical). */
export interface Shape {
  type: string;
  /** Null when the outlets are not known (a decision whose discrepancy was already gone: only its words are kept). */
  pairs: string[] | null;
  words: string[];
}

/** The outlet of an "outlet=words" pair. */
const outletOf = (pair: string) => pair.slice(0, pair.indexOf("="));

/**
 * The one discrepancy a decision moves to, or undefined (none fits, or several do: never a guess).
 * Same type, then the first rule that finds any: (1) its outlets and words include the old ones
 * (a source added: an omission or a flag across outlets now names one more), or are exactly the old
 * ones without the outlets `gone` from the comparison (a source removed); (2) the same words,
 * whatever the outlets (an outlet renamed).
 */
export function successor<T extends Shape>(old: Shape, free: readonly T[], gone: ReadonlySet<string> = new Set()): T | undefined {
  const typed = free.filter((c) => c.type === old.type);
  const pairs = old.pairs;
  const kept = pairs?.filter((p) => !gone.has(outletOf(p))) ?? [];
  const narrowed = pairs !== null && kept.length > 0 && kept.length < pairs.length;
  const byOutlets = pairs ? typed.filter((c) => c.pairs !== null && (holds(c.pairs, pairs) || (narrowed && same(c.pairs, kept)))) : [];
  const found = byOutlets.length > 0 ? byOutlets : typed.filter((c) => same(c.words, old.words));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Decisions are keyed by a discrepancy's fingerprint (its type and, per outlet, the quoted words),
 * so most survive a re-analysis as they are. This keeps the ones whose fingerprint changes although
 * the discrepancy did not:
 * - a source added: an omission (a claim only some sources carry) or a flag across three or more
 *   outlets now names one more outlet (the same outlets and words, and more);
 * - a source removed: they name one outlet fewer;
 * - the same words under other outlet names (an outlet renamed while its analysis was out of date;
 *   a rename re-keys decisions itself, update-source.ts).
 * A decision moves to a discrepancy of the same type that is free (no decision of its own) when
 * exactly one fits (`successor`). Anything else stays "no longer detected", never guessed at.
 * Called inside the transaction that stores a new analysis, before the old one is replaced (its
 * outlet names and discrepancy rows are read). Returns how many decisions moved.
 */
export async function relinkAnnotations(tx: Prisma.TransactionClient, comparisonId: string, next: readonly Found[], nextSentence: SentenceText = () => ""): Promise<number> {
  const annotations = await tx.annotation.findMany({ where: { comparisonId }, select: { id: true, fingerprint: true, type: true, quote: true } });
  if (annotations.length === 0) return 0;
  const present = new Set(next.map((d) => d.fingerprint));
  const flagged = new Set((await tx.manualFlag.findMany({ where: { comparisonId }, select: { fingerprint: true } })).map((f) => f.fingerprint));
  const lost = annotations.filter((a) => !present.has(a.fingerprint) && !flagged.has(a.fingerprint));
  if (lost.length === 0) return 0;
  const previous = await tx.analysis.findUnique({ where: { comparisonId }, select: { result: true } });
  const oldSources = previous ? (JSON.parse(previous.result) as { sources: Array<{ label: string; sentences?: Array<{ text: string }> }> }).sources : [];
  const oldLabels = oldSources.map((s) => s.label);
  const oldSentence: SentenceText = (source, sentence) => oldSources[source]?.sentences?.[sentence]?.text ?? "";
  const newLabels = (await tx.source.findMany({ where: { comparisonId }, orderBy: { position: "asc" }, select: { outlet: true } })).map((s) => s.outlet);
  const oldRows = (await tx.discrepancy.findMany({ where: { comparisonId }, select: { fingerprint: true, type: true, spans: true } })).map((o) => ({
    fingerprint: o.fingerprint,
    type: o.type,
    spans: JSON.parse(o.spans) as Array<{ source: number; sentence?: number; text: string }>,
  }));
  const oldSpans = new Map(oldRows.map((o) => [o.fingerprint, o.spans]));
  // The discrepancy each place held before: a discrepancy found again in its place is that one, never another's successor.
  const placeHolder = new Map(oldRows.map((o) => [placeOf(o, oldSentence), o.fingerprint]));
  const pair = (labels: readonly string[], s: { source: number; text: string }) => `${canonical(labels[s.source] ?? String(s.source))}=${canonical(s.text)}`;
  const candidates = next.map((d) => ({
    fingerprint: d.fingerprint,
    type: d.type,
    pairs: d.spans.map((s) => pair(newLabels, s)),
    words: d.spans.map((s) => canonical(s.text)),
    holder: placeHolder.get(placeOf(d, nextSentence)),
  }));
  const outlets = new Set(newLabels.map(canonical));
  const gone = new Set(oldLabels.map(canonical).filter((label) => !outlets.has(label)));
  const taken = new Set(annotations.map((a) => a.fingerprint));
  let moved = 0;
  const move = async (a: (typeof lost)[number], match: (typeof candidates)[number]) => {
    await tx.annotation.update({ where: { id: a.id }, data: { fingerprint: match.fingerprint } });
    taken.add(match.fingerprint);
    moved += 1;
  };
  // First each decision whose discrepancy is found again in its own place (its fingerprint changed:
  // its words became shared with another discrepancy, or stopped being), then the rest by outlets and words.
  const left: typeof lost = [];
  for (const a of lost) {
    const match = candidates.find((c) => c.holder === a.fingerprint && !taken.has(c.fingerprint));
    if (match) await move(a, match);
    else left.push(a);
  }
  for (const a of left) {
    const spans = oldSpans.get(a.fingerprint);
    // An annotation whose discrepancy was already gone before this run has only its words (`quote`).
    const words = spans ? spans.map((s) => canonical(s.text)) : a.quote.split(" / ").map(canonical);
    const pairs = spans && oldLabels.length > 0 ? spans.map((s) => pair(oldLabels, s)) : null;
    const free = candidates.filter((c) => !taken.has(c.fingerprint) && (c.holder === undefined || c.holder === a.fingerprint));
    const match = successor({ type: a.type, pairs, words }, free, gone);
    if (match) await move(a, match);
  }
  return moved;
}
