/**
 * npm run bench:report: PDF rendering time and memory for the seed comparison
 * and for 10 sources with about 200 discrepancies. Prints numbers; asserts nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { analyze } from "../lib/analysis";
import type { AnalysisResult } from "../lib/analysis/types";
import { buildReport } from "../lib/report/build-report";
import { pdfRenderer } from "../lib/report/pdf";
import { ZReportOptions } from "../lib/report/types";
import type { ComparisonView } from "../lib/server/comparisons/get-comparison";
import { DATA, requireData } from "./data";

function view(result: AnalysisResult): ComparisonView {
  return {
    id: "bench", title: "Benchmark comparison", createdById: null, archivedAt: null, analysisStatus: "done", analysisProgress: 1, analysisError: null, engineVersion: result.engine,
    sources: result.sources.map((s, i) => ({ id: `s${i}`, outlet: s.label, url: null, publishedAt: null, byline: s.byline, headline: s.title, dateline: s.dateline, inputKind: "paste", capturedAt: new Date().toISOString(), overrides: { restore: [], discard: [] } })),
    result,
    discrepancies: result.discrepancies.map((d) => ({ ...d, manual: false, annotation: null })),
    orphans: [], activity: [], activityTotal: 0,
    editorSummary: null,
    permissions: { signOff: true, setStatus: true, assign: true, comment: true, flag: true, veto: true, editSources: true, reanalyse: true, manage: true },
  };
}

async function time(label: string, result: AnalysisResult, appendix: boolean): Promise<void> {
  const data = buildReport(view(result), ZReportOptions.parse({ statuses: ["open", "confirmed", "dismissed", "follow_up"], appendix }), "Bench");
  await pdfRenderer.render(data); // warm: fonts, layout engine
  const started = performance.now();
  const bytes = await pdfRenderer.render(data);
  const ms = performance.now() - started;
  console.log(`${label}: ${data.discrepancies.length} discrepancies, ${(bytes.length / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms${appendix ? " (with appendix)" : ""}`);
}

const seeds = path.join(DATA, "seeds");
const seed = analyze(fs.readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f, i) => ({ label: ["UPI", "Reuters"][i] ?? f, text: fs.readFileSync(path.join(seeds, f), "utf8") })));
await time("seed pair", seed, false);
await time("seed pair", seed, true);

const root = requireData("basil/articles");
const texts: string[] = [];
for (const year of fs.readdirSync(root).sort()) {
  for (const file of fs.readdirSync(path.join(root, year)).sort()) {
    const a = JSON.parse(fs.readFileSync(path.join(root, year, file), "utf8")) as { "body-paragraphs": string[][] };
    texts.push(a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n"));
    if (texts.length >= 30) break;
  }
  if (texts.length >= 30) break;
}
const ten = analyze(texts.slice(0, 30).filter((_, i) => i % 3 === 0).slice(0, 10).map((text, i) => ({ label: `Outlet ${i + 1}`, text })));
const trimmed: AnalysisResult = { ...ten, discrepancies: ten.discrepancies.slice(0, 200) };
await time("10 sources", trimmed, false);
await time("10 sources", trimmed, true);
console.log(`peak memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
