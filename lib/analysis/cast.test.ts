import { expect, test } from "vitest";
import { readCast } from "./cast";
import { extractFeatures } from "./features";
import { sameSpeaker, speakerOf } from "./speakers";

/** Reads two articles' cast, then whether the speakers of their first sentences are one. */
function oneSpeaker(a: string[], b: string[]): boolean {
  const articles = [a.map((t) => extractFeatures(t)), b.map((t) => extractFeatures(t))];
  readCast(articles);
  const [sa, sb] = [speakerOf(articles[0]?.[0] ?? extractFeatures("")), speakerOf(articles[1]?.[0] ?? extractFeatures(""))];
  if (!sa || !sb) throw new Error("no speaker read");
  return sameSpeaker(sa, sb);
}

test.each([
  // The office the comparison gives the named speaker, in either article: one speaker.
  [["The governor said his son had signed the petition."], ["Hutchinson said his son had signed the petition.", "Arkansas Gov. Asa Hutchinson spoke on Wednesday."], true],
  [["The president has said he will not meet Netanyahu."], ["Obama has said he will not meet Netanyahu.", "President Obama flew to Ohio."], true],
  [["The governor said the bill was flawed."], ["Asa Hutchinson, the governor, said the bill was flawed."], true],
  [["The attorney general said the review was over."], ["Attorney General Eric Holder said the review was over."], true],
  [["The lawyer said the charges were political."], ["Mark Sheridan, the attorney for the campaign, said the charges were political."], true],
])("a speaker named by office is the person the comparison gives it: %j / %j", (a, b, expected) => {
  expect(oneSpeaker(a, b)).toBe(expected);
});

test.each([
  // An office held before, a deputy's office, or an office no one named holds: not the named speaker.
  [["The president said the wall would work."], ["Obama said the wall would work.", "Former President Barack Obama has one."], false],
  [["The director said the review was over."], ["Ann Ruiz said the review was over.", "Deputy director Ann Ruiz spoke on Friday."], false],
  [["The governor said the bill was flawed."], ["Ruiz said the bill was flawed.", "Sen. Ann Ruiz spoke on Friday."], false],
  // By surname: another John's office is not this John's.
  [["The senator said the bill was flawed."], ["John Kerry said the bill was flawed.", "Sen. John McCain spoke on Friday."], false],
])("an office the person does not hold now is not theirs: %j / %j", (a, b, expected) => {
  expect(oneSpeaker(a, b)).toBe(expected);
});
