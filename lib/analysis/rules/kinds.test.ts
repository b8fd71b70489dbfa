import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { kinds } from "./kinds";

test.each([
  // One thing named for another of its kind, the rest of the claim told alike: medium.
  ["A 6-year-old boy was shot in the leg on Sunday night.", "A 6-year-old girl was shot in the leg on Sunday night.", ["other/medium"]],
  ["The victim, a man in his 30s, died at the scene.", "The victim, a woman in her 30s, died at the scene.", ["other/medium"]],
  ["The clerk was shot with a rifle outside the store.", "The clerk was shot with a pistol outside the store.", ["other/medium"]],
  ["Lee was convicted of murder at Manchester Crown Court.", "Lee was convicted of manslaughter at Manchester Crown Court.", ["other/medium"]],
  ["Real Madrid said Mbappe suffered a hamstring injury in training.", "Real Madrid said Mbappe suffered a calf injury in training.", ["other/medium"]],
  ["The boy was shot in the leg on Sunday night.", "The boy was shot in the arm on Sunday night.", ["other/medium"]],
  ["The suspect fled the scene in a red car.", "The suspect fled the scene in a red truck.", ["other/medium"]],
  ["The fire started in the kitchen of the house on Elm Street.", "The fire started in the bedroom of the house on Elm Street.", ["other/medium"]],
  // Which of two people the sentence names both of: still two ways.
  ["A man and a woman were shot; the man died at the scene.", "A man and a woman were shot; the woman died at the scene.", ["other/medium"]],
  // A kind and its kind ("a gun" / "a rifle"), synonyms, a part and the part it holds: one thing told two ways.
  ["The clerk was shot with a rifle outside the store.", "The clerk was shot with a gun outside the store.", []],
  ["The clerk was shot with a pistol outside the store.", "The clerk was shot with a handgun outside the store.", []],
  ["The boy was shot in the leg on Sunday night.", "The boy was shot in the thigh on Sunday night.", []],
  ["Lee was convicted of murder at Manchester Crown Court.", "Lee was convicted of homicide at Manchester Crown Court.", []],
  // Two people of one sex in two relations may be one person ("her husband" / "her partner"): not this rule's.
  ["The woman told police her husband had a gun in the car.", "The woman told police her boyfriend had a gun in the car.", []],
  // Words of no closed kind, two words told in another order, a quotation: nothing.
  ["The ship sank off the coast of Sicily on Monday.", "The boat sank off the coast of Sicily on Monday.", []],
  ["His son and daughter were taken to hospital after the crash.", "His daughter and son were taken to hospital after the crash.", []],
  ['"The boy was shot in the leg," the sheriff said.', '"The girl was shot in the leg," the sheriff said.', []],
  // Sentences that share little tell two claims.
  ["The boy was shot in the leg near the old mill on Friday evening after a long argument.", "Neighbors heard that the girl was shot in the leg and rushed outside to help.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(kinds, a, b)).toEqual(expected);
});

test("the finding names both words and marks them on both sides", () => {
  const [finding] = findingsOf(kinds, "The clerk was shot with a rifle outside the store.", "The clerk was shot with a pistol outside the store.");
  expect(finding?.explanation).toBe("A says “rifle”; B says “pistol”.");
  expect(finding?.spans.map((s) => [s.side, s.start, s.end])).toEqual([
    [0, 26, 31],
    [1, 26, 32],
  ]);
});
