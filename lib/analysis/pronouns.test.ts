import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { carryNames, personNames } from "./pronouns";
import { overlap } from "./similarity";

test.each([
  ["It was known that Mr. Reyes had been accused by Ana Ruiz, his former aide.", ["reyes", "ana", "ruiz"]],
  ["Sen. Lee spoke in Ohio on Monday.", ["lee"]],
  // One capitalised word without an honorific may be a place or a body: not a person's name.
  ["The bill passed in Texas.", []],
  // A place named after someone is not a person: "his" after it does not mean "Primary Children".
  ["The boy was taken to Primary Children's Hospital by Tom Lee.", ["tom", "lee"]],
  ["St. Jude Children's Research Hospital treated her.", []],
  ["Donald Trump's campaign said no.", ["donald", "trump"]],
  ["Arsenio Hall and Ellen Park spoke.", ["arsenio", "hall", "ellen", "park"]],
])("people named in %s", (sentence, expected) => {
  expect(personNames(extractFeatures(sentence))).toEqual(expected);
});

test("a sentence whose 'she' and 'him' are the people named just before it shares their names with another outlet's sentence that names them", () => {
  const article = ["It was known that Mr. Reyes had been accused by Ana Ruiz, his former aide.", "She sued him in 2014, claiming he fired her."].map((t) => extractFeatures(t));
  const other = extractFeatures("Reyes was sued by his former aide, Ana Ruiz, in 2014.");
  const before = overlap(article[1] ?? other, other).similarity;
  carryNames(article);
  expect([...(article[1]?.content.keys() ?? [])]).toEqual(expect.arrayContaining(["reyes", "ana", "ruiz"]));
  // At half their weight: a guess at whom the pronouns mean.
  expect(article[1]?.content.get("ruiz")).toBeCloseTo((article[0]?.content.get("ruiz") ?? 0) / 2);
  expect(overlap(article[1] ?? other, other).similarity).toBeGreaterThan(before + 0.2);
  // A sentence with no personal pronoun carries nothing.
  const plain = ["Ana Ruiz filed the suit.", "The suit was settled in 2015."].map((t) => extractFeatures(t));
  carryNames(plain);
  expect(plain[1]?.content.has("ruiz")).toBe(false);
});
