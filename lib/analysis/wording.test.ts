import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { quoteUnits, spelling, wordingOf } from "./wording";

test("British and American spellings are one comparison key; short and irregular words are left alone", () => {
  expect(["behaviour", "organise", "analysed", "centre", "travelled", "catalogue", "defence"].map(spelling)).toEqual([
    "behavior", "organize", "analyzed", "center", "traveled", "catalog", "defense",
  ]);
  expect(["four", "hour", "are", "were", "bell", "tour"].map(spelling)).toEqual(["four", "hour", "are", "were", "bell", "tour"]);
});

test("a house style's 'OK', 'O.K.' and 'okay' are one word; 'e-mail' and 'email' too", () => {
  expect(wordingOf("I don't think that's OK")).toEqual(wordingOf("I don't think that's okay"));
  expect(wordingOf("It's O.K. by me")).toEqual(wordingOf("It's okay by me"));
  expect(wordingOf("Send me an e-mail")).toEqual(wordingOf("Send me an email"));
  expect(wordingOf("Tulsa, OK")).toEqual(["tulsa", "okay"]);
});

test("contractions are expanded and hyphens inside a word join it", () => {
  expect(wordingOf("It's short-lived; we can't, won't and don't")).toEqual(["it", "is", "shortlived", "we", "can", "not", "will", "not", "and", "do", "not"]);
});

test("a word quoted inside the outlet's phrase is not the start of the remark quoted after it", () => {
  const units = quoteUnits(extractFeatures("Ruiz later posted an apology for her “hurtful” words, saying she had “judged the two players in a way I never wanted to be judged.”"));
  expect(units.map((u) => u.text)).toEqual(["hurtful", "judged the two players in a way I never wanted to be judged."]);
  const broken = quoteUnits(extractFeatures("“We are ready” Ruiz said, “to go to the polls.”"));
  expect(broken.map((u) => u.text)).toEqual(["We are ready to go to the polls."]);
});

test("a quotation interrupted by its speaker is one unit; two remarks in separate sentences are two", () => {
  const joined = quoteUnits(extractFeatures('"Instead of pursuing the threats," Graham said, "this administration chose old scores."'));
  expect(joined).toHaveLength(1);
  expect(joined[0]?.parts).toHaveLength(2);
  expect(joined[0]?.text).toBe("Instead of pursuing the threats, this administration chose old scores.");
  const apart = quoteUnits(extractFeatures('"We will appeal," the lawyer told reporters outside the courthouse after the long hearing ended. "It is unfair."'));
  expect(apart).toHaveLength(2);
});

test("a quoted title after the attribution is not more of the quotation", () => {
  const units = quoteUnits(extractFeatures('"The mayor has said she will act and I respect that," Ruiz said on NBC\'s "Meet the Press."'));
  expect(units.map((u) => u.text)).toEqual(["The mayor has said she will act and I respect that,", "Meet the Press."]);
  // A quotation going on after its attribution is one.
  expect(quoteUnits(extractFeatures('"The mayor has said she will act," Ruiz said, "and I respect that."'))).toHaveLength(1);
  // Nor is one before it: the ad "Bold", then what the speaker says in it; a short remark broken off at its comma is the quotation's.
  expect(quoteUnits(extractFeatures('The new ad "Bold" ends with Hale saying, "courage built this town.'))).toHaveLength(2);
  expect(quoteUnits(extractFeatures('"Absolutely," Hale said, "we will rebuild the bridge."'))).toHaveLength(1);
});

test("two quotations the outlet's own words join are two, not one interrupted by its attribution", () => {
  const units = quoteUnits(extractFeatures('Chief Ana Ruiz issued a statement calling the report "misleading" and claiming "the union has not changed its position on pensions."'));
  expect(units.map((u) => u.text)).toEqual(["misleading", "the union has not changed its position on pensions."]);
});
