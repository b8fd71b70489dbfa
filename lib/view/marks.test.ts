import { expect, test } from "vitest";
import { unsharedRanges } from "./marks";

const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([a, b]) => text.slice(a, b));
const range = (text: string, phrase: string): [number, number] => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length];

test("a phrase both outlets say, in another place, is not marked", () => {
  const a = "Over Easter weekend, police arrested 12 people.";
  const b = "Police arrested 14 people over Easter weekend.";
  expect(marked(a, unsharedRanges(a, [range(a, "Over Easter weekend"), range(a, "12")], [b]))).toEqual(["12"]);
  expect(marked(b, unsharedRanges(b, [range(b, "14"), range(b, "over Easter weekend")], [a]))).toEqual(["14"]);
});

test("what only one outlet says stays marked, split around a shared run", () => {
  const a = "Ukraine’s ambassador-designate Dmytro Ponomarenko said on Friday";
  const b = "Ukrainian Ambassador Dmytro Ponomarenko told reporters";
  expect(marked(a, unsharedRanges(a, [range(a, "ambassador-designate Dmytro Ponomarenko said on Friday")], [b]))).toEqual(["ambassador-designate", "said on Friday"]);
});

test("with three outlets a phrase is shared only when every other outlet says it", () => {
  const a = "The vote was held on Sunday.";
  expect(marked(a, unsharedRanges(a, [range(a, "on Sunday")], ["It was on Sunday.", "It was on Monday."]))).toEqual(["on Sunday"]);
  expect(marked(a, unsharedRanges(a, [range(a, "on Sunday")], ["It was on Sunday.", "On Sunday, it was."]))).toEqual([]);
});

test("a single shared word inside a longer change stays marked; a one-word change found elsewhere does not", () => {
  const a = "officials said the plan failed";
  expect(marked(a, unsharedRanges(a, [range(a, "said the plan failed")], ["the plan worked, officials told us"]))).toEqual(["said", "failed"]);
  expect(marked(a, unsharedRanges(a, [range(a, "officials")], ["the plan worked, officials told us"]))).toEqual([]);
});

test("no other outlet in the row: ranges unchanged", () => {
  expect(unsharedRanges("abc def", [[0, 3]], [])).toEqual([[0, 3]]);
});
