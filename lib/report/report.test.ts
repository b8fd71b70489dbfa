import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze } from "@/lib/analysis";
import { pdfText } from "@/lib/testing/pdf";
import { SHARED_SENTENCE_RESULT as shared } from "@/lib/testing/shared-sentence";
import type { ComparisonInput as ComparisonView, DiscrepancyInput as DiscrepancyView } from "@/lib/view/comparison";
import { buildReport } from "./build-report";
import { csvCell, csvRenderer } from "./csv";
import { toExport, ZComparisonExport } from "./json";
import { pdfRenderer } from "./pdf";
import { ZReportOptions, reportOptionsFrom } from "./types";

const result = analyze([
  { label: "UPI", text: fs.readFileSync("prisma/sample/upi.txt", "utf8") },
  { label: "Reuters", text: fs.readFileSync("prisma/sample/reuters.txt", "utf8") },
]);
const ambassador = result.discrepancies.find((d) => d.type === "title" && d.claimGroup === null)!;
const discrepancies: DiscrepancyView[] = result.discrepancies.map((d) => ({
  ...d,
  manual: false,
  annotation:
    d === ambassador
      ? {
          fingerprint: d.fingerprint,
          status: "confirmed",
          assignee: { id: "u", name: "=cmd|' /C calc'!A0" },
          version: 1,
          type: d.type,
          quote: "Ambassador / ambassador-designate",
          events: [{ id: "e1", kind: "note", from: null, to: null, note: "=HYPERLINK(\"http://evil\") checked, Ελλάδα", actor: "Eda Editor", at: "2026-11-22T10:00:00.000Z" }],
        }
      : null,
}));
const view: ComparisonView = {
  id: "c1",
  title: "Ukraine asks South Korea for help — Дмитро Пономаренко",
  analysisStatus: "done",
  engineVersion: result.engine,
  sources: ["UPI", "Reuters"].map((outlet, i) => ({
    outlet, url: `https://example.com/${i}`, publishedAt: "2022-02-25", byline: null, headline: null, dateline: null, capturedAt: "2026-11-22T09:00:00.000Z",
  })),
  result,
  discrepancies,
  orphans: [],
  editorSummary: null,
};

describe("report data", () => {
  test("options from the query string: default all but dismissed, A4, no appendix", () => {
    expect(reportOptionsFrom(new URLSearchParams(""))).toEqual({ statuses: ["open", "confirmed", "follow_up"], appendix: false, paper: "A4" });
    expect(reportOptionsFrom(new URLSearchParams("status=confirmed&appendix=1&paper=letter"))).toEqual({ statuses: ["confirmed"], appendix: true, paper: "LETTER" });
    expect(() => reportOptionsFrom(new URLSearchParams("status=bogus"))).toThrow();
  });

  test("filters by status and orders by severity; omissions name the outlets that lack the claim", () => {
    const onlyConfirmed = buildReport(view, ZReportOptions.parse({ statuses: ["confirmed"] }), "Ada");
    expect(onlyConfirmed.discrepancies.map((d) => d.words)).toEqual(["UPI: “Ambassador” · Reuters: “ambassador-designate”"]);
    const all = buildReport(view, ZReportOptions.parse({}), "Ada");
    expect(all.summary.total).toBe(result.discrepancies.length);
    expect(all.discrepancies.find((d) => d.type === "omission" && d.sentences[0]?.text.includes("Joe Biden"))?.missingFrom).toEqual(["Reuters"]);
    expect(all.discrepancies.map((d) => d.severity)).toEqual([...all.discrepancies.map((d) => d.severity)].sort((a, b) => ["high", "medium", "low"].indexOf(a) - ["high", "medium", "low"].indexOf(b)));
  });
});

describe("CSV", () => {
  test("cells are quoted and formula-safe", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });

  test("UTF-8 with BOM, one row per discrepancy, the right columns", async () => {
    const bytes = await csvRenderer.render(buildReport(view, ZReportOptions.parse({ statuses: ["open", "confirmed", "dismissed", "follow_up"] }), "Ada"));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFtype,severity,status,outlets,words,explanation,latest note,assignee,row\r\n")).toBe(true);
    const rows = text.trim().split("\r\n");
    expect(rows).toHaveLength(result.discrepancies.length + 1);
    expect(text).toContain(`"Eda Editor: =HYPERLINK(""http://evil"") checked, Ελλάδα"`);
    expect(text).toContain(`,'=cmd|' /C calc'!A0`);
    expect(text).not.toMatch(/,=/);
    expect(text).toContain("Ελλάδα");
  });

  test("statuses in the words the page and the PDF use", async () => {
    const data = buildReport(view, ZReportOptions.parse({ statuses: ["open", "confirmed", "dismissed", "follow_up"] }), "Ada");
    const [first] = data.discrepancies;
    if (!first) throw new Error("no discrepancy");
    const text = new TextDecoder().decode(await csvRenderer.render({ ...data, discrepancies: [{ ...first, status: "follow_up" }] }));
    expect(text.split("\r\n")[1]?.split(",")[2]).toBe("needs follow-up");
  });
});

describe("JSON", () => {
  test("round-trips through its zod schema", () => {
    const exported = toExport(view);
    const again = ZComparisonExport.parse(JSON.parse(JSON.stringify(exported)));
    expect(again).toEqual(exported);
    expect(again.schema).toBe("parallax-export/1");
    expect(again.discrepancies.find((d) => d.fingerprint === ambassador.fingerprint)?.annotation?.status).toBe("confirmed");
  });
});

describe("PDF", () => {
  test("renders a real PDF with Cyrillic and Greek text", async () => {
    const bytes = await pdfRenderer.render(buildReport(view, ZReportOptions.parse({ appendix: true, paper: "LETTER" }), "Ada Admin"));
    const head = new TextDecoder().decode(bytes.slice(0, 8));
    expect(head).toBe("%PDF-1.3");
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

test("the PDF has page numbers in the footer and its Cyrillic text reads back (pdf.js)", async () => {
  const bytes = await pdfRenderer.render(buildReport(view, ZReportOptions.parse({ appendix: true }), "Ada Admin"));
  const { pages, text } = await pdfText(bytes);
  const flat = text.replace(/\s+/g, " ");
  expect(pages).toBeGreaterThan(1);
  expect(flat).toContain(`Page 1 of ${pages}`);
  expect(flat).toContain(`Page ${pages} of ${pages}`);
  expect(flat).toContain("Дмитро Пономаренко");
  expect(flat).toContain("ambassador-designate");
  // Severities by rank, whatever their counts.
  const severities = [.../By severity: (.*?)By type/.exec(flat)![1]!.matchAll(/\d+ (high|medium|low)/g)].map((m) => m[1]);
  expect(severities.length).toBeGreaterThan(1);
  expect(severities).toEqual(["high", "medium", "low"].filter((x) => severities.includes(x)));
});

describe("a sentence in two claim groups (Wire's lead carries the budget and the hiring)", () => {
  const sharedView: ComparisonView = {
    ...view,
    title: "Budget and teachers",
    engineVersion: shared.engine,
    sources: ["Wire", "Daily"].map((outlet) => ({ ...view.sources[0]!, outlet, url: null })),
    result: shared,
    discrepancies: shared.discrepancies.map((d) => ({ ...d, manual: false, annotation: null })),
  };
  const everything = ZReportOptions.parse({ statuses: ["open", "confirmed", "dismissed", "follow_up"], appendix: true });
  const data = buildReport(sharedView, everything, "Ada");
  const rowOfType = (type: string) => data.discrepancies.find((d) => d.type === type)?.row;

  test("each discrepancy names its own claim group's row; entity-level ones and omissions the first row showing their sentence", () => {
    expect(["number", "attribution", "date", "title", "omission"].map(rowOfType)).toEqual([1, 2, 3, 1, 4]);
  });

  test("the appendix shows the sentence in both rows, each marked with the other", () => {
    const lead = "Mayor Ana Ruiz announced a $12 million schools budget that will hire 40 teachers.";
    expect(data.appendix).toEqual([
      { number: 1, cells: [[{ text: lead, alsoIn: [2] }], [{ text: "Acting Mayor Ana Ruiz announced a $15 million schools budget.", alsoIn: [] }]] },
      { number: 2, cells: [[{ text: lead, alsoIn: [1] }], [{ text: "Council officials said the money will pay for 40 new teachers.", alsoIn: [] }]] },
      { number: 3, cells: [[{ text: "The council approved the plan on Tuesday.", alsoIn: [] }], [{ text: "The council approved the plan on Wednesday.", alsoIn: [] }]] },
      { number: 4, cells: [[{ text: "Two members voted against it.", alsoIn: [] }], null] },
    ]);
  });

  test("CSV: one line per discrepancy, its row in the last column", async () => {
    const text = new TextDecoder().decode(await csvRenderer.render(data)).replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(shared.discrepancies.length + 1);
    const rowCell = (type: string) => lines.find((l) => l.startsWith(`${type},`))?.split(",").at(-1);
    expect(["number", "attribution", "date", "title", "omission"].map(rowCell)).toEqual(["1", "2", "3", "1", "4"]);
  });

  test("JSON: the sentence is listed in both claim groups, each discrepancy keeps its group, and the schema says so", () => {
    const exported = ZComparisonExport.parse(JSON.parse(JSON.stringify(toExport(sharedView))));
    const holding = exported.claimGroups.filter((g) => g.members.some((m) => m.source === 0 && m.sentences.includes(0))).map((g) => g.id);
    expect(holding).toEqual([0, 1]);
    expect(exported.discrepancies.map((d) => [d.type, d.claimGroup])).toEqual([["number", 0], ["attribution", 1], ["date", 2], ["title", null], ["omission", null]]);
    expect(ZComparisonExport.shape.claimGroups.description).toMatch(/more than one claim group/);
  });

  test("PDF: the appendix marks the shared sentence in both rows, and each discrepancy names its row", async () => {
    const text = (await pdfText(await pdfRenderer.render(data))).text.replace(/\s+/g, " ");
    const appendix = text.slice(text.indexOf("Appendix: the aligned text"));
    expect(appendix.match(/Mayor Ana Ruiz announced a \$12 million schools budget that will hire 40 teachers\. \(also in row \d\)/g)).toEqual([
      "Mayor Ana Ruiz announced a $12 million schools budget that will hire 40 teachers. (also in row 2)",
      "Mayor Ana Ruiz announced a $12 million schools budget that will hire 40 teachers. (also in row 1)",
    ]);
    // Each item's header (badges, then "Row N"; pdf.js may read them in another order) ends before its explanation.
    expect(text.match(/ATTRIBUTION[^.]*Wire has the mayor/)?.[0]).toContain("Row 2");
    expect(text.match(/NUMBER[^.]*Wire says the budget/)?.[0]).toContain("Row 1");
  });

  test("PDF with more than three sources: rows are headed Row N and the marker stays", async () => {
    const four = { ...data, sources: [...data.sources, ...data.sources], appendix: data.appendix!.map((r) => ({ ...r, cells: [...r.cells, null, null] })) };
    const text = (await pdfText(await pdfRenderer.render(four))).text.replace(/\s+/g, " ");
    expect(text).toMatch(/Row 2 · not in Wire, Daily Wire: Mayor Ana Ruiz announced .* \(also in row 1\)/);
  });
});

test("page 1 of the PDF carries the editor's summary with who signed it off and when; decisions no longer detected get their own section", async () => {
  const signed: ComparisonView = {
    ...view,
    editorSummary: { text: "Reuters' title for Ponomarenko is right; UPI corrected at 14:10.", signedOffBy: "Eda Editor", signedOffAt: "2026-12-02T06:30:00.000Z" },
    orphans: [{ fingerprint: "0123456789abcdef", status: "follow_up", assignee: null, version: 2, type: "number", quote: "12 / 14 people", events: [{ id: "e", kind: "note", from: null, to: null, note: "Ask the police for the count", actor: "Eda Editor", at: "2026-12-01T10:00:00.000Z" }] }],
  };
  const bytes = await pdfRenderer.render(buildReport(signed, ZReportOptions.parse({}), "Ada Admin"));
  const all = (await pdfText(bytes)).text.replace(/\s+/g, " ");
  // Page 1: everything before page 2's footer.
  const first = all.slice(0, all.indexOf("Page 2 of") > 0 ? all.indexOf("Page 2 of") : all.length);
  expect(first).toContain("Editor's summary");
  expect(first).toContain("Reuters' title for Ponomarenko is right");
  expect(first).toContain("Signed off by Eda Editor on 2026-12-02 06:30 UTC");
  expect(all).toContain("No longer detected");
  expect(all).toContain("“12 / 14 people”");
  expect(all).toContain("NEEDS FOLLOW-UP");
  expect(all).toContain("Ask the police for the count");
  const unsigned = (await pdfText(await pdfRenderer.render(buildReport(view, ZReportOptions.parse({}), "Ada Admin")))).text;
  expect(unsigned).toContain("No editor has signed off a summary");
  expect(unsigned).not.toContain("No longer detected");
});
