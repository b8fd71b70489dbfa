import { expect, test } from "vitest";
import { canConfirm, confirmedBySentencePairs } from "./sentence-pairs";
import type { Discrepancy, Severity, Span } from "./types";

type Draft = Pick<Discrepancy, "type" | "severity" | "spans">;

const span = (source: number, sentence: number, text: string, start = 0): Span => ({ source, sentence, text, start, end: start + text.length });
const draft = (type: Draft["type"], severity: Severity, ...spans: Span[]): Draft => ({ type, severity, spans });

// An outlet's row member of two sentences: "Butler returned an interception for a touchdown on the
// opening drive." (sentence 4) + "Quinn threw a second interception in the 4th quarter." (sentence 5),
// against the other's "Butler returned an interception for a touchdown in the first quarter." (sentence 2).
const firstQuarter = span(0, 2, "first quarter", 60);
const fourthQuarter = span(1, 5, "4th quarter", 40);

test("a difference found between the members whole but in no pair of linked sentences is not flagged", () => {
  const whole = [draft("number", "high", firstQuarter, fourthQuarter)];
  // The sentence with the 4th quarter links to no sentence of the other outlet's member: no pair shows it.
  expect(confirmedBySentencePairs(whole, [])).toEqual([]);
  // A pair shows another difference, on other words: still not this one.
  expect(confirmedBySentencePairs(whole, [draft("number", "high", span(0, 2, "35 yards", 20), span(1, 4, "45 yards", 20))])).toEqual([]);
  // Nor one of another type on the same words.
  expect(confirmedBySentencePairs(whole, [draft("date", "high", firstQuarter, fourthQuarter)])).toEqual([]);
});

test("a difference a pair of linked sentences shows stands, as serious as that pair's link makes it", () => {
  const whole = [draft("number", "high", firstQuarter, fourthQuarter)];
  expect(confirmedBySentencePairs(whole, [draft("number", "high", firstQuarter, fourthQuarter)])).toEqual(whole);
  // Found only between sentences linked loosely: worth a look, no more.
  expect(confirmedBySentencePairs(whole, [draft("number", "low", firstQuarter, fourthQuarter)])).toEqual([draft("number", "low", firstQuarter, fourthQuarter)]);
  // Found by two pairs: the surer one rules; never more serious than the members whole.
  expect(confirmedBySentencePairs(whole, [draft("number", "low", firstQuarter, fourthQuarter), draft("number", "medium", firstQuarter, fourthQuarter)])).toEqual([
    draft("number", "medium", firstQuarter, fourthQuarter),
  ]);
  expect(confirmedBySentencePairs([draft("number", "medium", firstQuarter, fourthQuarter)], [draft("number", "high", firstQuarter, fourthQuarter)])).toEqual([
    draft("number", "medium", firstQuarter, fourthQuarter),
  ]);
});

test("a finding that marks words of one outlet only stands when a pair marks those words", () => {
  const allegedly = draft("hedge", "medium", span(0, 7, "allegedly", 12));
  expect(confirmedBySentencePairs([allegedly], [])).toEqual([]);
  expect(confirmedBySentencePairs([allegedly], [draft("hedge", "medium", span(0, 7, "allegedly", 12))])).toEqual([allegedly]);
});

test("a quotation runs across sentences: quotations are compared whole", () => {
  const quote = draft("quote", "medium", span(0, 3, "To pass this bill would increase the risk"), span(1, 8, "If they don't pass this bill it will increase the risk"));
  expect(confirmedBySentencePairs([quote], [])).toEqual([quote]);
});

test("a pair of sentences is compared alone only when a finding other than a quotation's marks words of either", () => {
  const whole = [draft("number", "high", firstQuarter, fourthQuarter), draft("quote", "low", span(0, 3, "we will win"), span(1, 6, "we can win"))];
  expect(canConfirm(whole, [0, 2], [1, 4])).toBe(true);
  expect(canConfirm(whole, [0, 1], [1, 5])).toBe(true);
  // Only the quotation's sentences, or neither finding's.
  expect(canConfirm(whole, [0, 3], [1, 6])).toBe(false);
  expect(canConfirm(whole, [0, 1], [1, 4])).toBe(false);
  expect(canConfirm([], [0, 2], [1, 5])).toBe(false);
});
