import { describe, expect, test } from "vitest";
import { placeOf, successor, type Shape } from "./relink-annotations";

/** Literal cases: which discrepancy of a new analysis a decision moves to, if any. */
const d = (id: string, type: string, spans: Array<[string, string]>): Shape & { id: string } => ({
  id,
  type,
  pairs: spans.map(([outlet, words]) => `${outlet}=${words}`),
  words: spans.map(([, words]) => words),
});
const old = (type: string, spans: Array<[string, string]>): Shape => d("old", type, spans);

describe("successor", () => {
  test.each<[string, Shape, Array<Shape & { id: string }>, string | undefined, string[]?]>([
    [
      "an omission widened by a source added (same outlet and words, and one more)",
      old("omission", [["reuters", "ukraine accounts for 0.1%"]]),
      [d("a", "omission", [["reuters", "ukraine accounts for 0.1%"], ["wire", "ukraine accounts for 0.1%"]]), d("b", "omission", [["upi", "biden said"]])],
      "a",
    ],
    [
      "an omission narrowed by a source removed",
      old("omission", [["reuters", "ukraine accounts for 0.1%"], ["wire", "ukraine accounts for 0.1%"]]),
      [d("a", "omission", [["reuters", "ukraine accounts for 0.1%"]])],
      "a",
      ["wire"],
    ],
    [
      "a flag across three outlets narrowed to two by a source removed",
      old("quote", [["upi", "must be guaranteed"], ["reuters", "must be respected"], ["wire", "must be respected"]]),
      [d("a", "quote", [["upi", "must be guaranteed"], ["reuters", "must be respected"]]), d("b", "quote", [["upi", "must be guaranteed"], ["ap", "must be upheld"]])],
      "a",
      ["wire"],
    ],
    [
      "nothing is narrowed while every outlet is still there",
      old("omission", [["reuters", "ukraine accounts for 0.1%"], ["wire", "ukraine accounts for 0.1%"]]),
      [d("a", "omission", [["reuters", "ukraine accounts for 0.1%"]])],
      undefined,
    ],
    [
      "a conflict with the removed outlet is not narrowed to its other side",
      old("number", [["upi", "hundreds of organizations"], ["wire", "hundreds of computers"]]),
      [d("a", "number", [["upi", "hundreds of organizations"], ["reuters", "thousands of computers"]])],
      undefined,
      ["wire"],
    ],
    [
      "the same words under a renamed outlet",
      old("title", [["upi", "ambassador"], ["reuters", "ambassador-designate"]]),
      [d("a", "title", [["upi", "ambassador"], ["reuters (uk)", "ambassador-designate"]])],
      "a",
    ],
    [
      "the same words under two outlets (a syndicated copy): ambiguous, so none",
      old("title", [["upi", "ambassador"], ["reuters", "ambassador-designate"]]),
      [d("a", "title", [["upi", "ambassador"], ["wire", "ambassador-designate"]]), d("b", "title", [["upi", "ambassador"], ["ap", "ambassador-designate"]])],
      undefined,
    ],
    [
      "outlets and words kept win over words alone",
      old("title", [["upi", "ambassador"], ["reuters", "ambassador-designate"]]),
      [d("a", "title", [["upi", "ambassador"], ["reuters", "ambassador-designate"], ["wire", "ambassador-designate"]]), d("b", "title", [["upi", "ambassador"], ["wire", "ambassador-designate"]])],
      "a",
    ],
    [
      "another type with the same words is not it",
      old("hedge", [["upi", "will"]]),
      [d("a", "negation", [["upi", "will"]])],
      undefined,
    ],
    [
      "a decision known only by its words (its discrepancy was gone) comes back on the same words",
      { type: "other", pairs: null, words: ["technological expertise", "cybersecurity capability"] },
      [d("a", "other", [["upi", "technological expertise"], ["reuters (uk)", "cybersecurity capability"]])],
      "a",
    ],
    [
      "words that only overlap are not the same discrepancy",
      { type: "other", pairs: null, words: ["technological expertise", "cybersecurity capability"] },
      [d("a", "other", [["upi", "technological expertise"], ["reuters", "cyber capability"]])],
      undefined,
    ],
  ])("%s", (_name, before, candidates, expected, gone = []) => {
    expect(successor(before, candidates, new Set(gone))?.id).toBe(expected);
  });
});

test("a place is the type, and per span the source, the words and the sentence: two outlets printing one wire story have two", () => {
  const text = (source: number, sentence: number) => ["The mayor reportedly resigned.", "Ellery reportedly told reporters."][sentence] ?? `${source}`;
  const at = (source: number, sentence: number) => placeOf({ type: "hedge", spans: [{ source, sentence, text: "reportedly" }] }, text);
  expect(at(1, 0)).toBe(at(1, 0));
  expect(new Set([at(1, 0), at(2, 0), at(1, 1), placeOf({ type: "quote", spans: [{ source: 1, sentence: 0, text: "reportedly" }] }, text)]).size).toBe(4);
});
