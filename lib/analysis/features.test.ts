import { expect, test } from "vitest";
import { extractFeatures } from "./features";

const hedgesOf = (s: string) => extractFeatures(s).hedges.map((h) => h.text);
const figuresOf = (s: string) => extractFeatures(s).numbers.map((n) => `${n.value} ${n.unit ?? "-"}`);

test.each([
  ["Theresa May said the deal was done.", []],
  ["May said the deal was done.", []],
  ["Prime Minister May will meet the king.", []],
  ["The deal may be done by Friday.", ["may"]],
  ["Officials might sign it on Friday, May said.", ["might"]],
])("capitalised words inside names are not hedges: %s", (sentence, expected) => {
  expect(hedgesOf(sentence)).toEqual(expected);
});

test.each([
  ["Protesters gathered outside 10 Downing Street on Monday.", []],
  ["Police were called to the 6100 block of Main Street.", []],
  ["He was flying a Boeing 737 with 150 passengers.", ["150 passenger"]],
  ["The crash happened on Route 9, near 40 homes.", ["40 home"]],
  ["Officers found 20 shell casings.", ["20 casing"]],
])("street addresses, route and model numbers are not counts: %s", (sentence, expected) => {
  expect(figuresOf(sentence)).toEqual(expected);
});
