import { expect, test } from "vitest";
import { linkAcronyms } from "./acronyms";
import { extractFeatures } from "./features";
import { overlap } from "./similarity";

const keys = (f: ReturnType<typeof extractFeatures>) => [...f.content.keys()].filter((k) => k.startsWith("acronym:")).sort();

test("an acronym and its expansion share a key; dotted acronyms too", () => {
  const sentences = [
    "The Federal Bureau of Investigation opened an inquiry.",
    "An FBI spokesman declined to comment.",
    "The United Nations said aid had arrived.",
    "U.N. trucks crossed the border.",
  ].map((text) => extractFeatures(text));
  linkAcronyms(sentences);
  expect(sentences.map(keys)).toEqual([["acronym:fbi"], ["acronym:fbi"], ["acronym:un"], ["acronym:un"]]);
});

test("capitalised runs get no key when the comparison uses no such acronym", () => {
  const sentences = ["President Donald Trump met Prime Minister Theresa May.", "The CIA declined to comment."].map((text) => extractFeatures(text));
  linkAcronyms(sentences);
  expect(sentences.map(keys)).toEqual([[], ["acronym:cia"]]);
});

test("'OK' is a word written in capitals, not an acronym: it shares its key with 'okay'", () => {
  const sentences = ["“I don’t think it’s OK,” the mayor told the council.", "The mayor said the delay was okay with her.", "The CIA called it O.K."].map((text) => extractFeatures(text));
  linkAcronyms(sentences);
  expect(sentences.map(keys)).toEqual([[], [], ["acronym:cia"]]);
  expect(sentences.every((f) => f.content.has("okay"))).toBe(true);
});

test("the shared key raises the overlap of the full name and the acronym", () => {
  const a = extractFeatures("The Central Intelligence Agency briefed senators on Tuesday.");
  const b = extractFeatures("CIA officials briefed senators.");
  const before = overlap(a, b).similarity;
  linkAcronyms([a, b]);
  expect(overlap(a, b).similarity).toBeGreaterThan(before + 0.05);
});

test("a name both spelled out and abbreviated is one name: its key stands for its words and its letters", () => {
  const a = extractFeatures("The study was funded by the National Institutes of Health.");
  const b = extractFeatures("The NIH paid for the research.");
  linkAcronyms([a, b]);
  expect([...a.content.keys()].filter((k) => ["national", "institutes", "health"].includes(k))).toEqual([]);
  expect(b.content.has("nih")).toBe(false);
  expect(a.content.get("acronym:nih")).toBe(b.content.get("acronym:nih"));
  expect(overlap(a, b).similarity).toBeGreaterThan(0.4);
});
