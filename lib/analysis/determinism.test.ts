import { expect, test } from "vitest";
import { analyze } from ".";
import { pristineNlp, tokenize, withNlp } from "./nlp";

// wink-nlp learns the words it reads: once it has read "Microsoft's" whole (before a full stop),
// it stops splitting "Microsoft's" into "Microsoft" + "'s" everywhere after.
const sentence = "PDC will also reignite speculation about release dates of Microsoft's new products.";
const teaching = "Other producers' server software can work with Windows as easily as Microsoft's.";

test("the shared tokenizer changes after reading other text (why each analysis gets a fresh one)", () => {
  const before = tokenize(sentence).map((t) => t.text);
  tokenize(teaching);
  const after = tokenize(sentence).map((t) => t.text);
  expect(before).toContain("'s");
  expect(after).not.toEqual(before);
});

test("the same articles give the same result whatever the process analysed before", () => {
  // A word the first test has not taught the shared tokenizer.
  const inputs = [
    { label: "A", text: "Analysts expect news about release dates of Oracle's new databases. The conference opens in Los Angeles on Monday." },
    { label: "B", text: "Developers expect news on release dates of Oracle's new databases. The conference opens in Los Angeles on Tuesday." },
  ];
  const first = JSON.stringify(analyze(inputs));
  const lesson = "Rivals want their software to run on Linux as easily as Oracle's.";
  analyze([
    { label: "C", text: lesson },
    { label: "D", text: `${lesson} ${teaching}` },
  ]);
  tokenize(lesson);
  expect(JSON.stringify(analyze(inputs))).toBe(first);
});

test("a process can start many fresh tokenizers (the model package re-serialised a string on each)", () => {
  let last = pristineNlp();
  for (let i = 0; i < 30; i += 1) last = pristineNlp();
  const words = withNlp(last, () => tokenize("Seoul said on Feb. 25 it would join the sanctions.").map((t) => t.text));
  expect(words).toContain("Feb.");
});
