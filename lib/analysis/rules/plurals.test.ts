import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { plurals } from "./plurals";

test.each([
  // One against several of the same thing, in the same place in the claim: low.
  ["The two were flown to hospitals in Tacoma, where they died.", "The two were flown to a Tacoma hospital, where they died.", ["number/low"]],
  ["Deputies found rifles in the trunk.", "Deputies found a rifle in the trunk.", ["number/low"]],
  ["Crews pulled the driver from a single vehicle.", "Crews pulled the driver from vehicles.", ["number/low"]],
  // A figure is the numbers rule's; "one of the" says one too; the one side also says several.
  ["Deputies found two rifles in the trunk.", "Deputies found a rifle in the trunk.", []],
  ["He was taken to one of the hospitals in Tacoma.", "He was taken to a Tacoma hospital.", []],
  ["Deputies found a rifle and other rifles in the trunk.", "Deputies found rifles in the trunk.", []],
  // Somewhere else in the claim, a modifier, or a word that counts nothing: nothing.
  ["Hospitals in Tacoma treated the two.", "The two were flown to a Tacoma hospital.", []],
  ["A hospital spokesman said the two died.", "Hospitals said the two died.", []],
  ["She served a year in prison.", "She served years in prison.", []],
  ["It was part of an effort to end the ban.", "It was part of efforts to end the ban.", []],
  // Words inside a quotation are the speaker's.
  ['"We found a rifle," the sheriff said.', '"We found rifles," the sheriff said.', []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(plurals, a, b)).toEqual(expected);
});

test("the finding marks the one and the several, and says which outlet says which", () => {
  const [finding] = findingsOf(plurals, "Deputies found rifles in the trunk.", "Deputies found a rifle in the trunk.");
  expect(finding?.explanation).toBe("B says one (“a rifle”); A says several (“rifles”): “rifle”.");
  expect(finding?.spans.map((s) => s.side)).toEqual([0, 1]);
});

test.each([
  // An act, a state or an idea is not counted; neither is an audience, nor "one", a figure.
  ["The agency took steps to fix it.", "The agency took a step to fix it."],
  ["Neighbors raised concerns about the plant.", "Neighbors raised a concern about the plant."],
  ["The family is looking for answers.", "The family is looking for an answer."],
  ["The mayor told reporters he would stay.", "The mayor told a reporter he would stay."],
  ["Police found one rifle in the trunk.", "Police found rifles in the trunk."],
])("nothing counted: %s / %s", (a, b) => {
  expect(kindsOf(plurals, a, b)).toEqual([]);
});
