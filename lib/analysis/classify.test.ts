import { describe, expect, test } from "vitest";
import { classifyPair, type Finding } from "./classify";
import { extractFeatures } from "./features";

function findings(a: string, b: string): Finding[] {
  return classifyPair({ label: "A", features: extractFeatures(a) }, { label: "B", features: extractFeatures(b) });
}
const kinds = (a: string, b: string) => findings(a, b).map((f) => `${f.type}/${f.severity}`);

describe("classifyPair: literal cases", () => {
  test("a figure that counts different things is a high number discrepancy", () => {
    expect(kinds("The malware struck computers in hundreds of organizations.", "The malware has hit hundreds of computers.")).toContain("number/high");
    expect(kinds("The council approved $12 million.", "The council approved $15 million.")).toContain("number/high");
  });

  test("dates: written alike agree, different days conflict, relative days only ask for a look", () => {
    expect(kinds("The vote was held on November 11.", "The vote was held on Nov. 11.")).not.toContain("date/medium");
    expect(kinds("The vote was held on Monday.", "The vote was held on Tuesday.")).toContain("date/medium");
    expect(kinds("The vote was held yesterday.", "The vote was held on Tuesday.")).toContain("date/low");
  });

  test("quotes: different words are a discrepancy, a shorter excerpt is not serious", () => {
    expect(kinds('He said the country "must be guaranteed its sovereignty and independence".', 'He said the country "must have its sovereignty respected".')).toContain("quote/high");
    const excerpt = kinds('He said "we are prepared to respond to any attack on our allies".', 'He said "we are prepared to respond".');
    expect(excerpt).toContain("quote/low");
    expect(excerpt).not.toContain("quote/high");
  });

  test("attribution: venue and stance differ; press vs news conference alone is style", () => {
    expect(kinds("Kim said so at a press conference.", "Kim said so in a statement.")).toContain("attribution/medium");
    expect(kinds("Kim said the plan failed.", "Kim claimed the plan failed.")).toContain("attribution/medium");
    expect(findings("Kim said so at a press conference.", "Kim said so at a news conference.")).toEqual([]);
  });

  test("titles: a modifier is high, an added role medium, a vague role low", () => {
    expect(kinds("The ambassador Kim arrived in Seoul.", "The ambassador-designate Kim arrived in Seoul.")).toContain("title/high");
    expect(kinds("Jones, the secretary, resigned on Friday.", "Jones, the assistant secretary, resigned on Friday.")).toContain("title/high");
    expect(kinds("The ambassador arrived in Seoul on Friday.", "The official arrived in Seoul on Friday.")).toContain("title/low");
  });

  test("names: a different place is an entity discrepancy; spellings of one name are not", () => {
    expect(kinds("The summit was held in Tokyo on Friday.", "The summit was held in Seoul on Friday.")).toContain("entity/medium");
    expect(kinds("The US said the talks failed.", "The U.S. said the talks failed.")).not.toContain("entity/medium");
  });

  test("negation and hedging", () => {
    expect(kinds("The council approved the plan.", "The council did not approve the plan.")).toContain("negation/high");
    expect(kinds("The council approved the plan without debate.", "The council approved the plan after debate.")).not.toContain("negation/high");
    expect(kinds("The company will cut 300 jobs.", "The company may cut 300 jobs.")).toContain("hedge/medium");
    expect(kinds("The vote is set for May 3.", "The vote is set for May 3.")).toEqual([]);
  });

  test("pure style is not a discrepancy", () => {
    expect(findings("The company said profits rose.", "The firm said profits rose.")).toEqual([]);
    expect(findings("“Ukraine’s sovereignty” – he said.", '"Ukraine\'s sovereignty" - he said.')).toEqual([]);
  });
});
