/**
 * npm run bench:speed: analysis time and peak memory for 2 (the seeds), 3 (a
 * BASIL story), 5 and 10 sources, and how time grows with sentences. Prints
 * numbers; asserts nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { analyze, type SourceInput } from "../lib/analysis";
import { warmLexicon } from "../lib/analysis/lexicon";
import { prepareNlp } from "../lib/analysis/nlp";
import { basilArticles, DATA } from "./data";

function time(inputs: SourceInput[], runs = 3, warm = 1): { ms: number; sentences: number } {
  // Warm: a server has analysed before (its code compiled by the JIT); the first runs are not what a user waits.
  for (let i = 0; i < warm; i += 1) analyze(inputs);
  const samples: number[] = [];
  let sentences = 0;
  for (let i = 0; i < runs; i += 1) {
    // A server builds each analysis's fresh tokenizer while idle (nlp.ts); so does this loop, off the clock.
    prepareNlp();
    const t = performance.now();
    const r = analyze(inputs);
    samples.push(performance.now() - t);
    sentences = r.sources.reduce((n, s) => n + s.sentences.length, 0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] ?? 0, sentences };
}

warmLexicon();
let peak = process.memoryUsage().rss;
const track = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const seedsDir = path.join(DATA, "seeds");
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f, i) => ({ label: ["UPI", "Reuters"][i] ?? f, text: fs.readFileSync(path.join(seedsDir, f), "utf8") }));
const seed = time(seeds, 15, 5);
track();
console.log(`seed pair (2 sources, ${seed.sentences} sentences): ${seed.ms.toFixed(1)} ms warm (median of 15, after 5 warm-up runs)`);

const articles = basilArticles().filter((a) => a.sentences >= 40 && a.sentences <= 120);
const byStory = new Map<string, typeof articles>();
for (const a of articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
const story = [...byStory.values()].find((list) => list.length === 3);
if (story) {
  const r = time(story.map((a) => ({ label: a.label, text: a.text })));
  track();
  console.log(`BASIL story (3 sources, ${r.sentences} sentences): ${r.ms.toFixed(1)} ms`);
}
for (const n of [5, 10]) {
  const picked = articles.slice(0, n).map((a, i) => ({ label: `${a.label} #${i}`, text: a.text }));
  const r = time(picked, 3);
  track();
  console.log(`${n} sources (${r.sentences} sentences): ${r.ms.toFixed(0)} ms`);
}
// The target case: 10 sources of 100 sentences each. BASIL articles are shorter, so each source
// is four consecutive articles joined and cut at 100 sentences.
{
  const all = basilArticles();
  const cut = (t: string) => t.split(/(?<=[.!?])\s+/).slice(0, 100).join(" ");
  const sources = Array.from({ length: 10 }, (_, i) => ({ label: `Source ${i + 1}`, text: cut(all.slice(4 * i, 4 * i + 4).map((a) => a.text).join("\n\n")) }));
  // The median of five: one run on this shared 2-core machine varies by half.
  const r = time(sources, 5);
  track();
  console.log(`10 sources x ~100 sentences (${r.sentences} sentences): ${r.ms.toFixed(0)} ms (median of 5)`);
}
console.log("growth (2 sources, sentences each -> ms):");
const long = articles.slice().sort((a, b) => b.sentences - a.sentences);
for (const k of [20, 40, 80, 120]) {
  const cut = (t: string) => t.split(/(?<=[.!?])\s+/).slice(0, k).join(" ");
  const r = time([{ label: "A", text: cut(long[0]?.text ?? "") }, { label: "B", text: cut(long[1]?.text ?? "") }], 1);
  track();
  console.log(`  ${k}: ${r.ms.toFixed(1)} ms`);
}
console.log(`peak memory (RSS): ${(peak / 1024 / 1024).toFixed(0)} MB`);
