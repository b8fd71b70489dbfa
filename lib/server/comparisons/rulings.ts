import type { JoinRuling, RuledPair } from "@/lib/analysis";
import { canonical } from "@/lib/analysis/normalize";

/**
 * An editor's ruling on one pair of sentences, as stored: "separate" (not the same claim) or "join"
 * (the same claim: the second sentence is the one the editor chose, the first a sentence of the row it
 * joined). `ruling` is the editor's action the pair belongs to (null on pairs stored before actions were kept).
 */
export interface StoredRuling {
  kind: string;
  pair: RuledPair;
  ruling?: string | null;
}

/**
 * The rulings the engine follows, from a comparison's rulings not undone, oldest first: of two on
 * one pair (in either order) the later stands, so "same claim" after "not the same claim" joins the
 * pair, and the other way round. A kind this version does not know is left out. A "same claim"
 * action's standing pairs are one ruling: its chosen sentence and the row's sentences.
 */
export function standingRulings(rulings: readonly StoredRuling[]): { separate: RuledPair[]; join: JoinRuling[] } {
  // Sentences as the engine finds them (`canonical`: typography and spacing do not matter).
  const side = (s: { label: string; text: string }) => `${s.label}\u0000${canonical(s.text)}`;
  const latest = new Map<string, StoredRuling>();
  for (const ruling of rulings) {
    if (ruling.kind !== "separate" && ruling.kind !== "join") continue;
    const key = [side(ruling.pair[0]), side(ruling.pair[1])].sort().join("\u0001");
    latest.delete(key);
    latest.set(key, ruling);
  }
  const standing = [...latest.values()];
  const joins = new Map<string, { chosen: RuledPair[1]; row: RuledPair[0][] }>();
  for (const r of standing) {
    if (r.kind !== "join") continue;
    const [member, chosen] = r.pair;
    // One action chose one sentence; a pair of no known action is a ruling of its own.
    const key = r.ruling ? `${r.ruling}\u0000${side(chosen)}` : `\u0001${side(member)}\u0001${side(chosen)}`;
    const join = joins.get(key);
    if (join) join.row.push(member);
    else joins.set(key, { chosen, row: [member] });
  }
  return { separate: standing.filter((r) => r.kind === "separate").map((r) => r.pair), join: [...joins.values()] };
}
