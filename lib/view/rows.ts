import type { AnalysisResult } from "@/lib/analysis/types";

/** One row of the side-by-side view: a claim group, or a sentence only one source carries. */
export interface ReadingRow {
  key: string;
  claimGroup: number | null;
  /** Per source: the sentence indices shown in that column (empty: "Not in <outlet>"). */
  cells: Array<{ sentences: number[]; changed: Array<[number, number]> }>;
}

/** Claim groups and unaligned sentences in reading order across the sources. */
export function readingRows(result: AnalysisResult): ReadingRow[] {
  const n = result.sources.length;
  const rel = (source: number, sentence: number) => sentence / Math.max(1, result.sources[source]?.sentences.length ?? 1);
  const rows: Array<ReadingRow & { anchor: number; tie: number }> = [];
  const grouped = result.sources.map(() => new Set<number>());
  for (const g of result.claimGroups) {
    const cells = Array.from({ length: n }, () => ({ sentences: [] as number[], changed: [] as Array<[number, number]> }));
    let anchor = Infinity;
    for (const m of g.members) {
      cells[m.source] = { sentences: m.sentences, changed: m.changed };
      for (const s of m.sentences) grouped[m.source]?.add(s);
      anchor = Math.min(anchor, rel(m.source, m.sentences[0] ?? 0));
    }
    rows.push({ key: `g${g.id}`, claimGroup: g.id, cells, anchor, tie: g.members[0]?.source ?? 0 });
  }
  result.sources.forEach((source, si) => {
    for (const s of source.sentences) {
      if (grouped[si]?.has(s.index)) continue;
      const cells = Array.from({ length: n }, () => ({ sentences: [] as number[], changed: [] as Array<[number, number]> }));
      cells[si] = { sentences: [s.index], changed: [] };
      rows.push({ key: `s${si}-${s.index}`, claimGroup: null, cells, anchor: rel(si, s.index), tie: si });
    }
  });
  return rows.sort((a, b) => a.anchor - b.anchor || a.tie - b.tie).map(({ key, claimGroup, cells }) => ({ key, claimGroup, cells }));
}
