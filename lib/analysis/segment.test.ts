import { expect, test } from "vitest";
import { segment } from "./segment";

test("abbreviations and initials do not end sentences; offsets point into the joined text", () => {
  const { text, sentences } = segment(["On Feb. 25 Mr. J. R. Smith of the U.S. Army spoke. Lt. Kim agreed.", "Second paragraph here."]);
  expect(sentences.map((s) => s.text)).toEqual(["On Feb. 25 Mr. J. R. Smith of the U.S. Army spoke.", "Lt. Kim agreed.", "Second paragraph here."]);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(sentences[2]?.paragraph).toBe(1);
});

test("a quotation spanning two sentences stays one unit", () => {
  const { sentences } = segment(['He said: "It is fine. We will go." Then he left.']);
  expect(sentences.map((s) => s.text)).toEqual(['He said: "It is fine. We will go."', "Then he left."]);
});

test("a run-on sentence is cut into bounded pieces", () => {
  const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
  const { sentences } = segment([words]);
  expect(sentences.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...sentences.map((s) => s.text.split(" ").length))).toBeLessThanOrEqual(120);
});

const texts = (paragraph: string) => segment([paragraph]).sentences.map((s) => s.text);

test("a quotation of many sentences stays one unit while it is open", () => {
  const quote = '"We are ready. We trained. We waited. We planned. We are calm. We will win."';
  expect(texts(`She said: ${quote} Then she left.`)).toEqual([`She said: ${quote}`, "Then she left."]);
  expect(texts(`${quote.slice(0, -2)}," the coach said. The game starts at noon.`)).toEqual([
    `${quote.slice(0, -2)}," the coach said.`,
    "The game starts at noon.",
  ]);
});

test("a quotation that never closes in its paragraph is left as the splitter cut it", () => {
  expect(texts('"We are ready. We trained. We waited.')).toEqual(['"We are ready.', "We trained.", "We waited."]);
});

