import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { linkFeatures } from "./links";
import { attributedElsewhere, quotedPiecePairs, sameRemarkPairs, unattributed, voiceOf, withQuotationSpeakers } from "./quotations";
import { continuesQuotation, segment } from "./segment";
import { overlap } from "./similarity";
import { speakerOf } from "./speakers";

/** Each sentence of the paragraphs with who speaks it (null: no one named) and how its attribution stands. */
function voices(paragraphs: string[]) {
  const { text, sentences } = segment(paragraphs);
  const features = withQuotationSpeakers(
    text,
    sentences,
    sentences.map((s) => extractFeatures(s.text, { continuesQuotation: continuesQuotation(text, s) })),
  );
  return sentences.map((s, i) => {
    const f = features[i];
    if (!f) throw new Error("no features");
    return { text: s.text, voice: voiceOf(f)?.text ?? null, elsewhere: attributedElsewhere(f), unattributed: unattributed(f) };
  });
}

test("every line of a quotation of several sentences is its speaker's, named in the last", () => {
  expect(voices(['"It is wrong. It is destructive," said Robert Gibbs, an adviser.'])).toEqual([
    { text: '"It is wrong.', voice: "Robert Gibbs", elsewhere: true, unattributed: false },
    { text: 'It is destructive," said Robert Gibbs, an adviser.', voice: "Robert Gibbs", elsewhere: false, unattributed: false },
  ]);
});

test("and when named in the first", () => {
  expect(voices(['Warner said in a statement: "Voters deserve the facts. The report must go to Congress."']).map((v) => v.voice)).toEqual(["Warner", "Warner"]);
});

test("a quotation going on after an attributed one in its paragraph is the same speaker's; not across paragraphs", () => {
  const out = voices(['"Let it come out," Ms. Lee wrote. "No one is above the law."', '"We need answers."']);
  expect(out.map((v) => [v.voice, v.elsewhere])).toEqual([
    ["Ms. Lee", false],
    ["Ms. Lee", true],
    [null, false],
  ]);
});

test("a quotation no sentence attributes is said by no one; one attributed by a pronoun is attributed", () => {
  expect(voices(['"Members voted to release it. The people deserve to see it."']).map((v) => v.unattributed)).toEqual([true, true]);
  expect(voices(['"Members voted to release it. The people deserve to see it," she wrote.']).map((v) => [v.voice, v.unattributed])).toEqual([
    [null, false],
    [null, false],
  ]);
});

test("a sentence that says who speaks keeps its own speaker", () => {
  const out = voices(['"It is a shock," said Ben Ruiz. "We hung out every day," Ana Lee said.']);
  expect(out.map((v) => v.voice)).toEqual(["Ben Ruiz", "Ana Lee"]);
});

test("a quotation attributed to 'she' is the person the sentence before it opens with", () => {
  const out = voices(["Sen. Ana Lee of Ohio pointed to the vote.", '"Members voted to release it. The people deserve to see it," she wrote.']);
  expect(out.map((v) => v.voice)).toEqual([null, "Sen. Ana Lee", "Sen. Ana Lee"]);
  // Not a sentence that opens with something else.
  expect(voices(["The vote was close.", '"The people deserve to see it," she wrote.']).map((v) => v.voice)).toEqual([null, null]);
});

test("a quotation that opens after the name the sentence opens with is that person's; not when another name comes between", () => {
  const out = voices(['And Sen. Ana Lee of Ohio also chimed in, demanding that the “report must be made public. He is not above the law.”']);
  expect(out.map((v) => v.voice)).toEqual(["Sen. Ana Lee", "Sen. Ana Lee"]);
  expect(voices(['Sen. Ana Lee mocked Tom Reyes for saying “the report is a hoax.”']).map((v) => v.voice)).toEqual([null]);
});

test("links read the voice: two lines of quotations by two named people clash as speakers", () => {
  const line = (speaker: string) => ({
    ...extractFeatures("It is wrong and destructive.", { continuesQuotation: true }),
    quotation: { speaker: speakerOf(extractFeatures(`"Fine," ${speaker} said.`)), attributed: true },
  });
  const context = { bestA: 1, bestB: 1, positionA: 0, positionB: 0, neighbour: 0 };
  const clash = (x: string, y: string) => {
    const [a, b] = [line(x), line(y)];
    return linkFeatures(a, b, overlap(a, b), context).speakerClash;
  };
  expect(clash("Ana Lee", "Tom Reyes")).toBe(1);
  expect(clash("Ana Lee", "Ms. Lee")).toBe(0);
});

test("each line knows the sentence that says who speaks it, however many lines go on from it", () => {
  const saidIn = (paragraphs: string[]) => {
    const { text, sentences } = segment(paragraphs);
    const features = withQuotationSpeakers(text, sentences, sentences.map((s) => extractFeatures(s.text, { continuesQuotation: continuesQuotation(text, s) })));
    return features.map((f) => f.quotation?.saidIn ?? null);
  };
  // Attributed in its last sentence: the lines before point to it, the attributing sentence to none.
  expect(saidIn(['"It is wrong. It is destructive," said Robert Gibbs, an adviser.'])).toEqual([1, null]);
  // Going on after an attributed quotation, line after line: every line points to the attributed one.
  expect(saidIn(['"We will appeal," Ruiz said. "The ruling is wrong." "The court ignored the facts."'])).toEqual([null, 0, 0]);
});

test("two articles quoting one remark of five words or more, once each, pair those sentences whoever each gives it to", () => {
  const quote = (...keys: string[]) => ({ quotes: keys.map((key) => ({ key, text: key, start: 0, end: key.length })) });
  const a = [quote("we are nowhere near out of the woods"), quote(), quote("thank you")];
  const b = [quote(), quote("we are nowhere near out of the woods"), quote("thank you")];
  expect(sameRemarkPairs(a, b)).toEqual([{ a: 0, b: 1 }]);
  // Quoted twice in one article: which sentence carries which claim is not told by the remark.
  expect(sameRemarkPairs([...a, quote("we are nowhere near out of the woods")], b)).toEqual([]);
});

test("an article quoting a piece of five words or more of a remark the other quotes at length pairs those sentences", () => {
  const quote = (...keys: string[]) => ({ quotes: keys.map((key) => ({ key, text: key, start: 0, end: key.length })) });
  const whole = quote("i regret the delay and the trouble it caused our riders");
  const piece = quote("the trouble it caused our riders");
  expect(quotedPiecePairs([quote(), whole], [piece, quote("thank you")])).toEqual([{ a: 1, b: 0 }]);
  // Either way round, and among a sentence's other quotations.
  expect(quotedPiecePairs([quote("no comment"), quote("we will fix it", "the trouble it caused our riders")], [quote(), whole])).toEqual([{ a: 1, b: 1 }]);
  // Words found whole only: "riders" is not "our rider".
  expect(quotedPiecePairs([whole], [quote("the trouble it caused our rider")])).toEqual([]);
  // Fewer than five words is a phrase anyone may quote.
  expect(quotedPiecePairs([whole], [quote("caused our riders")])).toEqual([]);
  // Found in two sentences of the other article, or quoted in two of its own: which carries the claim is not told.
  expect(quotedPiecePairs([whole, quote("the trouble it caused our riders was real")], [piece])).toEqual([]);
  expect(quotedPiecePairs([whole], [piece, piece])).toEqual([]);
  // The remark quoted whole by both is `sameRemarkPairs`', not a piece.
  expect(quotedPiecePairs([whole], [whole])).toEqual([]);
});
