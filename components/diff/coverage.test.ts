import fs from "node:fs";
import { expect, test } from "vitest";
import { analyze } from "@/lib/analysis";
import { coverage } from "./coverage";
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
