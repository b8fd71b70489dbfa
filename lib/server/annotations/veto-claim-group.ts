import "server-only";
import crypto from "node:crypto";
import type { AnalysisResult } from "@/lib/analysis/types";
import { db } from "@/lib/db";
import { requestAnalysis } from "../comparisons/request-analysis";
import { assertCan, type Actor } from "../permissions";
import { NotFoundError } from "./errors";
import type { VetoClaimGroup } from "./types";

export interface StoredVetoSide {
  outlet: string;
  text: string;
}

/**
 * An editor marks a claim group as wrongly aligned: every pair of its sentences
 * from different sources is recorded (by outlet and wording) under one ruling and
 * never aligned again until the ruling is undone (undo-veto.ts); the comparison is
 * re-analysed. Returns the ruling's id and how many pairs it holds.
 */
export async function vetoClaimGroup(actor: Actor | null, comparisonId: string, input: VetoClaimGroup): Promise<{ ruling: string; pairs: number }> {
  assertCan(actor, "claim-group:veto");
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { analysis: { select: { result: true } } } });
  if (!comparison?.analysis) throw new NotFoundError("The comparison's analysis");
  const result = JSON.parse(comparison.analysis.result) as AnalysisResult;
  const group = result.claimGroups[input.claimGroup];
  if (!group) throw new NotFoundError("The claim group");
  const sides = group.members.flatMap((m) =>
    m.sentences.map((i) => ({ source: m.source, outlet: result.sources[m.source]?.label ?? "", text: result.sources[m.source]?.sentences[i]?.text ?? "" })),
  );
  const pairs: Array<[StoredVetoSide, StoredVetoSide]> = [];
  for (let x = 0; x < sides.length; x += 1) {
    for (let y = x + 1; y < sides.length; y += 1) {
      const a = sides[x];
      const b = sides[y];
      if (a && b && a.source !== b.source) pairs.push([{ outlet: a.outlet, text: a.text }, { outlet: b.outlet, text: b.text }]);
    }
  }
  const ruling = crypto.randomUUID();
  await db.alignmentVeto.createMany({ data: pairs.map((pair) => ({ comparisonId, ruling, pair: JSON.stringify(pair), createdById: actor.id })) });
  await db.comparison.update({ where: { id: comparisonId }, data: { updatedAt: new Date() } });
  await requestAnalysis(comparisonId);
  return { ruling, pairs: pairs.length };
}
