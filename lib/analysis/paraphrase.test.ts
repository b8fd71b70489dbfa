import { describe, expect, test } from "vitest";
import { extractFeatures } from "./features";
import { fitLogistic, predict } from "./logistic";
import { analyzePair } from "./pair";
import { PAIR_FEATURES, pairFeatures, sameFactsProbability } from "./paraphrase";
import { PARAPHRASE_MODEL } from "./paraphrase-model";

const cut = "The company said on Monday that it would cut 1,200 jobs in Europe.";
const reworded = "The company announced on Monday it will eliminate 1,200 jobs in Europe.";
const extended =
  "The company said on Monday that it would cut 1,200 jobs in Europe, closing two plants in Germany and moving production of its budget models to a new factory in Poland.";

describe("pair features", () => {
  test("the shipped model reads the features in the order they are computed", () => {
    expect(PARAPHRASE_MODEL.features).toEqual([...PAIR_FEATURES]);
    expect(PARAPHRASE_MODEL.weights).toHaveLength(PAIR_FEATURES.length);
  });

  test("a sentence against itself: full overlap, nothing left over", () => {
    const f = extractFeatures(cut);
    const p = pairFeatures(f, f);
    expect(p.unigramMin).toBe(1);
    expect(p.trigramMin).toBe(1);
    expect(p.lcsMin).toBe(1);
    expect(p.lengthRatio).toBe(1);
    expect(p.restMax).toBe(0);
    expect(p.numbersDiffer).toBe(0);
    expect(p.numbersAgree).toBe(1);
  });

  test("an added clause shows as a length gap and weight only one side carries", () => {
    const p = pairFeatures(extractFeatures(cut), extractFeatures(extended));
    expect(p.lengthRatio).toBeLessThan(0.5);
    expect(p.coverMin).toBeLessThan(0.5);
    expect(p.coverMax).toBeGreaterThan(0.9);
    expect(p.restMax).toBeGreaterThan(1);
    expect(p.restMin).toBeLessThan(0.2);
  });
});

describe("same facts", () => {
  test("a rewording states the same facts; an added clause does not", () => {
    expect(sameFactsProbability(extractFeatures(cut), extractFeatures(reworded))).toBeGreaterThan(0.8);
    expect(sameFactsProbability(extractFeatures(cut), extractFeatures(extended))).toBeLessThan(0.2);
  });

  test("analyzePair: aligned either way, equivalent only for the rewording", () => {
    expect(analyzePair(cut, reworded)).toMatchObject({ aligned: true, equivalent: true });
    expect(analyzePair(cut, extended)).toMatchObject({ aligned: true, equivalent: false });
    expect(analyzePair("Police arrested two men after the shooting.", "Two men were arrested by police after the shooting.").equivalent).toBe(true);
  });
});

describe("logistic fit", () => {
  test("learns a threshold on one feature and a sign on another, deterministically", () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const x = (i % 20) / 20;
      const noise = ((i * 7919) % 13) / 13;
      rows.push([x, noise]);
      labels.push(x > 0.5 ? 1 : 0);
    }
    const model = fitLogistic(["x", "noise"], rows, labels);
    expect(predict(model, [0.9, 0.5])).toBeGreaterThan(0.9);
    expect(predict(model, [0.1, 0.5])).toBeLessThan(0.1);
    expect(Math.abs(model.weights[1] ?? 1)).toBeLessThan(Math.abs(model.weights[0] ?? 0) / 5);
    expect(fitLogistic(["x", "noise"], rows, labels)).toEqual(model);
  });
});
