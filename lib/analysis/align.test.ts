import { expect, test } from "vitest";
import { align, alignPair } from "./align";
import { extractFeatures } from "./features";
import { comparisonIdf } from "./similarity";

const f = (sentences: string[]) => sentences.map(extractFeatures);
const noIdf = () => 1;

test("reordered paragraphs still align one to one", () => {
  const a = f([
    "The central bank raised interest rates by half a point on Wednesday.",
    "Unemployment fell to 3.5 percent in March, the labour ministry said.",
    "Opposition leaders criticised the decision as reckless.",
  ]);
  const b = f([
    "Opposition politicians called the rate decision reckless.",
    "The central bank lifted its key interest rate by half a percentage point on Wednesday.",
    "The labour ministry said unemployment dropped to 3.5 percent in March.",
  ]);
  const edges = alignPair(a, b, noIdf).map((e) => [e.a, e.b]).sort();
  expect(edges).toEqual([[0, 1], [1, 2], [2, 0]]);
});

test("a claim split over two sentences joins one group (1:n)", () => {
  const a = f(["Moon thanked the envoy and said Ukraine's sovereignty, integrity and independence must be guaranteed."]);
  const b = f(["Moon thanked the envoy for his visit to Seoul.", "He said Ukraine's sovereignty and independence must be guaranteed."]);
  const groups = align([{ features: a }, { features: b }], noIdf);
  expect(groups).toHaveLength(1);
  expect(groups[0]?.members).toEqual([{ source: 0, sentences: [0] }, { source: 1, sentences: [0, 1] }]);
});

test("three sources form claim groups across all of them; unrelated sentences stay alone", () => {
  const sources = [
    f(["Firefighters contained the wildfire near Athens on Sunday.", "Tourism revenue rose sharply this summer."]),
    f(["The wildfire near Athens was contained by firefighters on Sunday."]),
    f(["A chess tournament opened in Oslo.", "On Sunday firefighters contained a wildfire near Athens."]),
  ];
  const groups = align(sources.map((features) => ({ features })), comparisonIdf(sources.flat()));
  expect(groups).toHaveLength(1);
  expect(groups[0]?.members).toEqual([
    { source: 0, sentences: [0] },
    { source: 1, sentences: [0] },
    { source: 2, sentences: [1] },
  ]);
});

test("an editor's veto keeps two sentences apart in every later analysis", async () => {
  const { analyze } = await import("./analyze");
  const a = "The central bank raised interest rates by half a point on Wednesday.";
  const b = "The central bank lifted its key interest rate by half a percentage point on Wednesday.";
  const sources = [
    { label: "A", text: `${a}\n\nUnemployment fell to a record low in March.` },
    { label: "B", text: `${b}\n\nOpposition leaders called the decision reckless.` },
  ];
  expect(analyze(sources).claimGroups).toHaveLength(1);
  const vetoed = analyze(sources, { separate: [[{ label: "A", text: a }, { label: "B", text: b }]] });
  expect(vetoed.claimGroups).toHaveLength(0);
});
