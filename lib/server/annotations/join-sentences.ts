import "server-only";
import crypto from "node:crypto";
import type { AnalysisResult } from "@/lib/analysis/types";
import { db } from "@/lib/db";
import { requestAnalysis } from "../comparisons/request-analysis";
import { assertCan, type Actor } from "../permissions";
import { InvalidRequestError, NotFoundError } from "./errors";
import type { JoinSentences } from "./types";
import type { StoredVetoSide } from "./veto-claim-group";
import { canonical } from "@/lib/analysis/normalize";
import { ZVetoPair } from "../comparisons/types";

/** A sentence as the engine finds it (typography and spacing aside). */
const sideKey = (s: StoredVetoSide) => `${s.outlet}\u0000${canonical(s.text)}`;

type Ref = JoinSentences["sentence"];

/**
 * An editor rules that a sentence carries the claim of a row its outlet is missing from ("same
 * claim", the counterpart of "not the same claim"): the sentence is paired (by outlet and wording)
 * with each of the row's sentences from other outlets under one ruling, so later analyses align it
 * with all of them, in that row, and flag what differs, until the ruling is undone (undo-veto.ts);
 * the comparison is re-analysed. Sentences are named by their place in the analysis the editor is
 * looking at. Returns the ruling's id and how many pairs it holds.
 */
export async function joinSentences(actor: Actor | null, comparisonId: string, input: JoinSentences): Promise<{ ruling: string; pairs: number }> {
  assertCan(actor, "claim-group:veto");
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { analysis: { select: { result: true } } } });
  if (!comparison?.analysis) throw new NotFoundError("The comparison's analysis");
  const result = JSON.parse(comparison.analysis.result) as AnalysisResult;
  const side = (ref: Ref): StoredVetoSide => {
    const source = result.sources[ref.source];
    const sentence = source?.sentences[ref.sentence];
    if (!source || !sentence) throw new NotFoundError("That sentence (the comparison may have been re-analysed since: reload the page)");
    if (sentence.text !== ref.text) throw new InvalidRequestError("The comparison was re-analysed since this page was loaded: reload it and choose again.");
    return { outlet: source.label, text: sentence.text };
  };
  const chosen = side(input.sentence);
  const others = input.row.filter((ref) => ref.source !== input.sentence.source);
  if (others.length === 0) throw new InvalidRequestError("Choose a sentence of another outlet: a claim is aligned across outlets.");
  const inOneRow = (refs: readonly Ref[]) => result.claimGroups.some((g) => refs.every((ref) => g.members.some((m) => m.source === ref.source && m.sentences.includes(ref.sentence))));
  // The row is one the page shows: a claim group's sentences, or one sentence no group holds.
  const isRow = input.row.length === 1 || result.claimGroups.some((g) => g.members.reduce((n, m) => n + m.sentences.length, 0) === input.row.length && inOneRow(input.row));
  if (!isRow) throw new InvalidRequestError("Those sentences are not one row: reload the page and choose again.");
  if (inOneRow([input.sentence, ...others])) throw new InvalidRequestError("That sentence is already in this row.");
  // The row's sentences an editor placed in it themselves belong to their own rulings: pairing the
  // chosen sentence with the rest is enough (the engine makes rulings into one row one row), and
  // undoing one of those rulings then takes its sentence out of the row, not held by this one.
  const placed = new Set(
    (await db.alignmentVeto.findMany({ where: { comparisonId, kind: "join", undoneAt: null }, select: { pair: true } })).flatMap((r) => {
      const [, hub] = ZVetoPair.parse(JSON.parse(r.pair));
      return [sideKey({ outlet: hub.label, text: hub.text })];
    }),
  );
  const found = others.map(side);
  const engineMembers = found.filter((s) => !placed.has(sideKey(s)));
  const pairs = (engineMembers.length > 0 ? engineMembers : found).map((member) => [member, chosen] as const);
  const ruling = crypto.randomUUID();
  await db.alignmentVeto.createMany({ data: pairs.map((pair) => ({ comparisonId, ruling, kind: "join", pair: JSON.stringify(pair), createdById: actor.id })) });
  await db.comparison.update({ where: { id: comparisonId }, data: { updatedAt: new Date() } });
  await requestAnalysis(comparisonId);
  return { ruling, pairs: pairs.length };
}
