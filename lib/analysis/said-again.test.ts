import { expect, test } from "vitest";
import { figuresOf, wordingsOf, wordsAt } from "./said-again";

test.each([
  ["The council approved $4.5 million on Tuesday.", "$4.5 million", true],
  ["The council approved $14.5 million on Tuesday.", "4.5 million", false],
  ["The council approved $4.55 million on Tuesday.", "$4.5", false],
  ["The council approved $4.5 million.", "$4.5 million", true],
  ["She was named ambassador-designate on Monday.", "ambassador", false],
  ["She was named ambassador on Monday.", "ambassador", true],
  ["They met on Sunday, the mayor said.", "Sunday", true],
  ["They met on Sundays.", "Sunday", false],
  ["The 1,200 workers left.", "1", false],
])("wordsAt(%j, %j) finds the words whole: %s", (sentence, words, found) => {
  const at = wordsAt(sentence, words);
  expect(at !== null).toBe(found);
  if (at) expect(sentence.slice(at.start, at.end)).toBe(words);
});

test("a figure is looked for with the thing it counts, then alone; other words only whole", () => {
  expect(wordingsOf("$4.5 million budget")).toEqual(["$4.5 million budget", "$4.5 million"]);
  expect(wordingsOf("12 percent of voters")).toEqual(["12 percent of voters", "12 percent"]);
  expect(wordingsOf("12-year-old")).toEqual(["12-year-old"]);
  expect(wordingsOf("$3bn deal")).toEqual(["$3bn deal", "$3bn"]);
  // Not a bare number: "35" of "35 km" may be anything's.
  expect(wordingsOf("35 km")).toEqual(["35 km"]);
  expect(wordingsOf("35 kilometres deep")).toEqual(["35 kilometres deep"]);
  expect(wordingsOf("in a statement")).toEqual(["in a statement"]);
  expect(wordingsOf("five people")).toEqual(["five people"]);
});

test("an outlet's figures as one key, with currency and whole scale words; none in words without a figure", () => {
  expect(figuresOf(["about $4.5 million budget"])).toBe("$4.5 million");
  expect(figuresOf(["35 km"])).toBe(figuresOf(["35 kilometres"]));
  expect(figuresOf(["5 men"])).toBe("5");
  expect(figuresOf(["1,200 jobs", "12%"])).toBe("1200|12%");
  expect(figuresOf(["Saturday"])).toBeNull();
});
