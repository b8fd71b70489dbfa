import { expect, test } from "vitest";
import type { AnalysisResult } from "@/lib/analysis/types";
import { readingRows } from "./rows";
import { rowSentences, sentenceChoices } from "./same-claim";

const sentence = (index: number, text: string) => ({ index, text, start: 0, end: text.length });
const result = {
  engine: "test",
  sources: [
    { label: "A", sentences: [sentence(0, "The mayor resigned on Monday."), sentence(1, `A long sentence ${"word ".repeat(40)}ends here.`)] },
    { label: "B", sentences: [sentence(0, "The mayor quit on Monday."), sentence(1, "She denied wrongdoing.")] },
  ],
  claimGroups: [{ id: 0, similarity: 0.5, members: [{ source: 0, sentences: [0], changed: [] }, { source: 1, sentences: [0], changed: [] }] }],
  discrepancies: [],
} as unknown as AnalysisResult;

test("each outlet's sentences in order, with the first row that shows each, shortened to 120 characters", () => {
  const rows = readingRows(result);
  const choices = sentenceChoices(result, rows);
  expect(choices[1]).toEqual([
    { sentence: 0, row: 1, text: "The mayor quit on Monday.", full: "The mayor quit on Monday." },
    { sentence: 1, row: rows.find((r) => r.cells[1]?.sentences.includes(1))?.number, text: "She denied wrongdoing.", full: "She denied wrongdoing." },
  ]);
  expect(choices[0]?.[1]?.text).toHaveLength(120);
  expect(choices[0]?.[1]?.text.endsWith("…")).toBe(true);
});

test("a row's sentences as the request names them", () => {
  const rows = readingRows(result);
  expect(rowSentences(result, rows[0]!)).toEqual([
    { source: 0, sentence: 0, text: "The mayor resigned on Monday." },
    { source: 1, sentence: 0, text: "The mayor quit on Monday." },
  ]);
});
