import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze } from "@/lib/analysis";
import type { ComparisonInput } from "./comparison";
import { q as inQuotes } from "@/lib/analysis/finding";
import { filterParams, filtersFrom, NO_FILTERS, presentComparison, shownRows } from "./present-comparison";

const result = analyze([
  { label: "UPI", text: fs.readFileSync("prisma/sample/upi.txt", "utf8") },
  { label: "Reuters", text: fs.readFileSync("prisma/sample/reuters.txt", "utf8") },
]);
const input: ComparisonInput = {
  id: "c1",
  title: "Sample",
  analysisStatus: "done",
  engineVersion: result.engine,
  sources: ["UPI", "Reuters"].map((outlet) => ({ outlet, url: null, byline: null, dateline: null, headline: null, publishedAt: null, capturedAt: "2026-12-01T00:00:00.000Z" })),
  result,
  discrepancies: result.discrepancies.map((d, i) => ({
    ...d,
    manual: false,
    annotation: i === 0 ? { fingerprint: d.fingerprint, status: "dismissed", assignee: null, version: 1, type: d.type, quote: "q", events: [] } : null,
  })),
  orphans: [{ fingerprint: "0123456789abcdef", status: "follow_up", assignee: { id: "u", name: "Eda" }, version: 2, type: "number", quote: "12 / 14", events: [{ id: "e", kind: "note", from: null, to: null, note: "Call them", actor: "Eda", at: "2026-12-01T10:00:00.000Z" }] }],
  editorSummary: null,
};

describe("presentComparison", () => {
  const view = presentComparison(input);

  test("counts say rows and discrepancies in words, not claim groups", () => {
    expect(view.counts.rows.total).toBe(view.rows.length);
    expect(view.counts.rows.everyOutlet).toBe(result.claimGroups.length);
    expect(view.words.rows).toBe(`${view.rows.length} rows of claims: ${result.claimGroups.length} carried by both outlets, ${view.rows.length - result.claimGroups.length} by one outlet only`);
    expect(view.words.discrepancies).toMatch(new RegExp(`^${result.discrepancies.length} discrepancies \\(\\d+ high, \\d+ medium, \\d+ low\\); ${result.discrepancies.length - 1} still open$`));
  });

  test("discrepancies in reading order, each with its row and its words", () => {
    const numbers = view.discrepancies.map((d) => d.row?.number ?? Infinity);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const title = view.discrepancies.find((d) => d.type === "title" && d.source.claimGroup === null);
    expect(title?.words).toBe("UPI: “Ambassador” · Reuters: “ambassador-designate”");
    const omission = view.discrepancies.find((d) => d.type === "omission");
    expect(omission?.words).toMatch(/^only (UPI|Reuters)$/);
    expect(omission?.missingFrom).toHaveLength(1);
  });

  test("marked words that carry their own quotation marks are not quoted twice", () => {
    expect(inQuotes('"based on the Bible."')).toBe("“based on the Bible.”");
    expect(inQuotes("phony theology,”")).toBe("“phony theology,”");
    expect(inQuotes("Ambassador")).toBe("“Ambassador”");
    expect(inQuotes("the 'phony' theology")).toBe("“the 'phony' theology”");
    expect(inQuotes("the farmers'")).toBe("“the farmers'”");
  });

  /** A discrepancy marking a UPI sentence of the first claim row and a Reuters sentence only a later row holds. */
  const pointing = (type: "title" | "attribution", own: "none" | "first row") => {
    const first = view.rows.find((r) => r.claimGroup !== null)!;
    const later = view.rows.find((r) => r.number > first.number && r.cells[1]!.sentences.some((i) => !first.cells[1]!.sentences.includes(i)))!;
    const upi = first.cells[0]!.sentences[0]!;
    const reuters = later.cells[1]!.sentences.find((i) => !first.cells[1]!.sentences.includes(i))!;
    const text = (source: number, i: number) => result.sources[source]!.sentences[i]!.text;
    const discrepancy = {
      ...result.discrepancies[0]!,
      id: 999,
      fingerprint: `pointing-${type}`,
      type,
      claimGroup: own === "none" ? null : first.claimGroup,
      spans: [
        { source: 0, sentence: upi, text: text(0, upi).slice(0, 5), start: 0, end: 5 },
        { source: 1, sentence: reuters, text: text(1, reuters).slice(0, 5), start: 0, end: 5 },
      ],
      manual: false,
      annotation: null,
    };
    return { first, later, item: presentComparison({ ...input, discrepancies: [discrepancy] }).discrepancies[0]! };
  };

  test.each([
    ["a title compared across whole articles", "title", "none"],
    ["where a quotation compared in a row is attributed", "attribution", "first row"],
  ] as const)("an outlet's words in another row are pointed to: %s", (_, type, own) => {
    const { first, later, item } = pointing(type, own);
    expect(item.row?.number).toBe(first.number);
    expect(item.elsewhere).toEqual([{ outlet: "Reuters", row: { key: later.key, number: later.number } }]);
  });

  test("words all in a discrepancy's own row point nowhere else", () => {
    expect(view.discrepancies.filter((d) => d.source.claimGroup !== null).every((d) => d.elsewhere.length === 0)).toBe(true);
  });

  test("no longer detected decisions keep their words, status and notes", () => {
    expect(view.noLongerDetected).toEqual([{ fingerprint: "0123456789abcdef", type: "number", quote: "12 / 14", status: "follow_up", assignee: "Eda", notes: [{ author: "Eda", at: "2026-12-01T10:00:00.000Z", text: "Call them" }] }]);
  });

  test("nothing both outlets say is marked as differing (symmetric marks)", () => {
    for (const row of view.rows) {
      if (row.claimGroup === null) continue;
      const texts = row.cells.map((c, si) => c.sentences.map((i) => result.sources[si]!.sentences[i]!.text).join(" ").toLowerCase());
      row.cells.forEach((cell, si) => {
        for (const [a, b] of cell.changed) {
          const phrase = texts[si]!.slice(a, b);
          if (phrase.split(/\s+/).length < 2) continue;
          expect(texts.filter((_, k) => k !== si).every((t) => t.includes(phrase)), `row ${row.number}: “${phrase}”`).toBe(false);
        }
      });
    }
    // "Dmytro Ponomarenko" is in both sentences of row 1: not marked in either.
    const first = view.rows.find((r) => r.claimGroup !== null)!;
    first.cells.forEach((cell, si) => {
      const text = cell.sentences.map((i) => result.sources[si]!.sentences[i]!.text).join(" ");
      expect(cell.changed.map(([a, b]) => text.slice(a, b))).not.toContain("Dmytro Ponomarenko");
    });
  });
});

describe("filters", () => {
  test("from search parameters and back; unknown values ignored", () => {
    const f = filtersFrom({ type: "number", severity: "bogus", status: "open", omissions: "hide", only: "flagged", order: "severity" });
    expect(f).toEqual({ type: "number", severity: null, status: "open", hideOmissions: true, onlyFlagged: true, order: "severity" });
    expect(filterParams(f)).toEqual([["only", "flagged"], ["type", "number"], ["status", "open"], ["omissions", "hide"], ["order", "severity"]]);
    expect(filtersFrom({})).toEqual(NO_FILTERS);
    expect(filtersFrom({ order: "alphabetical" }).order).toBe("reading");
    expect(filterParams(NO_FILTERS)).toEqual([]);
  });

  test("the list in reading order, the most severe first, by type or with the open ones first; ties keep reading order", () => {
    const reading = presentComparison(input).shown;
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const bySeverity = presentComparison(input, { ...NO_FILTERS, order: "severity" }).shown;
    expect(bySeverity.map((d) => rank[d.severity])).toEqual([...bySeverity.map((d) => rank[d.severity])].sort((a, b) => a - b));
    expect(bySeverity[0]?.severity).toBe("high");
    // Within one severity, reading order.
    const highs = reading.filter((d) => d.severity === "high").map((d) => d.fingerprint);
    expect(bySeverity.filter((d) => d.severity === "high").map((d) => d.fingerprint)).toEqual(highs);
    const byType = presentComparison(input, { ...NO_FILTERS, order: "type" }).shown.map((d) => d.type);
    expect(byType).toEqual([...byType].sort());
    expect(new Set(bySeverity.map((d) => d.fingerprint))).toEqual(new Set(reading.map((d) => d.fingerprint)));
    const decided = { ...input, discrepancies: input.discrepancies.map((d, i) => (i === 0 ? { ...d, annotation: { fingerprint: d.fingerprint, status: "dismissed" as const, assignee: null, version: 1, type: d.type, quote: "", events: [] } } : d)) };
    const byStatus = presentComparison(decided, { ...NO_FILTERS, order: "status" }).shown;
    expect(byStatus.at(-1)?.status).toBe("dismissed");
    expect(byStatus[0]?.status).toBe("open");
  });

  test("hide omissions lists none; status filters; only rows with a listed discrepancy", () => {
    const noOmissions = presentComparison(input, { ...NO_FILTERS, hideOmissions: true, onlyFlagged: true });
    expect(noOmissions.shown.some((d) => d.type === "omission")).toBe(false);
    expect(noOmissions.shown.length).toBe(input.discrepancies.filter((d) => d.type !== "omission").length);
    const rows = shownRows(noOmissions, [0, 1], { ...NO_FILTERS, hideOmissions: true, onlyFlagged: true });
    const all = shownRows(noOmissions, [0, 1], NO_FILTERS);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((r) => r.flagged)).toBe(true);
    const dismissed = presentComparison(input, { ...NO_FILTERS, status: "dismissed" });
    expect(dismissed.shown).toHaveLength(1);
    expect(dismissed.words.shown).toBe(`1 of ${input.discrepancies.length} discrepancies`);
  });
});
