/**
 * npm run label:links -- kit <dir>: writes, for real article pairs of ../shared/data that gold-dev does
 * not hold (a spread of BASIL stories, every Gun Violence Corpus incident), each pair's sentences as
 * the engine splits them, numbered (A0.., B0..), for a careful reader to label, and `manifest.json`.
 * npm run label:links -- store <dir>: turns the reader's answers (`<dir>/<pair>.json`: `align` as
 * [{ a: "A3", b: "B5", kind }], `skip` as ["A0"]) into `bench/labels/links/<pair>.json` (no text: see
 * link-labels.ts), each sentence hashed as the reader read it in the kit. The answers' conventions
 * are gold-dev's (its README).
 */
import fs from "node:fs";
import path from "node:path";
import { analyze } from "../lib/analysis";
import { DATA, gvcIncidents } from "./data";
import { articleText, LABELS_DIR, labelledInputs, sentenceHash, type ArticleRef, type LinkLabels } from "./link-labels";

interface KitPair {
  id: string;
  a: ArticleRef;
  b: ArticleRef;
}

/** Sentences per article a reader labels well in one sitting. */
const [FEWEST, MOST] = [12, 40];
/** Every ninth eligible BASIL story: a spread over its years, not one season's news. */
const BASIL_STRIDE = 9;

function goldDevHeadlines(): Set<string> {
  const dir = path.join(DATA, "gold-dev", "texts");
  return new Set(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n")[0]?.trim() ?? ""));
}

function goldDevIncidents(): Set<string> {
  return new Set(
    fs
      .readdirSync(path.join(DATA, "gold-dev", "texts"))
      .filter((f) => f.startsWith("gvc-"))
      .map((f) => f.split("-")[1] ?? ""),
  );
}

function sentencesOf(text: string): string[] {
  // (A comparison has two sources: the article against itself, split as in any comparison.)
  return analyze([{ label: "A", text }, { label: "B", text }]).sources[0]?.sentences.map((s) => s.text) ?? [];
}

function kitPairs(): KitPair[] {
  const headlines = goldDevHeadlines();
  const byStory = new Map<string, Array<{ ref: ArticleRef; outlet: string }>>();
  const root = path.join(DATA, "basil", "articles");
  for (const year of fs.readdirSync(root).sort()) {
    for (const file of fs.readdirSync(path.join(root, year)).sort()) {
      const story = file.replace(/_\d\.json$/, "");
      const source = (JSON.parse(fs.readFileSync(path.join(root, year, file), "utf8")) as { source?: string }).source ?? "outlet";
      byStory.set(story, [...(byStory.get(story) ?? []), { ref: { corpus: "basil", file: `basil/articles/${year}/${file}` }, outlet: source }]);
    }
  }
  const pairs: KitPair[] = [];
  let eligible = 0;
  for (const [story, articles] of byStory) {
    const texts = articles.map((x) => articleText(x.ref));
    if (texts.some((t) => headlines.has(t.split("\n")[0]?.trim() ?? ""))) continue;
    const sized = articles.filter((_, k) => {
      const n = sentencesOf(texts[k] ?? "").length;
      return n >= FEWEST && n <= MOST;
    });
    const [a, b] = sized;
    if (!a || !b) continue;
    eligible += 1;
    if (eligible % BASIL_STRIDE !== 0) continue;
    pairs.push({ id: `basil-${story.slice(0, 8)}-${a.outlet}-vs-${b.outlet}`, a: a.ref, b: b.ref });
  }
  const gold = goldDevIncidents();
  for (const incident of gvcIncidents()) {
    const [a, b] = incident.articles;
    if (gold.has(incident.incident) || !a || !b) continue;
    pairs.push({ id: `gvc-${incident.incident}`, a: { corpus: "gvc", incident: incident.incident, doc: a.label }, b: { corpus: "gvc", incident: incident.incident, doc: b.label } });
  }
  return pairs;
}

function kit(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const pairs = kitPairs();
  for (const p of pairs) {
    const result = analyze(labelledInputs(p));
    const lines = (k: number) => (result.sources[k]?.sentences ?? []).map((s, i) => `${k === 0 ? "A" : "B"}${i}\t${s.text}`).join("\n");
    const title = (k: number) => result.sources[k]?.title ?? "(none)";
    fs.writeFileSync(
      path.join(dir, `${p.id}.txt`),
      `PAIR ${p.id}\nHEADLINE A (not judged): ${title(0)}\nHEADLINE B (not judged): ${title(1)}\n\n=== SOURCE A ===\n${lines(0)}\n\n=== SOURCE B ===\n${lines(1)}\n`,
    );
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(pairs, null, 1)}\n`);
  console.log(`${pairs.length} pairs in ${dir}`);
}

interface Answer {
  align?: Array<{ a?: string; b?: string; kind?: string }>;
  skip?: string[];
}

function store(dir: string): void {
  const pairs = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as KitPair[];
  fs.mkdirSync(LABELS_DIR, { recursive: true });
  for (const p of pairs) {
    const file = path.join(dir, `${p.id}.json`);
    if (!fs.existsSync(file)) {
      console.log(`${p.id}: no answer`);
      continue;
    }
    const answer = JSON.parse(fs.readFileSync(file, "utf8")) as Answer;
    // The sentences as the reader read them in the kit (the engine may split them otherwise since).
    const kitText = fs.readFileSync(path.join(dir, `${p.id}.txt`), "utf8");
    const read = (side: "A" | "B") => [...kitText.matchAll(new RegExp(`^${side}(\\d+)\\t(.*)$`, "gm"))].map((m) => m[2] ?? "");
    const [sa, sb] = [read("A"), read("B")];
    const index = (id: string | undefined, side: "A" | "B"): number => {
      const m = /^([AB])(\d+)$/.exec(id ?? "");
      const i = Number(m?.[2]);
      if (!m || m[1] !== side || i >= (side === "A" ? sa : sb).length) throw new Error(`${p.id}: no sentence ${id ?? "(missing)"} on side ${side}`);
      return i;
    };
    const align: LinkLabels["align"] = (answer.align ?? []).map((l) => {
      if (l.kind !== "same" && l.kind !== "partial") throw new Error(`${p.id}: kind ${l.kind ?? "(missing)"}`);
      return [index(l.a, "A"), index(l.b, "B"), l.kind];
    });
    const skip = answer.skip ?? [];
    const labels: LinkLabels = {
      id: p.id,
      a: p.a,
      b: p.b,
      sentencesA: sa.map(sentenceHash),
      sentencesB: sb.map(sentenceHash),
      align,
      skipA: skip.filter((x) => x.startsWith("A")).map((x) => index(x, "A")),
      skipB: skip.filter((x) => x.startsWith("B")).map((x) => index(x, "B")),
    };
    fs.writeFileSync(path.join(LABELS_DIR, `${p.id}.json`), `${JSON.stringify(labels)}\n`);
    const same = align.filter((l) => l[2] === "same").length;
    console.log(`${p.id}: ${same} same, ${align.length - same} partial, ${labels.skipA.length + labels.skipB.length} skipped`);
  }
}

const [command, dir] = process.argv.slice(2);
if (command === "kit" && dir) kit(dir);
else if (command === "store" && dir) store(dir);
else {
  process.stderr.write("usage: npm run label:links -- kit <dir> | store <dir>\n");
  process.exit(2);
}
