import type { RuledPair } from "@/lib/analysis";
import { canonical } from "@/lib/analysis/normalize";

/** An editor's ruling on one pair of sentences, as stored: "separate" (not the same claim) or "join" (the same claim). */
export interface StoredRuling {
  kind: string;
  pair: RuledPair;
}

/**
 * The rulings the engine follows, from a comparison's rulings not undone, oldest first: of two on
 * one pair (in either order) the later stands, so "same claim" after "not the same claim" joins the
 * pair, and the other way round. A kind this version does not know is left out.
 */
export function standingRulings(rulings: readonly StoredRuling[]): { separate: RuledPair[]; join: RuledPair[] } {
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
  return { separate: standing.filter((r) => r.kind === "separate").map((r) => r.pair), join: standing.filter((r) => r.kind === "join").map((r) => r.pair) };
}
