import fs from "node:fs";
import path from "node:path";

/** ../shared/data, read in place (never copied into the repository). */
export const DATA = process.env.PARALLAX_DATA ?? path.resolve(process.cwd(), "..", "shared", "data");

export function requireData(relative: string): string {
  const file = path.join(DATA, relative);
  if (!fs.existsSync(file)) {
    process.stderr.write(`missing ${file}: the benchmarks read ../shared/data (set PARALLAX_DATA to override)\n`);
    process.exit(2);
  }
  return file;
}

export function mrpcPairs(): Array<{ label: number; a: string; b: string }> {
  const lines = fs.readFileSync(requireData("mrpc/train.tsv"), "utf8").split(/\r?\n/).slice(1);
  return lines
    .filter(Boolean)
    .map((line) => line.split("\t"))
    .map((cols) => ({ label: Number(cols[0]), a: cols[3] ?? "", b: cols[4] ?? "" }));
}

interface BasilArticle {
  title?: string;
  source?: string;
  "body-paragraphs"?: string[][];
}

/** BASIL's 300 articles (100 stories x Fox News, New York Times, HuffPost), one paragraph a line. */
export function basilArticles(): Array<{ story: string; label: string; outlet: string; text: string; sentences: number }> {
  const root = requireData("basil/articles");
  const out: Array<{ story: string; label: string; outlet: string; text: string; sentences: number }> = [];
  for (const year of fs.readdirSync(root).sort()) {
    for (const file of fs.readdirSync(path.join(root, year)).sort()) {
      const a = JSON.parse(fs.readFileSync(path.join(root, year, file), "utf8")) as BasilArticle;
      const paragraphs = (a["body-paragraphs"] ?? []).map((p) => p.join(" "));
      out.push({
        story: file.replace(/_\d\.json$/, ""),
        label: `${a.source ?? "outlet"} ${file.slice(0, 8)}`,
        outlet: a.source ?? "outlet",
        text: paragraphs.join("\n\n"),
        sentences: (a["body-paragraphs"] ?? []).flat().length,
      });
    }
  }
  return out;
}

interface EcbDoc {
  doc_id: string;
  topic: number;
  subtopic: string;
  sentences: Array<{ text: string }>;
}

/** ECB+ events (topic and subtopic): every outlet's article on one event, as plain text. */
export function ecbEvents(): Array<{ event: string; articles: Array<{ label: string; text: string }> }> {
  const events = new Map<string, Array<{ label: string; text: string }>>();
  for (const line of fs.readFileSync(requireData("ecbplus/ecbplus_docs.jsonl"), "utf8").split(/\r?\n/)) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as EcbDoc;
    // One sentence a line (ECB+ keeps no paragraphs); its tokenised source address ("http: / / www. …") is not text.
    const text = d.sentences
      .filter((s) => !/^https?\s*:/.test(s.text))
      // Its text keeps some tokeniser spacing: "2004 - 05", "14. 1", "8: 00", "15, 800".
      .map((s) =>
        s.text
          .replace(/``|''/g, '"')
          .replace(/(\d) - (\d)/g, "$1-$2")
          .replace(/(\d)([.:]) (\d)/g, "$1$2$3")
          // (Not "6 - foot - 9, 260 - pound": a height, then a weight.)
          .replace(/(?<![-–]\s?)\b(\d{1,3}), (\d{3})\b/g, "$1,$2"),
      )
      .join("\n");
    const key = `${d.topic}${d.subtopic === "ecb" ? "" : "+"}`;
    events.set(key, [...(events.get(key) ?? []), { label: d.doc_id, text }]);
  }
  return [...events].map(([event, articles]) => ({ event, articles }));
}

interface GvcDoc {
  incident_id: string;
  doc_id: string;
  sentences: Array<{ n: number; tokens: string }>;
}

/** Undo the corpus's tokeniser spacing ("Kokomo bar , Ind ." -> "Kokomo bar, Ind."). */
function detokenize(s: string): string {
  return s
    .replace(/ ([,.;:!?)'’”%])/g, "$1")
    .replace(/([(“‘$]) /g, "$1")
    .replace(/ n't\b/g, "n't")
    .replace(/ 's\b/g, "'s");
}

/**
 * Gun Violence Corpus incidents (validation split) reported by two or more local outlets: each
 * report as plain text (the date line dropped, the first sentence the headline, paragraphs at "//n").
 */
export function gvcIncidents(): Array<{ incident: string; articles: Array<{ label: string; text: string }> }> {
  const incidents = new Map<string, Array<{ label: string; text: string }>>();
  for (const line of fs.readFileSync(requireData("gvc-val/docs.jsonl"), "utf8").split(/\r?\n/)) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as GvcDoc;
    const sentences = d.sentences.slice(1).map((s) => detokenize(s.tokens));
    const paragraphs = sentences
      .slice(1)
      .join(" ")
      .split("//n")
      .map((p) => p.trim())
      .filter(Boolean);
    incidents.set(d.incident_id, [...(incidents.get(d.incident_id) ?? []), { label: d.doc_id.slice(0, 8), text: `${sentences[0] ?? ""}\n\n${paragraphs.join("\n\n")}` }]);
  }
  return [...incidents].filter(([, articles]) => articles.length >= 2).map(([incident, articles]) => ({ incident, articles }));
}
