import { describe, expect, test } from "vitest";
import type { AnalysisResult } from "@/lib/analysis/types";
import { SHARED_SENTENCE_RESULT as shared } from "@/lib/testing/shared-sentence";
import { readingRows, rowOf, sentenceDiscrepancies } from "./rows";

describe("the shared-sentence fixture", () => {
  test("offsets and quoted words match the texts", () => {
    for (const source of shared.sources) {
      for (const s of source.sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const d of shared.discrepancies) {
      for (const span of d.spans) expect(shared.sources[span.source]?.sentences[span.sentence]?.text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe("readingRows", () => {
  const rows = readingRows(shared);

  test("claim groups and unaligned sentences in reading order, numbered from 1", () => {
    expect(rows.map((r) => [r.number, r.key, r.claimGroup])).toEqual([
      [1, "g0", 0],
      [2, "g1", 1],
      [3, "g2", 2],
      [4, "s0-2", null],
    ]);
    expect(rows.map((r) => r.cells.map((c) => c.sentences))).toEqual([
      [[0], [0]],
      [[0], [1]],
      [[1], [2]],
      [[2], []],
    ]);
  });

  test("a sentence in two claim groups shows in both rows, each naming the other", () => {
    expect(rows.map((r) => r.cells.map((c) => c.alsoIn))).toEqual([
      [[[{ key: "g1", number: 2 }]], [[]]],
      [[[{ key: "g0", number: 1 }]], [[]]],
      [[[]], [[]]],
      [[[]], []],
    ]);
  });

  test("a sentence in three groups names the two others; one row holding two sentences lists them per sentence", () => {
    const three: AnalysisResult = {
      ...shared,
      claimGroups: [
        { id: 0, similarity: 0.5, members: [{ source: 0, sentences: [0], changed: [] }, { source: 1, sentences: [0], changed: [] }] },
        { id: 1, similarity: 0.5, members: [{ source: 0, sentences: [0, 1], changed: [] }, { source: 1, sentences: [1], changed: [] }] },
        { id: 2, similarity: 0.5, members: [{ source: 0, sentences: [0], changed: [] }, { source: 1, sentences: [2], changed: [] }] },
      ],
    };
    const r = readingRows(three);
    expect(r.map((x) => x.key)).toEqual(["g0", "g1", "g2", "s0-2"]);
    expect(r[0]?.cells[0]?.alsoIn).toEqual([[{ key: "g1", number: 2 }, { key: "g2", number: 3 }]]);
    expect(r[1]?.cells[0]?.alsoIn).toEqual([[{ key: "g0", number: 1 }, { key: "g2", number: 3 }], []]);
  });
});

describe("rowOf: where selecting a discrepancy scrolls", () => {
  const rows = readingRows(shared);
  const d = (id: number) => shared.discrepancies[id]!;

  test("a discrepancy found in a claim group: that group's row, not the first row showing its sentence", () => {
    expect(rowOf(rows, d(0))?.key).toBe("g0");
    expect(rowOf(rows, d(1))?.key).toBe("g1");
    expect(rowOf(rows, d(2))?.key).toBe("g2");
  });

  test("entity-level discrepancies and omissions: the first row showing their first sentence", () => {
    expect(rowOf(rows, d(3))?.key).toBe("g0");
    expect(rowOf(rows, d(4))?.key).toBe("s0-2");
    expect(rowOf(rows, { claimGroup: null, spans: [] })).toBeNull();
  });

  test("an omission two outlets carry: the row holding both outlets' sentences, not another row its first sentence sits in", () => {
    const span = (source: number, sentence: number) => ({ source, sentence, text: "x", start: 0, end: 1 });
    // Wire's lead is in rows g0 and g1; Daily's sentence 1 only in g1.
    expect(rowOf(rows, { claimGroup: null, spans: [span(0, 0), span(1, 1)] })?.key).toBe("g1");
    expect(rowOf(rows, { claimGroup: null, spans: [span(0, 0)] })?.key).toBe("g0");
  });
});

describe("sentenceDiscrepancies", () => {
  test("a claim discrepancy shows in its own group's row only; entity-level ones wherever the sentence is", () => {
    const rows = readingRows(shared);
    const touching = sentenceDiscrepancies(shared.discrepancies);
    const ids = (key: string, source: number, sentence: number) => touching(rows.find((r) => r.key === key)!, source, sentence).map((x) => x.id);
    expect(ids("g0", 0, 0)).toEqual([0, 3]);
    expect(ids("g1", 0, 0)).toEqual([1, 3]);
    expect(ids("g0", 1, 0)).toEqual([0, 3]);
    expect(ids("g1", 1, 1)).toEqual([1]);
    expect(ids("s0-2", 0, 2)).toEqual([4]);
  });

  test("given the rows, a claim discrepancy's words outside its row show where they are (where a quotation is attributed)", () => {
    const rows = readingRows(shared);
    const said = shared.sources[0]!.sentences[2]!.text;
    const attributed = {
      ...shared.discrepancies[2]!,
      id: 9,
      type: "attribution" as const,
      claimGroup: 2,
      spans: [
        { source: 0, sentence: 2, text: said.slice(0, 4), start: 0, end: 4 },
        { source: 1, sentence: 2, text: "x", start: 0, end: 1 },
      ],
    };
    const all = [...shared.discrepancies, attributed];
    const at = (touching: (row: (typeof rows)[number], source: number, sentence: number) => Array<{ id: number }>, key: string, source: number, sentence: number) => touching(rows.find((r) => r.key === key)!, source, sentence).map((x) => x.id);
    // Its own row (g2) holds the other outlet's words; the first outlet's are in the unaligned row s0-2.
    expect(at(sentenceDiscrepancies(all, rows), "g2", 1, 2)).toContain(9);
    expect(at(sentenceDiscrepancies(all, rows), "s0-2", 0, 2)).toEqual([4, 9]);
    // Without the rows, a claim discrepancy stays in its own row.
    expect(at(sentenceDiscrepancies(all), "s0-2", 0, 2)).toEqual([4]);
  });
});
