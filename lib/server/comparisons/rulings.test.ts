import { expect, test } from "vitest";
import { standingRulings } from "./rulings";

const a = { label: "UPI", text: "The ambassador met the minister." };
const b = { label: "Reuters", text: "The envoy held talks with the minister." };
const c = { label: "Reuters", text: "The talks lasted an hour." };

test("of two rulings on one pair, in either order, the later stands", () => {
  expect(standingRulings([{ kind: "separate", pair: [a, b] }, { kind: "join", pair: [b, a] }])).toEqual({ separate: [], join: [{ chosen: a, row: [b] }] });
  expect(standingRulings([{ kind: "join", pair: [a, b] }, { kind: "separate", pair: [a, b] }])).toEqual({ separate: [[a, b]], join: [] });
});

test("one pair in other typography or spacing is the same pair, as the engine finds it", () => {
  const curly = { label: "UPI", text: "He said “we will win”  on Monday." };
  const straight = { label: "UPI", text: 'He said "we will win" on Monday.' };
  expect(standingRulings([{ kind: "separate", pair: [curly, b] }, { kind: "join", pair: [straight, b] }])).toEqual({ separate: [], join: [{ chosen: b, row: [straight] }] });
});

test("rulings on different pairs all stand, and an unknown kind is left out", () => {
  expect(standingRulings([{ kind: "join", pair: [a, b] }, { kind: "separate", pair: [a, c] }, { kind: "merge", pair: [b, c] }])).toEqual({ separate: [[a, c]], join: [{ chosen: b, row: [a] }] });
});

test("one action's pairs are one ruling (its chosen sentence and the row's), whatever a later ruling takes out of it", () => {
  const d = { label: "AP", text: "The minister saw the envoy." };
  const e = { label: "AFP", text: "Envoy and minister met." };
  const first = [{ kind: "join", pair: [a, d], ruling: "r1" }, { kind: "join", pair: [b, d], ruling: "r1" }] as const;
  expect(standingRulings(first)).toEqual({ separate: [], join: [{ chosen: d, row: [a, b] }] });
  // A second action into the same row chose another sentence: a ruling of its own (the engine makes them one row).
  const second = [...first, { kind: "join", pair: [a, e], ruling: "r2" }, { kind: "join", pair: [b, e], ruling: "r2" }, { kind: "join", pair: [d, e], ruling: "r2" }] as const;
  expect(standingRulings(second).join).toEqual([
    { chosen: d, row: [a, b] },
    { chosen: e, row: [a, b, d] },
  ]);
  expect(standingRulings([...first, { kind: "separate", pair: [d, b], ruling: "r3" }])).toEqual({ separate: [[d, b]], join: [{ chosen: d, row: [a] }] });
  // Pairs stored before actions were kept are each a ruling.
  expect(standingRulings([{ kind: "join", pair: [a, d] }, { kind: "join", pair: [b, d] }]).join).toEqual([
    { chosen: d, row: [a] },
    { chosen: d, row: [b] },
  ]);
});
