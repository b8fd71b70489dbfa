/**
 * Link labels beyond gold-dev: pairs of real articles from ../shared/data (BASIL stories, Gun Violence
 * Corpus incidents) whose same-claim sentence pairs careful readers marked, following gold-dev's
 * conventions (`same`, `partial`, sentences only one outlet carries). They widen what `train:links`
 * fits the link model on; gold-dev stays the yardstick it is measured by, never trained on when it
 * is judged (leave one story out).
 *
 * No article text is stored in the repository: a label names its article in ../shared/data
 * (`ArticleRef`) and each sentence by a short hash of its words (`sentenceHash`), so the labels
 * follow the sentences when the engine splits them differently, and a sentence that no longer
 * stands alone is left out of training (counted, not guessed).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AnalysisResult } from "../lib/analysis/types";
import { norm } from "../lib/testing/gold";
import { DATA, gvcIncidents } from "./data";

export type ArticleRef = { corpus: "basil"; file: string } | { corpus: "gvc"; incident: string; doc: string };

export interface LinkLabels {
  id: string;
  a: ArticleRef;
  b: ArticleRef;
  /** Each judged sentence's hash, in the order the labeller read them (`sentenceHash`). */
  sentencesA: string[];
  sentencesB: string[];
  /** [index in sentencesA, index in sentencesB, kind]. */
  align: Array<[number, number, "same" | "partial"]>;
  /** Sentences that are not claims (captions, boilerplate): not judged. */
  skipA: number[];
  skipB: number[];
}

export const LABELS_DIR = path.resolve(process.cwd(), "bench", "labels", "links");

/** A sentence's identity across segmentations that keep it whole: its normalised words, hashed. */
export function sentenceHash(text: string): string {
  return crypto.createHash("sha1").update(norm(text)).digest("hex").slice(0, 12);
}

interface BasilJson {
  title?: string;
  "body-paragraphs"?: string[][];
}

/** A BASIL article as gold-dev's texts are made: the headline, a blank line, one paragraph a line. */
function basilText(file: string): string {
  const a = JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8")) as BasilJson;
  const paragraphs = (a["body-paragraphs"] ?? []).map((p) => p.join(" "));
  return `${a.title ?? ""}\n\n${paragraphs.join("\n\n")}`;
}

let incidents: Map<string, Map<string, string>> | null = null;

/** The article a label names, as plain text, read in place from ../shared/data. */
export function articleText(ref: ArticleRef): string {
  if (ref.corpus === "basil") return basilText(ref.file);
  incidents ??= new Map(gvcIncidents().map((i) => [i.incident, new Map(i.articles.map((a) => [a.label, a.text]))]));
  const text = incidents.get(ref.incident)?.get(ref.doc);
  if (text === undefined) throw new Error(`no GVC report ${ref.doc} of incident ${ref.incident}`);
  return text;
}

export function loadLinkLabels(dir: string = LABELS_DIR): LinkLabels[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as LinkLabels);
}

/**
 * Where each labelled sentence is among `sentences` (the engine's split today), by hash; -1 where
 * it is no longer a sentence of its own.
 */
export function placeLabelled(hashes: readonly string[], sentences: ReadonlyArray<{ text: string }>): number[] {
  const at = new Map<string, number>();
  sentences.forEach((s, i) => {
    const h = sentenceHash(s.text);
    if (!at.has(h)) at.set(h, i);
  });
  return hashes.map((h) => at.get(h) ?? -1);
}

export interface LabelScore {
  alignP: number;
  alignR: number;
  sameRecall: number;
  /** Labelled links, `same` among them, links the engine gave on judged sentences, and labelled links whose sentences it no longer splits alike. */
  links: number;
  same: number;
  found: number;
  lost: number;
}

/**
 * The engine's claim groups against the labels, as score.mjs scores gold-dev: a link is a sentence of
 * A and one of B in one claim group, counted where both sentences are judged (placed, not skipped).
 */
export function scoreLabels(labels: readonly LinkLabels[], results: readonly AnalysisResult[]): LabelScore {
  let [right, found, links, same, sameFound, lost] = [0, 0, 0, 0, 0, 0];
  labels.forEach((l, n) => {
    const result = results[n];
    if (!result) return;
    const placeA = placeLabelled(l.sentencesA, result.sources[0]?.sentences ?? []);
    const placeB = placeLabelled(l.sentencesB, result.sources[1]?.sentences ?? []);
    const judged = (place: number[], skip: number[]) => new Set(place.filter((i, x) => i >= 0 && !skip.includes(x)));
    const [judgedA, judgedB] = [judged(placeA, l.skipA), judged(placeB, l.skipB)];
    const labelled = new Map<string, "same" | "partial">();
    for (const [x, y, kind] of l.align) {
      const [i, j] = [placeA[x] ?? -1, placeB[y] ?? -1];
      if (i < 0 || j < 0) lost += 1;
      else if (labelled.get(`${i}:${j}`) !== "same") labelled.set(`${i}:${j}`, kind);
    }
    const engine = new Set<string>();
    for (const g of result.claimGroups) {
      const sentencesOf = (source: number) => g.members.filter((m) => m.source === source).flatMap((m) => m.sentences);
      for (const i of sentencesOf(0)) for (const j of sentencesOf(1)) if (judgedA.has(i) && judgedB.has(j)) engine.add(`${i}:${j}`);
    }
    links += labelled.size;
    for (const [key, kind] of labelled) {
      if (kind !== "same") continue;
      same += 1;
      if (engine.has(key)) sameFound += 1;
    }
    found += engine.size;
    for (const key of engine) if (labelled.has(key)) right += 1;
  });
  return { alignP: found ? right / found : 0, alignR: links ? right / links : 0, sameRecall: same ? sameFound / same : 0, links, same, found, lost };
}

/** A pair's two articles, as `analyze` takes them (labelled A and B). */
export function labelledInputs(l: Pick<LinkLabels, "a" | "b">): Array<{ label: string; text: string }> {
  return [l.a, l.b].map((ref, k) => ({ label: k === 0 ? "A" : "B", text: articleText(ref) }));
}
