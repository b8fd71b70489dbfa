import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { carryNames } from "./pronouns";
import { comparisonIdf, overlap } from "./similarity";

/** `sources` articles of `length` sentences; the claim "The ministry confirmed the visit" is in each once, in words of its own. */
function comparison(sources: number, length: number) {
  const filler = (k: number, i: number) => `Filler sentence ${i} of outlet ${k} mentions topic${k}x${i} only.`;
  return Array.from({ length: sources }, (_, k) => Array.from({ length }, (_, i) => (i === 0 ? `The ministry confirmed the visit, outlet ${k} reported.` : filler(k, i)))).flat().map((t) => extractFeatures(t));
}

test("a claim every outlet carries weighs the same with two, three or ten outlets of one length", () => {
  const weight = (sources: number) => comparisonIdf(comparison(sources, 20), sources)("ministry");
  expect(weight(3)).toBeCloseTo(weight(2), 2);
  expect(weight(10)).toBeCloseTo(weight(2), 2);
  // A word in most sentences of every outlet stays common.
  const everywhere = comparisonIdf(comparison(3, 20), 3)("sentence");
  expect(everywhere).toBeLessThan(0.5);
  // Counted as two sources (the old scale), a third outlet made the claim's words commoner.
  expect(comparisonIdf(comparison(3, 20))("ministry")).toBeLessThan(weight(2) - 0.02);
});

test("a sentence two outlets print word for word (a wire story run twice) counts once", () => {
  const [a, b] = [comparison(2, 20), comparison(2, 20)];
  const wire = extractFeatures("The embassy announced the closure on Friday.");
  const own = (k: number) => extractFeatures(`The embassy said on Friday it would close, outlet ${k} reported.`);
  // Printed by two of three outlets, the wire sentence's words weigh as if one had printed it; said by two in their own words, they are commoner.
  const printedTwice = comparisonIdf([...a, wire, ...b, wire, own(3)], 3)("embassy");
  const toldTwice = comparisonIdf([...a, own(1), ...b, own(2), own(3)], 3)("embassy");
  expect(printedTwice).toBeGreaterThan(toldTwice);
});

test.each([
  // Words news reports use for one another about one event share as synonyms do.
  ["Investigators recovered a handgun at the house.", "Police found a pistol at the home.", "Reporters found a pistol at the school."],
  ["The toddler was wounded in the shooting.", "The child was injured in the shooting.", "The teacher was injured in the shooting."],
  ["Deputies arrested the driver of the truck.", "Officers detained the driver of the vehicle.", "Officers praised the driver of the vehicle."],
  // "shot" read as a noun in a reduced clause ("people shot inside") is the verb's event.
  ["Witnesses saw several people shot outside the lodge.", "Witnesses said several people were shot outside the lodge.", "Witnesses said several people were fed outside the lodge."],
  // The victim is "the boy" to one outlet and "his son" to the other.
  ["The gunman shot his son and then himself in the apartment.", "The gunman shot the boy and then himself in the apartment.", "The gunman shot the clerk and then himself in the apartment."],
  ["Her daughter was hurt in the crash on Route 9.", "The girl was hurt in the crash on Route 9.", "The driver was hurt in the crash on Route 9."],
  ["The boy's mom called police after the gunman slew his dad.", "The child's mother called police after the gunman killed his father.", "The child's teacher called police after the gunman robbed his father."],
])("%s ~ %s", (a, same, other) => {
  const [fa, fs, fo] = [a, same, other].map((t) => extractFeatures(t));
  if (!fa || !fs || !fo) throw new Error("no features");
  const toSame = overlap(fa, fs).similarity;
  expect(toSame).toBeGreaterThan(0.45);
  // One word of another kind lowers it.
  expect(overlap(fa, fo).similarity).toBeLessThan(toSame - 0.1);
});

test("words of different classes do not match", () => {
  const [fa, fb] = ["Police found the rifle.", "Children found the rifle."].map((t) => extractFeatures(t));
  if (!fa || !fb) throw new Error("no features");
  expect(overlap(fa, fb).similarity).toBeLessThan(0.7);
});

test("a sentence two outlets print word for word weighs its words the same whichever outlet comes first", () => {
  // Each copy reads "She" from its own article: one carries the agent's name, the other the singer's.
  const article = (lead: string) => {
    const sentences = [lead, "She was 85."].map((t) => extractFeatures(t));
    carryNames(sentences);
    return sentences;
  };
  const a = article("Her agent, Dan Kessler, said she died on Thursday in Los Angeles.");
  const b = article("Ruth Alder, the singer, died in Los Angeles.");
  expect([...(a[1]?.content.keys() ?? [])]).toContain("kessler");
  const others = comparison(2, 10);
  for (const word of ["kessler", "ruth", "los", "85"]) {
    expect(comparisonIdf([...a, ...b, ...others], 2)(word)).toBe(comparisonIdf([...b, ...a, ...others], 2)(word));
  }
});
