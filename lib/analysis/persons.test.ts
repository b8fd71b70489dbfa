import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { agedPeople, linkPersons } from "./persons";

test.each([
  ["Police named them as 8-year-old Ana Ruiz-Lee and her father, Tom Lee, 46.", [{ age: "8", name: ["ana", "ruiz", "lee"] }, { age: "46", name: ["tom", "lee"] }]],
  ["A man shot an 8-year-old girl on Monday.", [{ age: "8", noun: "girl" }]],
  ["The victim, 19, died at the scene.", [{ age: "19", noun: "victim" }]],
  // Not an age: a count, a figure after a comma that goes on.
  ["Police arrested 8 men.", []],
  ["In the end, 40 people came.", []],
])("aged people in %s", (sentence, expected) => {
  expect(agedPeople(extractFeatures(sentence))).toEqual(expected);
});

const keys = (sentences: ReturnType<typeof extractFeatures>[]) => sentences.map((f) => [...f.content.keys()].filter((k) => k.startsWith("person:")));

test("one outlet names the girl, the other only says 'the girl': the sentences about her share a person key", () => {
  const a = ["Police named the victim as 8-year-old Ana Ruiz.", "Ana was taken to a hospital.", "The girl loved music."].map((t) => extractFeatures(t));
  const b = ["A man shot an 8-year-old girl on Monday.", "The girl was rushed to the hospital.", "The man fled."].map((t) => extractFeatures(t));
  linkPersons([a, b]);
  // The outlet that names her keeps "girl" as a plain word: it shares it with the other's "the girl" already.
  expect(keys(a)).toEqual([["person:8"], ["person:8"], []]);
  expect(keys(b)).toEqual([["person:8"], ["person:8"], []]);
});

test("an outlet that names the boy and gave his age with 'son' means him by 'their son' later; not by another person noun", () => {
  const a = ["Tom Diaz shot his 8-year-old son on Monday.", "Police named the child as Xavi Ruiz, 8.", "Diaz, his wife and their son lived in the flat.", "A neighbour's boy heard shots."].map((t) => extractFeatures(t));
  const b = ["A man shot an 8-year-old boy.", "The boy, his mother and the man lived at the flat."].map((t) => extractFeatures(t));
  linkPersons([a, b]);
  expect(keys(a)).toEqual([["person:8"], ["person:8"], ["person:8"], []]);
  expect(keys(b)).toEqual([["person:8"], ["person:8"]]);
});

test("no key when the age is two people's, or the noun has two ages", () => {
  const twoNames = [["Ana Ruiz, 8, and Tom Lee, 8, were hurt."], ["An 8-year-old girl was hurt."]].map((article) => article.map((t) => extractFeatures(t)));
  linkPersons(twoNames);
  expect(twoNames.map(keys)).toEqual([[[]], [[]]]);
  const twoAges = [["Police named her as 8-year-old Ana Ruiz."], ["An 8-year-old girl and a 12-year-old girl were hurt."]].map((article) => article.map((t) => extractFeatures(t)));
  linkPersons(twoAges);
  expect(twoAges.map(keys)).toEqual([[[]], [[]]]);
});
