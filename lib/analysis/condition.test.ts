import { expect, test } from "vitest";
import { conditionPairs, conditionsIn } from "./condition";
import { extractFeatures } from "./features";

const grades = (text: string) => conditionsIn(extractFeatures(text)).map((c) => `${c.grade}:${text.slice(c.start, c.end)}`);

test.each([
  ["The girl was listed in critical condition at Mercy Hospital.", ["critical:listed in critical condition"]],
  ["The man was critically wounded.", ["critical:critically wounded"]],
  ["She suffered life-threatening injuries.", ["critical:life-threatening injuries"]],
  ["The driver was seriously hurt in the crash.", ["serious:seriously hurt"]],
  ["The boy is expected to survive, his aunt said.", ["stable:expected to survive"]],
  ["He was taken to a hospital with non-life-threatening injuries.", ["stable:non-life-threatening"]],
  ["He was taken to a hospital with non life-threatening injuries.", ["stable:non life-threatening"]],
  ["The woman remains in stable condition.", ["stable:remains in stable condition"]],
  ["The teen suffered critical injuries and was critically ill.", ["critical:critical injuries", "critical:critically ill"]],
  ["A 30-year-old man was critically wounded.", ["critical:critically wounded"]],
  ["He was treated for non - life - threatening injuries.", ["stable:non - life - threatening"]],
  // A denied "expected to survive" is critical; a grade moved is two grades.
  ["He is not expected to survive.", ["critical:not expected to survive"]],
  ["She was in critical condition before being upgraded to stable condition.", ["critical:was in critical condition", "stable:upgraded to stable condition"]],
  // A grade denied, or said of several people, is no one person's condition.
  ["No one suffered life-threatening injuries.", []],
  ["None of the passengers were seriously injured.", []],
  ["Two bystanders were treated for minor injuries at the scene.", []],
  ["Both victims were in stable condition.", []],
  ["Two men were critically wounded.", []],
  // Both at once, words of a vote, and a condition inside someone's quotation give no grade.
  ["The teen was in critical but stable condition.", []],
  ["The council held a critical vote on Monday.", []],
  ["“He is in critical condition,” his mother wrote.", []],
])("%s", (text, expected) => {
  expect(grades(text)).toEqual(expected);
});

test("the first sentence of each article giving a condition pairs up when each article gives one grade only and the grades differ", () => {
  const article = (...sentences: string[]) => sentences.map((s) => extractFeatures(s));
  const critical = article("A boy was shot on Elm Street on Sunday.", "He was taken to a hospital in critical condition.", "He remains in critical condition.");
  const stable = article("Police have charged a man in the shooting.", "The boy's father said he is expected to survive.");
  expect(conditionPairs(critical, stable)).toEqual([{ a: 1, b: 1 }]);
  expect(conditionPairs(stable, critical)).toEqual([{ a: 1, b: 1 }]);
  // The same grade: the words link them if anything does.
  expect(conditionPairs(critical, article("The boy was critically wounded."))).toEqual([]);
  // An article giving two grades speaks of two people (or two moments): nothing to pair.
  expect(conditionPairs(critical, article("One victim is in stable condition.", "The other is in critical condition."))).toEqual([]);
  expect(conditionPairs(critical, article("Police have charged a man in the shooting."))).toEqual([]);
});
