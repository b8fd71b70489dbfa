import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { condition } from "./condition";

test.each([
  // Different grades of one victim's condition: medium (it may simply have changed between the reports).
  ["The boy was shot Sunday night, leaving him in critical condition, police said.", "The boy's mother said he is expected to survive.", ["other/medium"]],
  ["The woman was seriously injured.", "The woman is in stable condition.", ["other/medium"]],
  // The one who says it is not the one it is said of: "his mother" does not make the boy a woman.
  ["The boy was in critical condition.", "His mother said he is expected to survive.", ["other/medium"]],
  // Said of two people (a man and a girl): low.
  ["A 40-year-old man was critically wounded.", "A 6-year-old girl suffered minor injuries.", ["other/low"]],
  // The same grade in other words; a side giving two grades; no condition on one side.
  ["The boy was critically wounded.", "The boy is in critical condition.", []],
  ["The boy is in critical condition.", "One victim is in stable condition and another in critical condition.", []],
  ["The boy is in critical condition.", "The boy was taken to a hospital.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(condition, a, b)).toEqual(expected);
});

test("the explanation names each outlet's grade and quotes its words", () => {
  const [f] = findingsOf(condition, "The boy was left in critical condition.", "The boy is expected to survive.");
  expect(f?.explanation).toBe("A gives the condition as critical (“in critical condition”); B as stable or not life-threatening (“expected to survive”).");
  expect(f?.anchored).toBe(true);
});
