/**
 * Command-line front of the engine (a contract; see README "Command line").
 *
 *   npm run --silent analyze -- --json a.txt b.html [c.txt ...]
 *   npm run --silent analyze -- --pairs pairs.tsv
 *   npm run --silent analyze -- a.txt b.txt          (readable summary)
 *   --timing adds "analysis-ms: N" to stderr.
 */
import fs from "node:fs";
import path from "node:path";
import { analyze, analyzePair, AnalysisLimitError, type AnalysisResult, type SourceInput } from "../analysis";
import { warmLexicon } from "../analysis/lexicon";
import { prepareNlp } from "../analysis/nlp";
import { extractArticle } from "../ingest/html";

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: analyze [--json] [--timing] FILE FILE [FILE...] | analyze --pairs FILE.tsv\n`);
  process.exit(2);
}

function readSource(file: string): SourceInput {
  const label = path.basename(file).replace(/\.(txt|html?|text)$/i, "");
  const raw = fs.readFileSync(file, "utf8");
  if (/\.html?$/i.test(file)) {
    const article = extractArticle(raw);
    return { label, text: article.text, title: article.title, byline: article.byline };
  }
  return { label, text: raw };
}

function contract(result: AnalysisResult) {
  return {
    version: "parallax-analysis/1",
    engine: result.engine,
    sources: result.sources.map((s) => ({
      label: s.label,
      title: s.title,
      byline: s.byline,
      dateline: s.dateline,
      sentences: s.sentences.map((x) => ({ index: x.index, text: x.text })),
      discarded: s.discarded.map((d) => ({ text: d.text, reason: d.reason })),
    })),
    claimGroups: result.claimGroups.map((g) => ({
      id: g.id,
      similarity: g.similarity,
      members: g.members.map((m) => ({ source: m.source, sentences: m.sentences })),
    })),
    discrepancies: result.discrepancies.map((d) => ({
      id: d.id,
      type: d.type,
      severity: d.severity,
      claimGroup: d.claimGroup,
      spans: d.spans.map((s) => ({ source: s.source, sentence: s.sentence, text: s.text })),
      explanation: d.explanation,
    })),
  };
}

function summary(result: AnalysisResult): string {
  const lines: string[] = [`${result.engine}: ${result.sources.map((s) => `${s.label} (${s.sentences.length} sentences)`).join(", ")}`];
  lines.push(`${result.claimGroups.length} claim groups, ${result.discrepancies.length} discrepancies`, "");
  for (const d of result.discrepancies) lines.push(`[${d.severity}] ${d.type}: ${d.explanation}`);
  return lines.join("\n") + "\n";
}

function runPairs(file: string, timing: boolean): void {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  warmLexicon();
  const started = performance.now();
  const out: string[] = [];
  for (const line of lines) {
    const [first = "", second = ""] = line.split("\t");
    const v = analyzePair(first, second);
    out.push(`${v.similarity.toFixed(4)}\t${v.aligned ? 1 : 0}\t${v.equivalent ? 1 : 0}`);
  }
  process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
  if (timing) process.stderr.write(`analysis-ms: ${Math.round(performance.now() - started)}\n`);
}

function main(argv: string[]): void {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const timing = flags.has("--timing");
  for (const f of flags) if (!["--json", "--timing", "--pairs"].includes(f)) usage(`unknown option ${f}`);
  if (flags.has("--pairs")) {
    if (files.length !== 1 || !files[0]) usage("--pairs takes one TSV file");
    runPairs(files[0], timing);
    return;
  }
  if (files.length < 2) usage("give at least two files");
  const inputs = files.map(readSource);
  warmLexicon();
  prepareNlp();
  const started = performance.now();
  const result = analyze(inputs);
  const elapsed = performance.now() - started;
  process.stdout.write(flags.has("--json") ? JSON.stringify(contract(result)) + "\n" : summary(result));
  if (timing) process.stderr.write(`analysis-ms: ${Math.round(elapsed)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof AnalysisLimitError || (error instanceof Error && error.name === "NotAnArticleError")
    ? error.message
    : error instanceof Error ? `analysis failed: ${error.message}` : String(error);
  process.stderr.write(message + "\n");
  process.exit(1);
}
