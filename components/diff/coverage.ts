import type { Discrepancy, DiscrepancyType } from "@/lib/analysis/types";
import { sentenceDiscrepancies, type ReadingRow } from "@/lib/view/rows";

/** One cell of the coverage map: does the source carry the row's claim, and does it disagree? */
export interface CoverageCell {
  state: "carries" | "disagrees" | "missing";
  /** The most severe discrepancy type touching this cell (omissions aside). */
  type: DiscrepancyType | null;
  discrepancies: number[];
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * The coverage map's cells, row by row, in the same reading order as the side-by-side view.
 * A discrepancy found in a claim group colours that group's row only, even where its sentence
 * also sits in another group's row; entity-level ones colour every row showing their sentences.
 */
export function coverage(discrepancies: readonly Discrepancy[], rows: readonly ReadingRow[]): CoverageCell[][] {
  const touching = sentenceDiscrepancies(discrepancies.filter((d) => d.type !== "omission"));
  return rows.map((row) =>
    row.cells.map((cell, source) => {
      if (cell.sentences.length === 0) return { state: "missing", type: null, discrepancies: [] };
      const found = [...new Set(cell.sentences.flatMap((s) => touching(row, source, s)))];
      const worst = found.filter((d) => d.severity !== "low").sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.id - b.id)[0];
      return worst
        ? { state: "disagrees", type: worst.type, discrepancies: found.map((d) => d.id) }
        : { state: "carries", type: null, discrepancies: found.map((d) => d.id) };
    }),
  );
}
