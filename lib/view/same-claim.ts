import type { AnalysisResult } from "@/lib/analysis/types";
import type { ReadingRow } from "./rows";

/** A sentence an editor may say carries a row's claim: where it is shown first, and its words (shortened). */
export interface SentenceChoice {
  sentence: number;
  /** The first row that shows it (rows are numbered from 1). */
  row: number;
  /** Shortened to SHOWN_CHARS for the list. */
  text: string;
  /** The whole sentence, which the request names it by. */
  full: string;
}

const SHOWN_CHARS = 120;

/**
 * Per source, its sentences in reading order, each with the first row showing it: the choices of a
 * "same claim" picker (an editor says which sentence of an outlet a row lacks carries its claim).
 */
export function sentenceChoices(result: AnalysisResult, rows: readonly ReadingRow[]): SentenceChoice[][] {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    row.cells.forEach((cell, si) => {
      for (const s of cell.sentences) if (!firstRow.has(`${si}:${s}`)) firstRow.set(`${si}:${s}`, row.number);
    });
  }
  return result.sources.map((source, si) =>
    source.sentences.map((s) => ({
      sentence: s.index,
      row: firstRow.get(`${si}:${s.index}`) ?? 0,
      text: s.text.length > SHOWN_CHARS ? `${s.text.slice(0, SHOWN_CHARS - 1).trimEnd()}…` : s.text,
      full: s.text,
    })),
  );
}

/** The sentences of a row, as the "same claim" request names them. */
export function rowSentences(result: AnalysisResult, row: ReadingRow): Array<{ source: number; sentence: number; text: string }> {
  return row.cells.flatMap((cell, source) => cell.sentences.map((sentence) => ({ source, sentence, text: result.sources[source]?.sentences[sentence]?.text ?? "" })));
}
