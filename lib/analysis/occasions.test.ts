import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { dayOfSaying, differentOccasions, withOccasions } from "./occasions";

test.each([
  ["Ms. Roe, campaigning in Ohio on Friday night, told reporters that “the facts must come out.”", "friday"],
  ["Ms. Roe said Friday that the report must come out.", "friday"],
  ["And on Saturday, a day before the summary was released, Ms. Roe argued that “the facts must come out.”", "saturday"],
  // A day the claim is about, not the day it was said; a day inside the quotation; no saying at all.
  ["Ms. Roe said the vote, which was held in Ohio on Friday, was fair.", undefined],
  ["Ms. Roe said: “We voted on Friday and we won.”", undefined],
  ["The vote was held on Friday.", undefined],
])("the day %s was said", (text, day) => {
  expect(dayOfSaying(extractFeatures(text))).toBe(day);
});

test("a sentence that goes on with the same speaker is the same occasion; another speaker's is not", () => {
  const [first, going, other] = withOccasions(
    [
      "Ms. Ana Roe, campaigning in Ohio on Friday night, told reporters that “the facts must come out.”",
      "Ms. Roe, asked about the vote, said it was “at least an attempt to cheat.”",
      "Mr. Lee, asked about the vote, said it was “a fair count.”",
    ].map((t) => extractFeatures(t)),
  );
  expect([first?.occasion, going?.occasion, other?.occasion]).toEqual(["friday", "friday", undefined]);
  const saturday = { ...extractFeatures("On Saturday, Ms. Roe charged that it was “an attempt to cheat.”"), occasion: "saturday" };
  if (!going || !first || !other) throw new Error("no features");
  expect(differentOccasions(going, saturday)).toBe(true);
  expect(differentOccasions(first, going)).toBe(false);
  // A sentence that does not say when is no second occasion.
  expect(differentOccasions(other, saturday)).toBe(false);
});
