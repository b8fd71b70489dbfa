import { expect, test } from "vitest";
import { analyze } from "./analyze";
import { consolidate, onceAgainstEach, withoutRepeats, type ClaimDraft } from "./consolidate";
import type { Discrepancy } from "./types";

type Draft = Omit<Discrepancy, "id" | "fingerprint">;
const span = (source: number, text: string, start = 10) => ({ source, sentence: 0, text, start, end: start + text.length });
const date = (severity: Draft["severity"], spans: Draft["spans"], claimGroup = 0): Draft => ({ type: "date", severity, claimGroup, scope: "claim", spans, explanation: "pairwise" });

test("the outlet that differs from two others is one discrepancy naming all three, at the highest severity", () => {
  const out = consolidate([date("low", [span(0, "Saturday"), span(1, "Sunday")]), date("medium", [span(0, "Saturday"), span(2, "Sunday", 30)])], ["Fox", "HuffPost", "NYT"]);
  expect(out).toHaveLength(1);
  expect(out[0]?.severity).toBe("medium");
  expect(out[0]?.spans.map((s) => s.source)).toEqual([0, 1, 2]);
  expect(out[0]?.explanation).toBe("The date differs: Fox has “Saturday”; HuffPost and NYT have “Sunday”.");
});

test("outlets of the claim with no such words are named as not saying it", () => {
  const negation = (other: number): Draft => ({ type: "negation", severity: "high", claimGroup: 0, scope: "claim", spans: [span(2, "not")], explanation: `pairwise ${other}` });
  const out = consolidate([negation(0), negation(1)], ["NYT", "Fox", "HuffPost"], () => [0, 1, 2]);
  expect(out.map((d) => d.explanation)).toEqual(["One outlet denies what another asserts: HuffPost has “not”; NYT and Fox do not."]);
});

test("a figure only one outlet gives stays apart from a figure two outlets give differently", () => {
  const number = (severity: Draft["severity"], spans: Draft["spans"]): Draft => ({ type: "number", severity, claimGroup: 0, scope: "claim", spans, explanation: "pairwise" });
  const out = consolidate(
    [number("high", [span(0, "12-year-old"), span(1, "11-year-old")]), number("low", [span(0, "12-year-old"), span(0, "47-year-old", 50)]), number("high", [span(0, "12-year-old"), span(2, "11-year-old")])],
    ["A", "B", "C"],
  );
  expect(out.map((d) => d.explanation)).toEqual(["The figures differ: A has “12-year-old”; B and C have “11-year-old”.", "pairwise"]);
});

test("findings of other types, other claim groups or sharing no words stay apart; two sources pass through", () => {
  const drafts = [
    date("low", [span(0, "Saturday"), span(1, "Sunday")]),
    date("low", [span(0, "Friday", 40), span(2, "Monday", 40)]),
    date("low", [span(0, "Saturday"), span(2, "Sunday")], 1),
    { ...date("low", [span(0, "Saturday"), span(2, "Sunday")]), type: "number" as const },
  ];
  expect(consolidate(drafts, ["A", "B", "C"])).toEqual(drafts);
});

test("in a three-outlet comparison, one outlet's different figure is reported once", () => {
  const result = analyze([
    { label: "Wire", text: "The regional parliament approved the water tax on Tuesday by 61 votes to 40.\n\nThe tax applies from next spring." },
    { label: "Daily", text: "The regional parliament approved the water tax on Tuesday by 71 votes to 40.\n\nThe tax applies from next spring." },
    { label: "Post", text: "The regional parliament approved the water tax on Tuesday by 71 votes to 40.\n\nThe tax applies from next spring." },
  ]);
  const numbers = result.discrepancies.filter((d) => d.type === "number");
  expect(numbers).toHaveLength(1);
  expect(numbers[0]?.explanation).toContain("Wire has “61");
  expect(numbers[0]?.explanation).toContain("Daily and Post have “71");
});

test("a low pairing of another figure does not lend its words to a conflict", () => {
  const number = (severity: Draft["severity"], spans: Draft["spans"]): Draft => ({ type: "number", severity, claimGroup: 0, scope: "claim", spans, explanation: "pairwise" });
  const out = consolidate(
    [number("high", [span(0, "3 billion"), span(2, "3.6 billion")]), number("low", [span(0, "3 billion"), span(1, "2.5 billion")])],
    ["Fox", "HuffPost", "NYT"],
  );
  expect(out.map((d) => [d.severity, d.spans.map((x) => x.text)])).toEqual([
    ["high", ["3 billion", "3.6 billion"]],
    ["low", ["3 billion", "2.5 billion"]],
  ]);
});

test("a discrepancy whose every span one of its type with more spans marks is that one again; other types and other words stay", () => {
  const number = (spans: Draft["spans"], claimGroup: number): Draft => ({ type: "number", severity: "high", claimGroup, scope: "claim", spans, explanation: `group ${claimGroup}` });
  const three = number([span(0, "five people"), span(1, "five people"), span(2, "three people")], 1);
  const again = number([span(0, "five people"), span(2, "three people")], 5);
  const other = number([span(0, "five people"), span(3, "two people")], 6);
  const dated = { ...again, type: "date" as const };
  expect(withoutRepeats([again, three, other, dated]).map((d) => `${d.type} ${d.explanation}`)).toEqual(["number group 1", "number group 6", "date group 5"]);
  // A conflict that a low finding of more outlets also marks says more than it: both stay.
  const conflict = date("medium", [span(0, "Friday"), span(1, "Thursday")]);
  const all = date("low", [span(0, "Friday"), span(1, "Thursday"), span(2, "yesterday")]);
  expect(withoutRepeats([all, conflict])).toEqual([all, conflict]);
});

test("one sentence's words flagged again with the same words against another sentence are one discrepancy; other words or places stay", () => {
  const at = (source: number, sentence: number, text: string) => ({ source, sentence, text, start: 5, end: 5 + text.length });
  const hedge = (claimGroup: number, spans: Draft["spans"]): Draft => ({ type: "hedge", severity: "low", claimGroup, scope: "claim", spans, explanation: `group ${claimGroup}` });
  const lead = hedge(0, [at(0, 6, "likely"), at(1, 2, "could")]);
  const later = hedge(5, [at(0, 6, "likely"), at(1, 4, "could")]);
  const otherWords = hedge(7, [at(0, 6, "likely"), at(1, 9, "may")]);
  const elsewhere = hedge(8, [at(0, 11, "likely"), at(1, 12, "could")]);
  const omission: Draft = { type: "omission", severity: "medium", claimGroup: null, scope: "omission", spans: [at(0, 6, "likely")], explanation: "only" };
  expect(onceAgainstEach([lead, later, otherWords, elsewhere, omission, omission]).map((d) => d.explanation)).toEqual(["group 0", "group 7", "group 8", "only", "only"]);
  // Whichever row comes first: the sentences that come first in their articles are kept.
  expect(onceAgainstEach([{ ...later, claimGroup: 0 }, { ...lead, claimGroup: 5 }]).map((d) => d.spans[1]?.sentence)).toEqual([2]);
});

test("outlets that each add the same words the others lack are one discrepancy naming them together", () => {
  const hedge = (source: number, start: number, other: number): Draft => ({ type: "hedge", severity: "low", claimGroup: 0, scope: "claim", spans: [span(source, "confirmed", start)], explanation: `pairwise ${other}` });
  // B against A and D, C against A and D: B and C both have "confirmed", so neither is the only one.
  const out = consolidate([hedge(1, 12, 0), hedge(1, 12, 3), hedge(2, 40, 0), hedge(2, 40, 3)], ["A", "B", "C", "D"], () => [0, 1, 2, 3]);
  expect(out.map((d) => d.explanation)).toEqual(["Certainty differs: B and C have “confirmed”; A and D do not."]);
  expect(out[0]?.spans.map((s) => s.source)).toEqual([1, 2]);
});

test("a figure three outlets give and a fourth does not is one discrepancy; other words stay apart", () => {
  const number = (source: number, text: string): Draft => ({ type: "number", severity: "low", claimGroup: 0, scope: "claim", spans: [span(source, text)], explanation: `only ${source}` });
  const out = consolidate([number(1, "forty rooms"), number(2, "forty rooms"), number(3, "forty rooms"), number(2, "two floors")], ["A", "B", "C", "D"], () => [0, 1, 2, 3]);
  expect(out.map((d) => d.explanation)).toEqual(["The figures differ: B, C and D have “forty rooms”; A does not.", "only 2"]);
});

test("a quotation two outlets render in their own words is worded as a paraphrase, not as quoted words", () => {
  const quoted = span(2, '"Rates will rise in May,"', 0);
  const paraphrase = (source: number, text: string): ClaimDraft => ({
    type: "quote",
    severity: "low",
    claimGroup: 0,
    scope: "claim",
    spans: [span(source, text), quoted],
    explanation: "pairwise",
    paraphrasedBy: source,
  });
  const out = consolidate([paraphrase(0, "rates would rise next month"), paraphrase(1, "a rise in rates in May")], ["A", "B", "C", "D"], () => [0, 1, 2, 3]);
  expect(out.map((d) => d.explanation)).toEqual(["C quotes “Rates will rise in May,”; A paraphrases it as “rates would rise next month”; B paraphrases it as “a rise in rates in May”."]);
  expect(out[0]).not.toHaveProperty("paraphrasedBy");
});

test("a quotation's discrepancy does not name the outlets it has no words of as not quoting it", () => {
  const quote = (source: number, text: string): Draft => ({ type: "quote", severity: "low", claimGroup: 0, scope: "claim", spans: [span(0, "We will win."), span(source, text)], explanation: "pairwise" });
  const out = consolidate([quote(1, "We shall win."), quote(2, "We can win.")], ["A", "B", "C", "D"], () => [0, 1, 2, 3]);
  expect(out.map((d) => d.explanation)).toEqual(["The quotation differs: A has “We will win.”; B has “We shall win.”; C has “We can win.”."]);
});

test("words one outlet adds name as lacking them only the outlets it was found against, not one compared with no finding", () => {
  const hedge = (other: number): ClaimDraft => ({ type: "hedge", severity: "low", claimGroup: 0, scope: "claim", spans: [span(0, "expected")], explanation: `pairwise ${other}`, between: [0, other] });
  // A against B and D; C says "expected" too, so A against C found nothing.
  const out = consolidate([hedge(1), hedge(3)], ["A", "B", "C", "D"], () => [0, 1, 2, 3]);
  expect(out.map((d) => d.explanation)).toEqual(["Certainty differs: A has “expected”; B and D do not."]);
  expect(out[0]).not.toHaveProperty("between");
});

test("an outlet no finding names that says one side's very words is named with that side; one that says both sides' words is not", () => {
  const number = (spans: Draft["spans"]): Draft => ({ type: "number", severity: "high", claimGroup: 0, scope: "claim", spans, explanation: "pairwise" });
  const said: Record<number, string> = { 1: "Members voted to spend $4.5 million.", 2: "It backed a $4.5 million plan.", 4: "Up from $4.5 million to $6 million." };
  const sameWords = (_group: number, source: number, text: string) => {
    const sentence = said[source] ?? "";
    const start = sentence.indexOf(text);
    return start < 0 ? null : { source, sentence: 0, text, start, end: start + text.length };
  };
  const out = consolidate([number([span(0, "$4.5 million"), span(3, "$6 million")])], ["A", "B", "C", "D", "E"], () => [0, 1, 2, 3, 4], sameWords);
  // (E says both, the figure before the change and after: it takes no side, and does not lack them.)
  expect(out.map((d) => d.explanation)).toEqual(["The figures differ: A, B and C have “$4.5 million”; D has “$6 million”."]);
  expect(out[0]?.spans.map((s) => s.source)).toEqual([0, 1, 2, 3]);
  // Two outlets only: the pairwise finding stands as found.
  expect(consolidate([number([span(0, "$4.5 million"), span(1, "$6 million")])], ["A", "B"], () => [0, 1], sameWords).map((d) => d.explanation)).toEqual(["pairwise"]);
});

test("a lower finding whose words sit inside a more serious one's words, for as many outlets, is that one again", () => {
  const at = (source: number, text: string, start: number) => ({ source, sentence: 0, text, start, end: start + text.length });
  const high: Draft = { type: "number", severity: "high", claimGroup: 0, scope: "claim", spans: [at(0, "$4.5 million budget", 10), at(1, "$6 million", 4)], explanation: "high" };
  const low: Draft = { type: "number", severity: "low", claimGroup: 0, scope: "claim", spans: [at(0, "$4.5 million", 10), at(1, "$6 million", 4)], explanation: "low" };
  const elsewhere: Draft = { ...low, spans: [at(0, "$4.5 million", 60), at(1, "$6 million", 4)], explanation: "elsewhere" };
  expect(withoutRepeats([high, low, elsewhere]).map((d) => d.explanation)).toEqual(["high", "elsewhere"]);
});

test("in a four-outlet comparison, the outlets agreeing on a sum are named together against the one that differs, with its currency", () => {
  const result = analyze([
    { label: "Wire", text: "The county board approved a $2.8 million budget for the new clinic on Monday.\n\nThe clinic will open in 2027." },
    { label: "Daily", text: "Board members on Monday voted to spend $2.8 million on a new clinic.\n\nThe clinic would open in 2027, officials said." },
    { label: "Post", text: "The board on Monday backed a $2.8 million plan to build a new clinic.\n\nIt will open its doors in 2027." },
    { label: "Herald", text: "A new clinic will cost the county $3.4 million after the board approved the budget on Monday.\n\nThe clinic will open in 2027." },
  ]);
  const numbers = result.discrepancies.filter((d) => d.type === "number");
  expect(numbers.map((d) => d.explanation)).toEqual(["The figures differ: Wire, Daily and Post have “$2.8 million budget”; Herald has “$3.4 million”."]);
});

test("words found inside one another's place in an outlet's sentence are one wording there, not both sides'", () => {
  const number = (spans: Draft["spans"]): Draft => ({ type: "number", severity: "high", claimGroup: 0, scope: "claim", spans, explanation: "pairwise" });
  const said = "The quake struck at a depth of 35 kilometres.";
  // An outlet's words found whole, and a shorter wording of another outlet found inside them.
  const sameWords = (_group: number, source: number, text: string) => {
    const start = said.indexOf(text === "35 km" ? "35" : text);
    return source === 3 && start >= 0 ? { source, sentence: 0, text: said.slice(start, start + (text === "35 km" ? 2 : text.length)), start, end: start + (text === "35 km" ? 2 : text.length) } : null;
  };
  const out = consolidate([number([span(0, "35 kilometres"), span(2, "53 kilometres")]), number([span(1, "35 km"), span(2, "53 kilometres")])], ["A", "B", "C", "D"], () => [0, 1, 2, 3], sameWords);
  // (B's "35 km" is the same figure as A's and D's "35 kilometres": one wording named for the three.)
  expect(out.map((d) => d.explanation)).toEqual(["The figures differ: A, B and D have “35 kilometres”; C has “53 kilometres”."]);
  expect(out[0]?.spans.map((s) => s.source)).toEqual([0, 1, 2, 3]);
});

test("another aspect of a speaker's words inside a more serious finding's words stays: a relay named within a venue", () => {
  const at = (source: number, text: string, start: number) => ({ source, sentence: 0, text, start, end: start + text.length });
  const venue: Draft = { type: "attribution", severity: "medium", claimGroup: 0, scope: "claim", spans: [at(0, "according to Yonhap", 40), at(1, "in a statement", 30)], explanation: "venue" };
  const relayed: Draft = { type: "attribution", severity: "low", claimGroup: 0, scope: "claim", spans: [at(0, "Yonhap", 53)], explanation: "relayed" };
  expect(withoutRepeats([venue, relayed]).map((d) => d.explanation)).toEqual(["venue", "relayed"]);
});
