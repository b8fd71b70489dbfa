import { describe, expect, test } from "vitest";
import { goldAvailable, loadGold, scoreGold, type GoldScore } from "../testing/gold";
import { sharedData } from "../testing/shared-data";
import { analyze } from "./analyze";

/**
 * A quality floor on hand-labelled real coverage (../shared/data/gold-dev): the figures
 * ../shared/eval/score.mjs prints, computed in process, held a little under what the engine
 * reaches, so that they cannot silently regress. Deterministic: same input, same output.
 */
const FLOOR = {
  pairs: { alignP: 0.74, alignR: 0.56, sameRecall: 0.78, discRecallStrict: 0.58, hmPrecision: 0.9, discPrecision: 0.6 },
  in3: { alignP: 0.73, alignR: 0.53, sameRecall: 0.77, discRecallStrict: 0.53, hmPrecision: 0.6, discPrecision: 0.22 },
};

const data = sharedData("gold-dev", "the quality floor in lib/analysis/gold.test.ts (alignment on hand-labelled real coverage)");

function measure(set: "pairs" | "in-3"): GoldScore {
  const cases = loadGold(set);
  return scoreGold(cases, cases.map((g) => analyze(g.texts.map((text, k) => ({ label: g.labels[k] ?? String(k), text })))));
}

describe.skipIf(!data || !goldAvailable())("alignment and flags on hand-labelled real coverage (gold-dev)", () => {
  test("two outlets: links found and right", () => {
    const s = measure("pairs");
    expect(s.alignP).toBeGreaterThanOrEqual(FLOOR.pairs.alignP);
    expect(s.alignR).toBeGreaterThanOrEqual(FLOOR.pairs.alignR);
    expect(s.sameRecall).toBeGreaterThanOrEqual(FLOOR.pairs.sameRecall);
  });

  test("two outlets: real discrepancies flagged on the right sentences, and the high and medium flags right", () => {
    const s = measure("pairs");
    expect(s.discRecallStrict).toBeGreaterThanOrEqual(FLOOR.pairs.discRecallStrict);
    expect(s.hmPrecision).toBeGreaterThanOrEqual(FLOOR.pairs.hmPrecision);
    expect(s.discPrecision).toBeGreaterThanOrEqual(FLOOR.pairs.discPrecision);
  });

  test("the same pairs inside three-outlet comparisons stay as precise (no chaining)", () => {
    const s = measure("in-3");
    expect(s.alignP).toBeGreaterThanOrEqual(FLOOR.in3.alignP);
    expect(s.alignR).toBeGreaterThanOrEqual(FLOOR.in3.alignR);
    expect(s.sameRecall).toBeGreaterThanOrEqual(FLOOR.in3.sameRecall);
    expect(s.discRecallStrict).toBeGreaterThanOrEqual(FLOOR.in3.discRecallStrict);
    expect(s.hmPrecision).toBeGreaterThanOrEqual(FLOOR.in3.hmPrecision);
    expect(s.discPrecision).toBeGreaterThanOrEqual(FLOOR.in3.discPrecision);
  });
});
