import { describe, expect, test } from "vitest";
import { classifyPair } from "./classify";
import type { Finding } from "./finding";
import { extractFeatures } from "./features";

function findings(a: string, b: string): Finding[] {
  return classifyPair({ label: "A", features: extractFeatures(a) }, { label: "B", features: extractFeatures(b) });
}
const kinds = (a: string, b: string) => findings(a, b).map((f) => `${f.type}/${f.severity}`);

describe("classifyPair: literal cases", () => {
  test("titles: a modifier is high, an added role medium, a vague role low", () => {
    expect(kinds("The ambassador Kim arrived in Seoul.", "The ambassador-designate Kim arrived in Seoul.")).toContain("title/high");
    expect(kinds("Jones, the secretary, resigned on Friday.", "Jones, the assistant secretary, resigned on Friday.")).toContain("title/high");
    expect(kinds("The ambassador arrived in Seoul on Friday.", "The official arrived in Seoul on Friday.")).toContain("title/low");
  });

  test("pure style is not a discrepancy", () => {
    expect(findings("The company said profits rose.", "The firm said profits rose.")).toEqual([]);
    expect(findings("“Ukraine’s sovereignty” – he said.", '"Ukraine\'s sovereignty" - he said.')).toEqual([]);
  });
});

describe("titles in detail", () => {
  test("\"late\", \"former\" and \"acting\" are title words only before a title", () => {
    expect(kinds("Shares rose 4 cents in Monday trading.", "Shares rose 4 cents in late morning trading.")).not.toContain("title/high");
    expect(kinds("He was charged with dealing arms without a licence.", "He was charged with acting as an arms broker without a licence.")).not.toContain("title/high");
    expect(kinds("Farmers say the packs hunt wildlife.", "Former farmers say the packs hunt wildlife.")).not.toContain("title/high");
    // "Former" places the same office in time (one outlet tells the time of the events, the other today): low.
    expect(kinds("President Bill Clinton vetoed both measures.", "Former President Bill Clinton vetoed both measures.")).toContain("title/low");
    expect(kinds("The lawsuit names Enron chairman Kenneth Lay.", "The lawsuit names former Enron chairman Kenneth Lay.")).toContain("title/low");
    expect(kinds("FBI Director James Comey testified.", "Former FBI director James Comey testified.")).not.toContain("title/high");
    expect(kinds("Mary is a daughter of ex-Vice President Dick Cheney.", "Mary is a daughter of former Vice President Dick Cheney.")).not.toContain("title/high");
    // A modifier that changes the office itself stays high.
    expect(kinds("Ambassador Dmytro Kuleba spoke.", "Ambassador-designate Dmytro Kuleba spoke.")).toContain("title/high");
  });

  test("a role word moved within the title is not a title change; a dropped modifier is", () => {
    expect(kinds("Seattle Deputy Police Chief Clark Kimerer said the drill went well.", "Police Deputy Chief Clark Kimerer said the drill went well.")).not.toContain("title/high");
    expect(kinds("Deputy Police Chief Clark Kimerer said the drill went well.", "Police Chief Clark Kimerer said the drill went well.")).toContain("title/high");
  });
});

describe("titles given by one side only", () => {
  test("a title where the other sentence gives none, or gives another office, is not a conflict; a changed modifier of a shared role is", () => {
    expect(kinds("The lawsuit names Lay and Skilling among others.", "The lawsuit names former Enron Chairman Kenneth Lay and Skilling among others.")).not.toContain("title/high");
    expect(kinds("Defense Secretary Jim Mattis visited the troops.", "Jim Mattis, a retired general, visited the troops.")).not.toContain("title/high");
    expect(kinds("President Trump and Pence met the governors.", "President Trump and Vice President Pence met the governors.")).not.toContain("title/high");
    expect(
      kinds(
        "The packages were addressed to former President Barack Obama, former President Bill Clinton and Maxine Waters.",
        "The packages were addressed to former President Barack Obama, former Vice President Joseph Biden and Maxine Waters.",
      ),
    ).not.toContain("title/high");
    expect(kinds("The ambassador Kim arrived in Seoul.", "The acting ambassador Kim arrived in Seoul.")).toContain("title/high");
    expect(kinds("The ambassador Kim arrived in Seoul.", "The acting ambassador Kim arrived in Seoul.")).toContain("title/high");
  });

  test("gendered and plural forms of one role are the same title", () => {
    expect(kinds('"We have not seen evidence," IBM spokesperson Trink Guarino said.', '"We have not seen evidence," IBM spokeswoman Trink Guarino said.')).toEqual([]);
    expect(kinds("Kaiser and Lee, the vice-presidents for marketing, were dismissed.", "Kaiser and Lee, the vice-president for marketing, were dismissed.")).toEqual([]);
    expect(kinds("Jones, the vice-chair of the board, resigned.", "Jones, the vice-chairman of the board, resigned.")).toEqual([]);
  });
});

describe("seniority", () => {
  test('"senior adviser" for "adviser" is medium; "acting" stays high', () => {
    expect(kinds("Adviser David Axelrod spoke on Friday.", "Senior adviser David Axelrod spoke on Friday.")).toContain("title/medium");
    expect(kinds("Adviser David Axelrod spoke on Friday.", "Senior adviser David Axelrod spoke on Friday.")).not.toContain("title/high");
  });
});

describe("bodies", () => {
  test('"the Justice Department" is not a title', () => {
    expect(kinds("The charges were announced by U.S. Attorney Adam Braverman.", "The charges were announced by the Justice Department.")).not.toContain("title/high");
  });
});

describe("more real-article cases", () => {
  test("a title's holder may precede it: two people's offices are not one office changed", () => {
    expect(
      kinds(
        "Officials said Michael J. Morell, then the deputy director of the CIA, wanted the line removed.",
        "The e-mails showed a dispute between David H. Petraeus, then the director of the CIA, and Morell over the line.",
      ),
    ).not.toContain("title/high");
  });
});

test("a phrase-level certainty finding replaces the word-level hedge on the same words", () => {
  const [a, b] = ["The ministry confirmed the minister will resign.", "The minister will reportedly resign."];
  expect(findings(a, b).map((f) => f.explanation)).toEqual(["Certainty differs: A has “confirmed”; B has “reportedly”."]);
});
