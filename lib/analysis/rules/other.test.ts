import { expect, test } from "vitest";
import { kindsOf } from "../../testing/rules";
import { other } from "./other";

test.each([
  // Two or more content words changed on each side, neither the same lemma nor synonyms: low.
  ["Brat called Cantor an insider who isn't conservative enough.", "Brat won with help from conservative talk radio hosts.", ["other/low"]],
  // A one-word swap, newsroom equivalents or a single changed verb are wording.
  ["The company said profits rose.", "The firm said profits rose.", []],
  ["Kim said so at a press conference.", "Kim said so at a news conference.", []],
  ["The ministry confirmed the visit.", "The ministry denied the visit.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(other, a, b)).toEqual(expected);
});
