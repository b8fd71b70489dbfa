import { describe, expect, test } from "vitest";
import { classifyPair } from "./classify";
import type { Finding } from "./finding";
import { extractFeatures } from "./features";

function findings(a: string, b: string): Finding[] {
  return classifyPair({ label: "A", features: extractFeatures(a) }, { label: "B", features: extractFeatures(b) });
}
const kinds = (a: string, b: string) => findings(a, b).map((f) => `${f.type}/${f.severity}`);

describe("classifyPair: the rules together", () => {
  test("pure style is not a discrepancy", () => {
    expect(findings("The company said profits rose.", "The firm said profits rose.")).toEqual([]);
    expect(findings("“Ukraine’s sovereignty” – he said.", '"Ukraine\'s sovereignty" - he said.')).toEqual([]);
  });

  test("a clock time written British style is a time, not two figures", () => {
    expect(kinds("The quake struck at 4.17am on Monday.", "The quake struck at 5.17am on Monday.")).toEqual(["date/medium"]);
  });

  test("a speaker named differently is one attribution finding, not a name finding besides", () => {
    expect(kinds("Engineers need a day to inspect the rocket, NASA said.", "Engineers need a day to inspect the rocket, SpaceX said.")).toEqual(["attribution/medium"]);
  });

  test("a claim one speaker denies on one side and states on the other is the negation finding, not a stance besides", () => {
    expect(kinds("Iran denied it had increased oil exports to China.", "Iran said it had increased oil exports to China.")).toEqual(["negation/high"]);
  });

  test("one figure counting two kinds of one thing is the number finding, not a kind named for another besides", () => {
    expect(kinds("Two girls were hurt in the crash on Monday.", "Two boys were hurt in the crash on Monday.")).toEqual(["number/high"]);
  });

  test("a phrase-level certainty finding replaces the word-level hedge on the same words", () => {
    const [a, b] = ["The ministry confirmed the minister will resign.", "The minister will reportedly resign."];
    expect(findings(a, b).map((f) => f.explanation)).toEqual(["Certainty differs: A has “confirmed”; B has “reportedly”."]);
  });

  test("a fact one side withholds and the other gives replaces the denial on the same words", () => {
    const [a, b] = ["Police did not identify the suspect.", "Police identified the suspect as Ana Ruiz."];
    expect(kinds(a, b)).toEqual(["negation/medium"]);
    expect(findings(a, b)[0]?.explanation).toBe("A says the suspect's name is not known or not released (“did not identify the suspect”); B gives it: “identified the suspect as Ana Ruiz”.");
  });

  test("whether it was an accident, open in one and stated in the other, is one discrepancy, not a certainty finding besides", () => {
    const [a, b] = ["The boy was accidentally shot at a home on Thursday.", "Detectives are investigating to determine whether it was accidental."];
    expect(kinds(a, b)).toEqual(["negation/medium"]);
    expect(findings(a, b)[0]?.explanation).toBe("B says it is not yet known whether it was an accident (“investigating to determine whether it was accidental”); A gives it: “was accidentally shot”.");
    // A hedge on other words stays: "could" / "will" face charges, beside what led to the shooting.
    expect(kinds("Police have not said what led to the shooting, and the suspect could face murder charges.", "The shooting was sparked by what appears to be a dispute over money, and the suspect will face murder charges.")).toEqual([
      "negation/medium",
      "hedge/medium",
    ]);
  });

  test("declining to confirm is leaving it open: one certainty finding, not a denial besides", () => {
    expect(kinds("The coach declined to confirm whether she would stay next season.", "The coach confirmed she would stay next season.")).toEqual(["hedge/medium"]);
  });

  test("findings are listed in the order of the rules; words changed that no rule reads are no finding", () => {
    expect(kinds("The council approved $12 million on Monday.", "The council approved $15 million on Tuesday.")).toEqual(["number/high", "date/medium"]);
    expect(kinds("Brat called Cantor an insider who isn't conservative enough.", "Brat won with help from conservative talk radio hosts.")).toEqual([]);
  });
});

test("a confirmation denied ('aren't confirmed', 'has not yet been officially confirmed') is no word of certainty", () => {
  // (Believed against reported: two hedges, none; a denied confirmation against a hedge: no certainty to set against it.)
  expect(kinds("While the numbers aren't confirmed, the deal is believed to be worth around $160 million.", "The team made its offer, reportedly worth about $160 million.")).toEqual([]);
  expect(kinds("The numbers have not yet been officially confirmed, but the deal is worth $160 million.", "The deal is reportedly worth $160 million.")).toEqual(["hedge/low"]);
  // (Confirmed against reported: the certainty differs.)
  expect(kinds("The deal is worth $160 million, the team confirmed.", "The deal is reportedly worth $160 million.")).toEqual(["hedge/medium"]);
});

test("'will likely' is a guess, not a word of certainty: against 'may' two hedges, none", () => {
  expect(kinds("Consumers will likely have to wait a little longer for the phone.", "Consumers may have to wait a little longer for the phone.")).toEqual([]);
  expect(kinds("Consumers will have to wait a little longer for the phone.", "Consumers may have to wait a little longer for the phone.")).toEqual(["hedge/medium"]);
});
