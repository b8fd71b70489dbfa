import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { withheld } from "./withheld";

test.each([
  // One outlet withholds what the other gives: a contradiction as published, medium.
  ["His name has not been released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.", ["negation/medium"]],
  ["Police identified Desean Wynn, 23, as the shooter.", "There is no information about any suspects.", ["negation/medium"]],
  ["The shooting stemmed from an apparent road-rage incident.", "The sheriff's office has not said what led up to the shooting.", ["negation/medium"]],
  // Different things: a suspect's name withheld against a victim named; both withhold; neither does.
  ["The suspect's name was not released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.", []],
  ["His name has not been released.", "The victim has not been identified.", []],
  ["A boy was shot on Monday.", "A boy died on Monday.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(withheld, a, b)).toEqual(expected);
});

test("the explanation says what one outlet withholds and quotes what the other gives", () => {
  const [f] = findingsOf(withheld, "His name has not been released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.");
  expect(f?.explanation).toBe("A says the name is not known or not released (“name has not been released”); B gives it: “Ana Ruiz, 4,”.");
});
