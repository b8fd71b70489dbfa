/**
 * The hand-labelled real coverage in ../shared/data/gold-dev (see its README), read in place and
 * scored in process the way ../shared/eval/score.mjs scores the CLI: sentence links inside claim
 * groups against the gold links, and flags against the gold discrepancies. Used by bench:quality,
 * train:links and the quality-floor test; the official figures come from score.mjs.
 */
import fs from "node:fs";
import path from "node:path";
import type { AnalysisResult } from "../analysis/types";

export interface GoldLink {
  a: string;
  b: string;
  kind: "same" | "partial";
}

export interface GoldCase {
  id: string;
  /** Texts in analysis order: a, b, then the context outlets. */
  texts: string[];
  labels: string[];
  align: GoldLink[];
  onlyA: string[];
  onlyB: string[];
  discrepancies: Array<{ type: string; a: string; b: string }>;
}

export const GOLD_DIR = process.env.PARALLAX_GOLD ?? path.resolve(process.cwd(), "..", "shared", "data", "gold-dev");

export function goldAvailable(): boolean {
  return fs.existsSync(path.join(GOLD_DIR, "pairs"));
}

interface GoldFile {
  id: string;
  a: string;
  b: string;
  context?: string[];
  align: GoldLink[];
  only_a?: string[];
  only_b?: string[];
  discrepancies: Array<{ type: string; a: string; b: string }>;
}

export function loadGold(set: "pairs" | "in-3", root: string = GOLD_DIR): GoldCase[] {
  const dir = path.join(root, set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const g = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as GoldFile;
      const files = [g.a, g.b, ...(g.context ?? [])];
      return {
        id: g.id,
        texts: files.map((file) => fs.readFileSync(path.join(root, file), "utf8")),
        labels: files.map((file) => path.basename(file).replace(/\.txt$/, "")),
        align: g.align,
        onlyA: g.only_a ?? [],
        onlyB: g.only_b ?? [],
        discrepancies: g.discrepancies,
      };
    });
}

const STOP = new Set(
  "the a an of to in on at for and or but is was were be been by with from as that this it its his her their he she they said says say would will has have had not no".split(" "),
);
export const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const toks = (s: string) =>
  norm(s)
    .split(/[^a-z0-9\u00c0-\u024f\u0400-\u04ff%.-]+/)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ""))
    .filter((t) => t && !STOP.has(t));

/** Index of the first sentence containing the anchor, or -1. */
export function locate(sentences: ReadonlyArray<{ text: string }>, anchor: string): number {
  const f = norm(anchor);
  return sentences.findIndex((s) => norm(s.text).includes(f));
}

export interface GoldScore {
  alignP: number;
  alignR: number;
  alignF1: number;
  sameRecall: number;
  unlocated: number;
  discRecall: number;
  discRecallStrict: number;
  discPrecision: number;
  hmPrecision: number;
  goldDiscrepancies: number;
  flagged: number;
  /** High and medium flags on judged sentences that match no gold discrepancy, to read. */
  unmatched: string[];
  /** Per case: links predicted, right, and in the gold. */
  cases: Array<{ id: string; predicted: number; right: number; gold: number }>;
}

/** Scores analyses of the cases (one result per case, in order) as score.mjs does. */
export function scoreGold(cases: readonly GoldCase[], results: readonly AnalysisResult[]): GoldScore {
  const t = { same: 0, sameFound: 0, gold: 0, pred: 0, tp: 0, unlocated: 0, dGold: 0, dFound: 0, dPred: 0, dTp: 0, dStrict: 0, hmPred: 0, hmTp: 0 };
  const perCase: GoldScore["cases"] = [];
  const unmatched: string[] = [];
  cases.forEach((g, k) => {
    const out = results[k];
    if (!out) return;
    const SA = out.sources[0]?.sentences ?? [];
    const SB = out.sources[1]?.sentences ?? [];
    const known = { a: new Set<number>(), b: new Set<number>() };
    const goldPairs = new Set<string>();
    const samePairs = new Set<string>();
    for (const p of g.align) {
      const ia = locate(SA, p.a);
      const ib = locate(SB, p.b);
      if (ia < 0 || ib < 0) {
        t.unlocated += 1;
        continue;
      }
      known.a.add(ia);
      known.b.add(ib);
      goldPairs.add(`${ia}:${ib}`);
      if (p.kind === "same") samePairs.add(`${ia}:${ib}`);
    }
    for (const x of g.onlyA) {
      const i = locate(SA, x);
      if (i >= 0) known.a.add(i);
    }
    for (const x of g.onlyB) {
      const i = locate(SB, x);
      if (i >= 0) known.b.add(i);
    }
    const groupOf = new Map<string, number>();
    const predPairs = new Set<string>();
    for (const cg of out.claimGroups) {
      const ma = cg.members.find((m) => m.source === 0);
      const mb = cg.members.find((m) => m.source === 1);
      for (const m of cg.members) for (const s of m.sentences) groupOf.set(`${m.source}:${s}`, cg.id);
      if (!ma || !mb) continue;
      for (const ia of ma.sentences) for (const ib of mb.sentences) if (known.a.has(ia) && known.b.has(ib)) predPairs.add(`${ia}:${ib}`);
    }
    let tp = 0;
    for (const p of predPairs) if (goldPairs.has(p)) tp += 1;
    for (const p of samePairs) if (predPairs.has(p)) t.sameFound += 1;
    t.same += g.align.filter((p) => p.kind === "same").length;
    t.gold += g.align.length;
    t.pred += predPairs.size;
    t.tp += tp;
    perCase.push({ id: g.id, predicted: predPairs.size, right: tp, gold: g.align.length });

    const preds = out.discrepancies.filter((d) => d.type !== "omission" && d.claimGroup !== null);
    const used = new Set<number>();
    for (const gd of g.discrepancies) {
      const ia = locate(SA, gd.a);
      const ib = locate(SB, gd.b);
      const ta = new Set(toks(gd.a));
      const tb = new Set(toks(gd.b));
      const sidesOf = (d: (typeof preds)[number]) => [d.spans.filter((s) => s.source === 0), d.spans.filter((s) => s.source === 1)] as const;
      const hit = preds.find((d) => {
        const [sa, sb] = sidesOf(d);
        const inPair =
          sa.some((s) => s.sentence === ia) ||
          sb.some((s) => s.sentence === ib) ||
          (ia >= 0 && groupOf.get(`0:${ia}`) === d.claimGroup) ||
          (ib >= 0 && groupOf.get(`1:${ib}`) === d.claimGroup);
        const ov = sa.some((s) => toks(s.text).some((x) => ta.has(x))) || sb.some((s) => toks(s.text).some((x) => tb.has(x)));
        return inPair && ov;
      });
      if (hit) {
        t.dFound += 1;
        used.add(hit.id);
      }
      const strict = preds.find((d) => {
        const [sa, sb] = sidesOf(d);
        const onA = sa.some((s) => s.sentence === ia) || (ia >= 0 && groupOf.get(`0:${ia}`) === d.claimGroup);
        const onB = sb.some((s) => s.sentence === ib) || (ib >= 0 && groupOf.get(`1:${ib}`) === d.claimGroup);
        const ovA = sa.some((s) => toks(s.text).some((x) => ta.has(x)));
        const ovB = sb.some((s) => toks(s.text).some((x) => tb.has(x)));
        return onA && onB && (ovA || ovB);
      });
      if (strict) t.dStrict += 1;
    }
    for (const d of preds) {
      const touches = d.spans.some((s) => (s.source === 0 && known.a.has(s.sentence)) || (s.source === 1 && known.b.has(s.sentence)));
      if (!touches) continue;
      t.dPred += 1;
      if (used.has(d.id)) t.dTp += 1;
      if (d.severity === "high" || d.severity === "medium") {
        t.hmPred += 1;
        if (used.has(d.id)) t.hmTp += 1;
        else unmatched.push(`${g.id} [${d.severity}] ${d.type}: ${d.explanation}`);
      }
    }
    t.dGold += g.discrepancies.length;
  });
  const P = t.tp / Math.max(1, t.pred);
  const R = t.tp / Math.max(1, t.gold);
  return {
    alignP: P,
    alignR: R,
    alignF1: P + R ? (2 * P * R) / (P + R) : 0,
    sameRecall: t.sameFound / Math.max(1, t.same),
    unlocated: t.unlocated,
    discRecall: t.dFound / Math.max(1, t.dGold),
    discRecallStrict: t.dStrict / Math.max(1, t.dGold),
    discPrecision: t.dTp / Math.max(1, t.dPred),
    hmPrecision: t.hmTp / Math.max(1, t.hmPred),
    goldDiscrepancies: t.dGold,
    flagged: t.dPred,
    unmatched,
    cases: perCase,
  };
}

export function formatGold(s: GoldScore): string {
  const f = (x: number) => x.toFixed(3);
  return `alignP=${f(s.alignP)} alignR=${f(s.alignR)} alignF1=${f(s.alignF1)} sameRecall=${f(s.sameRecall)} unlocated=${s.unlocated} discRecall=${f(s.discRecall)} discRecallStrict=${f(s.discRecallStrict)} discPrecision=${f(s.discPrecision)} hmPrecision=${f(s.hmPrecision)} (gold disc ${s.goldDiscrepancies}, flagged ${s.flagged})`;
}
