import fs from "node:fs";
import { expect, test } from "vitest";
import { analyze } from "@/lib/analysis";
import { coverage } from "./coverage";
import { SHARED_SENTENCE_RESULT } from "@/lib/testing/shared-sentence";
import { readingRows } from "@/lib/view/rows";

test("on the seeds: Biden and Japan are UPI-only, the trade figures Reuters-only, the ESET row disagrees on a number", () => {
  const result = analyze([
    { label: "UPI", text: fs.readFileSync("prisma/sample/upi.txt", "utf8") },
    { label: "Reuters", text: fs.readFileSync("prisma/sample/reuters.txt", "utf8") },
  ]);
  const rows = readingRows(result);
  const cells = coverage(result.discrepancies, rows);
  const rowOf = (source: number, pattern: RegExp) =>
    rows.findIndex((r) => r.cells[source]?.sentences.some((i) => pattern.test(result.sources[source]?.sentences[i]?.text ?? "")));
  for (const [source, pattern] of [[0, /Joe Biden/], [0, /Japanese government/], [1, /0\.1%/], [1, /Samsung/]] as const) {
    const row = cells[rowOf(source, pattern)];
    expect(row?.[source]?.state).not.toBe("missing");
    expect(row?.[1 - source]?.state).toBe("missing");
  }
  const eset = cells[rowOf(0, /ESET/)];
  expect(eset?.map((c) => c.state)).toEqual(["disagrees", "disagrees"]);
  expect(eset?.[0]?.type).toBe("number");
});

test("a sentence in two claim groups: each group's discrepancy colours its own row only; entity-level ones both", () => {
  const rows = readingRows(SHARED_SENTENCE_RESULT);
  const cells = coverage(SHARED_SENTENCE_RESULT.discrepancies, rows);
  expect(rows.map((r) => r.key)).toEqual(["g0", "g1", "g2", "s0-2"]);
  expect(cells).toEqual([
    [
      { state: "disagrees", type: "number", discrepancies: [0, 3] },
      { state: "disagrees", type: "number", discrepancies: [0, 3] },
    ],
    [
      { state: "disagrees", type: "attribution", discrepancies: [1, 3] },
      { state: "disagrees", type: "attribution", discrepancies: [1] },
    ],
    [
      { state: "disagrees", type: "date", discrepancies: [2] },
      { state: "disagrees", type: "date", discrepancies: [2] },
    ],
    [
      { state: "carries", type: null, discrepancies: [] },
      { state: "missing", type: null, discrepancies: [] },
    ],
  ]);
});

test("a low-severity discrepancy in one group does not colour the other group's row through the shared sentence", () => {
  const low = { ...SHARED_SENTENCE_RESULT, discrepancies: SHARED_SENTENCE_RESULT.discrepancies.map((d) => (d.id === 1 ? { ...d, severity: "low" as const } : d)) };
  const cells = coverage(low.discrepancies, readingRows(low));
  expect(cells[1]?.map((c) => [c.state, c.type])).toEqual([["carries", null], ["carries", null]]);
  expect(cells[0]?.map((c) => [c.state, c.type])).toEqual([["disagrees", "number"], ["disagrees", "number"]]);
});
