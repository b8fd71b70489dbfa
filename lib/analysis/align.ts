import { assign } from "./assignment";
import type { SentenceFeatures } from "./features";
import { overlap, type Idf } from "./similarity";

/**
 * Alignment: which sentences carry the same claim across sources. For every
 * pair of sources a global maximum-weight assignment over the similarity matrix
 * picks 1:1 matches above ALIGN_THRESHOLD (reading order is only a small tie
 * breaker: outlets reorder paragraphs). A sentence left over is attached to its
 * neighbour's partner when that partner covers most of it (one outlet split the
 * claim over two sentences). Matches across all pairs are joined into claim
 * groups; sentences in no group are claims only their source carries.
 */
export const ALIGN_THRESHOLD = 0.27;
const SPLIT_COVER = 0.3;
const SPLIT_MIN_SIMILARITY = 0.18;
const ORDER_HINT = 0.03;
/** Weighted words below this do not make two sentences worth scoring. */
const CANDIDATE_WEIGHT = 0.3;

export interface AlignSource {
  features: SentenceFeatures[];
}

export interface AlignedGroup {
  similarity: number;
  members: Array<{ source: number; sentences: number[] }>;
}

interface Edge {
  a: number;
  b: number;
  similarity: number;
}

/** Pairs of sentences an editor ruled are not the same claim: (source, sentence, source, sentence). */
export type Forbidden = (s: number, i: number, t: number, j: number) => boolean;
const NOTHING_FORBIDDEN: Forbidden = () => false;

export function align(sources: readonly AlignSource[], idf: Idf, forbidden: Forbidden = NOTHING_FORBIDDEN): AlignedGroup[] {
  const steps = alignSteps(sources, idf, forbidden);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** `align`, one source pair at a time: yields the fraction of pairs done, returns the groups. */
export function* alignSteps(sources: readonly AlignSource[], idf: Idf, forbidden: Forbidden = NOTHING_FORBIDDEN): Generator<number, AlignedGroup[], void> {
  const offsets: number[] = [];
  let total = 0;
  for (const s of sources) {
    offsets.push(total);
    total += s.features.length;
  }
  const edges: Edge[] = [];
  const pairs = (sources.length * (sources.length - 1)) / 2;
  let done = 0;
  for (let s = 0; s < sources.length; s += 1) {
    for (let t = s + 1; t < sources.length; t += 1) {
      edges.push(...alignPair(sources[s]?.features ?? [], sources[t]?.features ?? [], idf, (i, j) => forbidden(s, i, t, j) || forbidden(t, j, s, i)).map((e) => ({
        a: (offsets[s] ?? 0) + e.a,
        b: (offsets[t] ?? 0) + e.b,
        similarity: e.similarity,
      })));
      done += 1;
      yield done / pairs;
    }
  }
  // Union-find over sentence nodes.
  const parent = Array.from({ length: total }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const sourceOf = (node: number): [number, number] => {
    let s = 0;
    while (s + 1 < offsets.length && (offsets[s + 1] ?? Infinity) <= node) s += 1;
    return [s, node - (offsets[s] ?? 0)];
  };
  const components = new Map<number, number[]>();
  for (let node = 0; node < total; node += 1) {
    const root = find(node);
    const list = components.get(root);
    if (list) list.push(node);
    else components.set(root, [node]);
  }
  const edgeSims = new Map<number, number[]>();
  for (const e of edges) {
    const root = find(e.a);
    const list = edgeSims.get(root);
    if (list) list.push(e.similarity);
    else edgeSims.set(root, [e.similarity]);
  }
  const groups: Array<AlignedGroup & { anchor: number }> = [];
  for (const [root, nodes] of components) {
    const bySource = new Map<number, number[]>();
    for (const node of nodes) {
      const [s, i] = sourceOf(node);
      const list = bySource.get(s);
      if (list) list.push(i);
      else bySource.set(s, [i]);
    }
    if (bySource.size < 2) continue;
    const sims = edgeSims.get(root) ?? [0];
    const members = [...bySource.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([source, sentences]) => ({ source, sentences: sentences.sort((x, y) => x - y) }));
    const anchor = Math.min(
      ...members.map((m) => (m.sentences[0] ?? 0) / Math.max(1, sources[m.source]?.features.length ?? 1)),
    );
    groups.push({ similarity: round(sims.reduce((x, y) => x + y, 0) / sims.length), members, anchor });
  }
  return groups
    .sort((x, y) => x.anchor - y.anchor || (x.members[0]?.source ?? 0) - (y.members[0]?.source ?? 0))
    .map(({ similarity, members }) => ({ similarity, members }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** 1:1 assignment plus 1:n splits between two sources; indices are local to each source. */
export function alignPair(a: readonly SentenceFeatures[], b: readonly SentenceFeatures[], idf: Idf, forbidden: (i: number, j: number) => boolean = () => false): Edge[] {
  const sims: number[][] = [];
  const covers: Array<Array<[number, number]>> = [];
  // Candidates: pairs that share at least one informative word or stem. Scoring only those keeps
  // 10 long sources fast; a pair sharing nothing informative cannot reach the threshold anyway.
  const informative = (f: SentenceFeatures) => [...f.content].filter(([key, w]) => w * idf(key) >= CANDIDATE_WEIGHT).flatMap(([key]) => (key.length >= 6 ? [key, `~${key.slice(0, 5)}`] : [key]));
  const index = new Map<string, number[]>();
  b.forEach((fb, j) => {
    for (const key of informative(fb)) {
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  });
  for (let i = 0; i < a.length; i += 1) {
    const row: number[] = new Array<number>(b.length).fill(0);
    const coverRow: Array<[number, number]> = Array.from({ length: b.length }, () => [0, 0] as [number, number]);
    const fa = a[i];
    const candidates = new Set<number>();
    if (fa) for (const key of informative(fa)) for (const j of index.get(key) ?? []) candidates.add(j);
    for (const j of candidates) {
      const fb = b[j];
      if (!fa || !fb) continue;
      if (forbidden(i, j)) continue;
      const o = overlap(fa, fb, idf);
      const order = 1 - Math.abs(i / Math.max(1, a.length - 1) - j / Math.max(1, b.length - 1));
      row[j] = o.similarity + (o.similarity > 0.15 ? ORDER_HINT * order : 0);
      coverRow[j] = [o.coverA, o.coverB];
    }
    sims.push(row);
    covers.push(coverRow);
  }
  const match = assign(sims, ALIGN_THRESHOLD);
  const edges: Edge[] = [];
  const partnerOfB = new Map<number, number>();
  match.forEach((j, i) => {
    if (j < 0) return;
    edges.push({ a: i, b: j, similarity: round(Math.min(1, sims[i]?.[j] ?? 0)) });
    partnerOfB.set(j, i);
  });
  // Splits: b[j] unmatched, next to b[j'] matched with a[i], and mostly covered by a[i].
  for (let j = 0; j < b.length; j += 1) {
    if (partnerOfB.has(j)) continue;
    for (const neighbour of [j - 1, j + 1]) {
      const i = partnerOfB.get(neighbour);
      if (i === undefined) continue;
      const cover = covers[i]?.[j]?.[1] ?? 0;
      const sim = sims[i]?.[j] ?? 0;
      if (cover >= SPLIT_COVER && sim >= SPLIT_MIN_SIMILARITY) {
        edges.push({ a: i, b: j, similarity: round(sim) });
        break;
      }
    }
  }
  const matchedA = new Set(match.map((j, i) => (j >= 0 ? i : -1)).filter((i) => i >= 0));
  for (let i = 0; i < a.length; i += 1) {
    if (matchedA.has(i)) continue;
    for (const neighbour of [i - 1, i + 1]) {
      const j = match[neighbour];
      if (j === undefined || j < 0) continue;
      const cover = covers[i]?.[j]?.[0] ?? 0;
      const sim = sims[i]?.[j] ?? 0;
      if (cover >= SPLIT_COVER && sim >= SPLIT_MIN_SIMILARITY) {
        edges.push({ a: i, b: j, similarity: round(sim) });
        break;
      }
    }
  }
  return edges;
}
