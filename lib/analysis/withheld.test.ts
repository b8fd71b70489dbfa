import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { givenIn, withheldIn, withheldPairs } from "./withheld";

const kinds = (found: ReadonlyArray<{ kind: string }>) => found.map((s) => s.kind);

test.each([
  ["His name has not been released.", ["identity:victim"]],
  ["Police have not identified the victim.", ["identity:victim"]],
  ["The suspect's name was not made public.", ["identity:suspect"]],
  ["Both departments said the motive remains unknown and there is no information about any suspects.", ["cause", "suspect"]],
  ["No arrests have been made.", ["suspect"]],
  ["Nobody has been arrested.", ["suspect"]],
  ["No one was arrested in the robbery.", ["suspect"]],
  ["Police have not arrested anyone.", ["suspect"]],
  ["Detectives have yet to charge anyone in the killing.", ["suspect"]],
  ["Police have not made any arrests in the shooting.", ["suspect"]],
  ["Investigators have yet to make an arrest.", ["suspect"]],
  ["Police made two arrests on Friday.", []],
  ["No charges have been filed against the two poll workers.", ["suspect"]],
  ["Prosecutors have not filed any charges.", ["suspect"]],
  ["Prosecutors filed charges on Friday.", []],
  ["The sheriff's office has not said what led up to the shooting.", ["cause"]],
  ["The cause of the derailment has not been determined.", ["cause"]],
  ["The cause of the derailment is undetermined.", ["cause"]],
  // Not withheld: a name given, an ordinary "not", a witness's own words.
  ["Police identified the victim as Ana Ruiz.", []],
  ["The family has not spoken to reporters.", []],
  ['"I don\'t know why he did it. No one has been arrested," a neighbour said.', []],
])("withheld in %s", (sentence, expected) => {
  expect(kinds(withheldIn(extractFeatures(sentence)))).toEqual(expected);
});

test.each([
  ["The parents of Mahsaan Lee-Wilson, 4, rushed him to the hospital.", ["identity:victim"]],
  ["Police identified Desean Wynn, 23, as the shooter and arrested him.", ["suspect", "identity:suspect"]],
  ["The victim was identified as 23-year-old Ana Ruiz.", ["identity:victim"]],
  // Some wire copy spaces its hyphens ("24-year - old").
  ["The two men have been identified as 24-year - old Montez Ruiz, of Minneapolis, and 26-year - old Al Lee.", ["identity:victim"]],
  ["The shooting stemmed from an apparent road-rage incident.", ["cause"]],
  ["The shooting stemmed from an apparent road - rage incident.", ["cause"]],
  ["He was identified Wednesday as Lydell McLaurin, according to the coroner.", ["identity:victim"]],
  ["Both men have been identified as Corpus Christi residents.", []],
  ["The committee identified the businesses as Ruiz Trading Group LLC.", []],
  // A person with an age where no one is hurt is not a victim named (a witness); a sentence that withholds gives nothing.
  ["Neighbour Tom Reyes, 61, heard the shots.", []],
  ["The victim has not been identified, and no arrests have been made.", []],
  // An arrest denied or asked about is none given.
  ["Police did not say whether anyone was arrested after the robbery.", []],
  ["The man, who was never arrested, moved away.", []],
  ["Police arrested a 19-year-old man on Friday.", ["suspect"]],
  // A cause asked about is none given.
  ["Investigators are trying to determine whether the fire was caused by a space heater.", []],
  ["Police are investigating whether the shooting happened after an argument.", []],
])("given in %s", (sentence, expected) => {
  expect(kinds(givenIn(extractFeatures(sentence)))).toEqual(expected);
});

test("a withholding sentence is paired with the first sentence of the other article that gives it, unless its own article gives it too", () => {
  const a = ["A boy was shot on Monday.", "His name has not been released."].map((t) => extractFeatures(t));
  const b = ["A boy died on Monday.", "The parents of Ana Ruiz, 4, rushed her to the hospital.", "Ana Ruiz, 4, was in the back seat when she was shot."].map((t) => extractFeatures(t));
  expect(withheldPairs(a, b)).toEqual([{ a: 1, b: 1 }]);
  expect(withheldPairs(b, a)).toEqual([{ a: 1, b: 1 }]);
  const named = [...a, extractFeatures("Police later named the victim, Tom Reyes, 40, who died at the scene.")];
  expect(withheldPairs(named, b)).toEqual([]);
});

test("the sentence that states what led to it is preferred to an earlier one that mentions it in passing", () => {
  const a = ["A baby was hurt in a road-rage shooting on Sunday.", "Her father drove her to the hospital.", "A deputy said the shooting stemmed from an argument over a lane change."].map((t) => extractFeatures(t));
  const b = ["The sheriff's office has not said what led up to the shooting."].map((t) => extractFeatures(t));
  expect(withheldPairs(a, b)).toEqual([{ a: 2, b: 0 }]);
  expect(givenIn(a[2] ?? extractFeatures("")).map((s) => a[2]?.text.slice(s.start, s.end))).toEqual(["stemmed from an argument"]);
});

test("a hyphen written with spaces stays inside the words given", () => {
  const f = extractFeatures("The spokeswoman said the shooting stemmed from an apparent road - rage incident.");
  expect(givenIn(f).map((s) => f.text.slice(s.start, s.end))).toEqual(["stemmed from an apparent road - rage incident"]);
});

test("whether it was an accident: open in one article, stated as a fact in the other; a report of an accidental shooting states nothing", () => {
  const open = ["Detectives are investigating whether the shooting was accidental."].map((t) => extractFeatures(t));
  const stated = ["Officers answered a report of an accidental shooting.", "The girl was accidentally shot by her brother."].map((t) => extractFeatures(t));
  expect(withheldPairs(open, stated)).toEqual([{ a: 0, b: 1 }]);
  expect(withheldPairs(open, stated.slice(0, 1))).toEqual([]);
  expect(givenIn(extractFeatures("The medical examiner ruled the death a suicide.")).map((s) => s.kind)).toEqual(["manner"]);
  expect(givenIn(extractFeatures("The death was ruled a suicide.")).map((s) => s.kind)).toEqual(["manner"]);
});

test.each([
  // Denied, doubted or asked: not stated as a fact.
  ["Police have not ruled the death a homicide.", [], []],
  ["The boy may have been accidentally shot.", [], []],
  ["Police do not believe the shooting was accidental.", [], []],
  ["There is no indication the shooting was accidental.", [], []],
  ["A deputy was accidentally struck by a patrol car.", [], []],
  // "if" that asks nothing; an open question about a person's shooting.
  ["Even if it was an accident, the father could face charges.", [], []],
  ["Police are trying to determine whether the boy was accidentally shot.", ["determine whether the boy was accidentally shot"], []],
])("whether it was an accident in %s: open %j, stated %j", (text, open, stated) => {
  const f = extractFeatures(text);
  const words = (list: ReadonlyArray<{ kind: string; start: number; end: number }>) => list.filter((s) => s.kind === "manner").map((s) => text.slice(s.start, s.end));
  expect(words(withheldIn(f))).toEqual(open);
  expect(words(givenIn(f))).toEqual(stated);
});
