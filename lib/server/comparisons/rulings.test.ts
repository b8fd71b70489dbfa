import { expect, test } from "vitest";
import { standingRulings } from "./rulings";

const a = { label: "UPI", text: "The ambassador met the minister." };
const b = { label: "Reuters", text: "The envoy held talks with the minister." };
const c = { label: "Reuters", text: "The talks lasted an hour." };

test("of two rulings on one pair, in either order, the later stands", () => {
  expect(standingRulings([{ kind: "separate", pair: [a, b] }, { kind: "join", pair: [b, a] }])).toEqual({ separate: [], join: [[b, a]] });
  expect(standingRulings([{ kind: "join", pair: [a, b] }, { kind: "separate", pair: [a, b] }])).toEqual({ separate: [[a, b]], join: [] });
});

test("one pair in other typography or spacing is the same pair, as the engine finds it", () => {
  const curly = { label: "UPI", text: "He said “we will win”  on Monday." };
  const straight = { label: "UPI", text: 'He said "we will win" on Monday.' };
  expect(standingRulings([{ kind: "separate", pair: [curly, b] }, { kind: "join", pair: [straight, b] }])).toEqual({ separate: [], join: [[straight, b]] });
});

test("rulings on different pairs all stand, and an unknown kind is left out", () => {
  expect(standingRulings([{ kind: "join", pair: [a, b] }, { kind: "separate", pair: [a, c] }, { kind: "merge", pair: [b, c] }])).toEqual({ separate: [[a, c]], join: [[a, b]] });
});
