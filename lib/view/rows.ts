import type { AnalysisResult, Discrepancy } from "@/lib/analysis/types";

/** A pointer to another row: its key (the side-by-side's `row-<key>` anchor) and its number. */
export interface RowRef {
  key: string;
  number: number;
}

export interface ReadingCell {
  /** The sentence indices shown in this column (empty: "Not in <outlet>"). */
  sentences: number[];
  changed: Array<[number, number]>;
  /**
   * Per sentence, in the order of `sentences`: the other rows that show the same sentence
   * (a sentence carrying two claims sits in two claim groups); usually empty.
   */
  alsoIn: RowRef[][];
}

/** One row of the side-by-side view: a claim group, or a sentence only one source carries. */
export interface ReadingRow {
  key: string;
  /** 1-based, in reading order: "row N" wherever a comparison is shown (page, coverage map, PDF, CSV). */
  number: number;
  claimGroup: number | null;
  /** One per source. */
  cells: ReadingCell[];
}

const emptyCell = (): ReadingCell => ({ sentences: [], changed: [], alsoIn: [] });

/**
 * Claim groups and unaligned sentences in reading order across the sources, numbered from 1.
 * A sentence in several claim groups is shown in each group's row, and each of those cells
 * names the other rows (`alsoIn`).
 */
export function readingRows(result: AnalysisResult): ReadingRow[] {
  const n = result.sources.length;
  const rel = (source: number, sentence: number) => sentence / Math.max(1, result.sources[source]?.sentences.length ?? 1);
  const rows: Array<ReadingRow & { anchor: number; tie: number }> = [];
  const grouped = result.sources.map(() => new Set<number>());
  for (const g of result.claimGroups) {
    const cells = Array.from({ length: n }, emptyCell);
    let anchor = Infinity;
    for (const m of g.members) {
      cells[m.source] = { sentences: m.sentences, changed: m.changed, alsoIn: [] };
      for (const s of m.sentences) grouped[m.source]?.add(s);
      anchor = Math.min(anchor, rel(m.source, m.sentences[0] ?? 0));
    }
    rows.push({ key: `g${g.id}`, number: 0, claimGroup: g.id, cells, anchor, tie: g.members[0]?.source ?? 0 });
  }
  result.sources.forEach((source, si) => {
    for (const s of source.sentences) {
      if (grouped[si]?.has(s.index)) continue;
      const cells = Array.from({ length: n }, emptyCell);
      cells[si] = { sentences: [s.index], changed: [], alsoIn: [] };
      rows.push({ key: `s${si}-${s.index}`, number: 0, claimGroup: null, cells, anchor: rel(si, s.index), tie: si });
    }
  });
  const ordered: ReadingRow[] = rows
    .sort((a, b) => a.anchor - b.anchor || a.tie - b.tie)
    .map(({ key, claimGroup, cells }, r) => ({ key, number: r + 1, claimGroup, cells }));
  const showing = new Map<string, RowRef[]>();
  for (const row of ordered) {
    row.cells.forEach((cell, si) => {
      for (const s of cell.sentences) showing.set(`${si}:${s}`, [...(showing.get(`${si}:${s}`) ?? []), { key: row.key, number: row.number }]);
    });
  }
  for (const row of ordered) {
    row.cells.forEach((cell, si) => {
      cell.alsoIn = cell.sentences.map((s) => (showing.get(`${si}:${s}`) ?? []).filter((other) => other.key !== row.key));
    });
  }
  return ordered;
}

type Located = Pick<Discrepancy, "claimGroup" | "spans">;

/**
 * The row a discrepancy belongs to (where selecting it scrolls): its claim group's row;
 * for omissions and entity-level discrepancies (no claim group), the first row showing all
 * its sentences, else the first row showing its first sentence.
 */
export function rowOf(rows: readonly ReadingRow[], discrepancy: Located): ReadingRow | null {
  const own = discrepancy.claimGroup === null ? undefined : rows.find((r) => r.claimGroup === discrepancy.claimGroup);
  if (own) return own;
  const first = discrepancy.spans[0];
  if (!first) return null;
  // A claim two outlets carry and a third lacks: the row that holds both outlets' sentences, not
  // another row the first sentence also sits in (it carries two claims).
  const holds = (r: ReadingRow, s: Located["spans"][number]) => r.cells[s.source]?.sentences.includes(s.sentence) ?? false;
  return rows.find((r) => discrepancy.spans.every((s) => holds(r, s))) ?? rows.find((r) => holds(r, first)) ?? null;
}

/**
 * Which discrepancies to show beside a sentence in a given row. One found inside a claim
 * group belongs to that group's row only, even when its sentence also sits in another
 * group; omissions and entity-level discrepancies (no claim group) show wherever their
 * sentences do. Given the rows, a claim group's words in a sentence outside its row (where a
 * quotation it compares is attributed) show there too, in the first row that holds that
 * sentence: the row the decision panel's "words: row N" link goes to.
 */
export function sentenceDiscrepancies<D extends Located>(discrepancies: readonly D[], rows: readonly ReadingRow[] = []): (row: ReadingRow, source: number, sentence: number) => D[] {
  const bySentence = new Map<string, D[]>();
  const away = new Map<string, D[]>();
  const add = (map: Map<string, D[]>, key: string, d: D) => {
    const list = map.get(key) ?? [];
    if (!list.includes(d)) list.push(d);
    map.set(key, list);
  };
  for (const d of discrepancies) {
    const own = d.claimGroup === null ? undefined : rows.find((r) => r.claimGroup === d.claimGroup);
    for (const s of d.spans) {
      add(bySentence, `${s.source}:${s.sentence}`, d);
      if (!own || own.cells[s.source]?.sentences.includes(s.sentence)) continue;
      const there = rows.find((r) => r.cells[s.source]?.sentences.includes(s.sentence));
      if (there) add(away, `${there.key}|${s.source}:${s.sentence}`, d);
    }
  }
  return (row, source, sentence) => [
    ...(bySentence.get(`${source}:${sentence}`) ?? []).filter((d) => d.claimGroup === null || d.claimGroup === row.claimGroup),
    ...(away.get(`${row.key}|${source}:${sentence}`) ?? []),
  ];
}
