import { diffArrays } from "diff";
import type { Token } from "./nlp";

/**
 * Word-level difference of two sentences (or two runs of sentences), computed
 * by jsdiff over their tokens after typography normalisation, so quotes,
 * dashes and spaces never differ. A hunk is a maximal run of removed and added
 * tokens between unchanged ones; punctuation-only hunks are dropped.
 */
export interface Hunk {
  a: Token[];
  b: Token[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Pairs of token runs already diffed: a claim group's rows are diffed for display and again when each
 * linked pair is classified (`analyze`). Hunks are shared; nobody changes them.
 */
const diffs = new WeakMap<readonly Token[], WeakMap<readonly Token[], readonly Hunk[]>>();

export function wordDiff(a: readonly Token[], b: readonly Token[]): readonly Hunk[] {
  let byB = diffs.get(a);
  if (!byB) {
    byB = new WeakMap();
    diffs.set(a, byB);
  }
  let out = byB.get(b);
  if (!out) {
    out = diffTokens(a, b);
    byB.set(b, out);
  }
  return out;
}

function diffTokens(a: readonly Token[], b: readonly Token[]): Hunk[] {
  const keysA = a.map((t) => t.lower);
  const keysB = b.map((t) => t.lower);
  const changes = diffArrays(keysA, keysB);
  const hunks: Hunk[] = [];
  let ia = 0;
  let ib = 0;
  let current: Hunk | null = null;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      if (current) hunks.push(current);
      current = null;
      ia += count;
      ib += count;
      continue;
    }
    current ??= { a: [], b: [] };
    if (change.removed) {
      current.a.push(...a.slice(ia, ia + count));
      ia += count;
    } else {
      current.b.push(...b.slice(ib, ib + count));
      ib += count;
    }
  }
  if (current) hunks.push(current);
  return hunks.filter((h) => h.a.some((t) => WORD.test(t.text)) || h.b.some((t) => WORD.test(t.text)));
}

/** Character ranges of the word tokens in hunks, merged where adjacent. */
export function changedRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const t of tokens) {
    if (!WORD.test(t.text)) continue;
    const last = ranges[ranges.length - 1];
    if (last && t.start - last[1] <= 1) last[1] = t.end;
    else ranges.push([t.start, t.end]);
  }
  return ranges;
}
