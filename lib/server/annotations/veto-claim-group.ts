import "server-only";
import crypto from "node:crypto";
import type { AnalysisResult } from "@/lib/analysis/types";
import { db } from "@/lib/db";
import { requestAnalysis } from "../comparisons/request-analysis";
import { assertCan, type Actor } from "../permissions";
import { InvalidRequestError, NotFoundError } from "./errors";
import type { VetoClaimGroup } from "./types";

export interface StoredVetoSide {
  outlet: string;
  text: string;
}

/**
 * An editor marks a claim group as wrongly aligned: every pair of its sentences
 * from different sources (or, with `source`, every pair of that outlet's sentences and
 * another's: the one outlet out of a row the others share) is recorded (by outlet and
 * wording) under one ruling and never aligned again until the ruling is undone
 * (undo-veto.ts); the comparison is re-analysed. Returns the ruling's id and how many
 * pairs it holds.
 */
export async function vetoClaimGroup(actor: Actor | null, comparisonId: string, input: VetoClaimGroup): Promise<{ ruling: string; pairs: number }> {
  assertCan(actor, "claim-group:veto");
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { analysis: { select: { result: true } } } });
  if (!comparison?.analysis) throw new NotFoundError("The comparison's analysis");
  const result = JSON.parse(comparison.analysis.result) as AnalysisResult;
  const group = result.claimGroups[input.claimGroup];
  if (!group) throw new NotFoundError("The claim group");
  const sides = group.members.flatMap((m) =>
    m.sentences.map((i) => ({ source: m.source, sentence: i, outlet: result.sources[m.source]?.label ?? "", text: result.sources[m.source]?.sentences[i]?.text ?? "" })),
  );
  // The row the page showed is this group still: a re-analysis since renumbers groups.
  if (input.row) {
    const key = (r: { source: number; sentence: number; text: string }) => `${r.source}:${r.sentence}:${r.text}`;
    const shown = new Set(input.row.map(key));
    if (shown.size !== sides.length || !sides.every((s) => shown.has(key(s)))) throw new InvalidRequestError("The comparison was re-analysed since this page was loaded: reload it and rule again.");
  }
  if (input.source !== undefined && !sides.some((s) => s.source === input.source)) throw new InvalidRequestError("That outlet has no sentence in this row.");
  const pairs: Array<[StoredVetoSide, StoredVetoSide]> = [];
  for (let x = 0; x < sides.length; x += 1) {
    for (let y = x + 1; y < sides.length; y += 1) {
      const a = sides[x];
      const b = sides[y];
      if (!a || !b || a.source === b.source) continue;
      // One outlet out of the row: only its sentences are parted from the others.
      if (input.source !== undefined && a.source !== input.source && b.source !== input.source) continue;
      pairs.push([{ outlet: a.outlet, text: a.text }, { outlet: b.outlet, text: b.text }]);
    }
  }
  const ruling = crypto.randomUUID();
  await db.alignmentVeto.createMany({ data: pairs.map((pair) => ({ comparisonId, ruling, pair: JSON.stringify(pair), createdById: actor.id })) });
  await db.comparison.update({ where: { id: comparisonId }, data: { updatedAt: new Date() } });
  await requestAnalysis(comparisonId);
  return { ruling, pairs: pairs.length };
}
