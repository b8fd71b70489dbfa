import "server-only";
import { canonical } from "@/lib/analysis/normalize";
import { db } from "@/lib/db";
import type { StoredVetoSide } from "./veto-claim-group";

export interface VetoActivity {
  id: string;
  at: string;
  actor: string | null;
  /** "veto": not the same claim; "join": the same claim; "-undone": someone undid the ruling. */
  kind: "veto" | "veto-undone" | "join" | "join-undone";
  /** The sentences ruled on: "UPI: “…” / Reuters: “…”". */
  quote: string;
  /** The ruling, to undo it (on the entry of a ruling not undone yet that still stands). */
  ruling: string | null;
  /** A later ruling on each of its pairs stands instead (undoing this one would change nothing). */
  overridden?: boolean;
}

const SHOWN_CHARS = 90;

function short(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1).trimEnd()}…` : text;
}

/** The sentences of a ruling's pairs, each once, as "Outlet: “words”" joined by " / ". */
export function describeRuling(pairs: ReadonlyArray<readonly StoredVetoSide[]>): string {
  const seen = new Set<string>();
  const sides: string[] = [];
  for (const side of pairs.flat()) {
    const key = `${side.outlet}\u0000${side.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sides.push(`${side.outlet}: “${short(side.text)}”`);
  }
  return sides.join(" / ");
}

/**
 * "Not the same claim" and "same claim" rulings of a comparison as activity entries: one when an
 * editor ruled, one more when someone undid it (no permission check: callers read the comparison first).
 */
export async function findVetoActivity(comparisonId: string): Promise<VetoActivity[]> {
  const rows = await db.alignmentVeto.findMany({
    where: { comparisonId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, ruling: true, kind: true, pair: true, createdAt: true, undoneAt: true, createdBy: { select: { name: true } }, undoneBy: { select: { name: true } } },
  });
  const rulings = new Map<string, typeof rows>();
  // Of the rulings on one pair not undone, the latest stands (as `standingRulings` decides for the engine).
  const standing = new Map<string, string>();
  const side = (s: StoredVetoSide) => `${s.outlet}\u0000${canonical(s.text)}`;
  const pairKey = (row: (typeof rows)[number]) => (JSON.parse(row.pair) as StoredVetoSide[]).map(side).sort().join("\u0001");
  for (const row of rows) {
    const key = row.ruling ?? row.id;
    rulings.set(key, [...(rulings.get(key) ?? []), row]);
    if (!row.undoneAt) standing.set(pairKey(row), key);
  }
  return [...rulings.entries()].flatMap(([ruling, members]) => {
    const first = members[0];
    if (!first) return [];
    const quote = describeRuling(members.map((m) => JSON.parse(m.pair) as StoredVetoSide[]));
    const kind = first.kind === "join" ? "join" : "veto";
    const overridden = !first.undoneAt && members.every((m) => standing.get(pairKey(m)) !== ruling);
    const made: VetoActivity = { id: `${kind}-${ruling}`, at: first.createdAt.toISOString(), actor: first.createdBy?.name ?? null, kind, quote, ruling: first.undoneAt || overridden ? null : ruling, overridden };
    if (!first.undoneAt) return [made];
    return [made, { id: `${kind}-undone-${ruling}`, at: first.undoneAt.toISOString(), actor: first.undoneBy?.name ?? null, kind: `${kind}-undone`, quote, ruling: null }];
  });
}
