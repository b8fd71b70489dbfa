import { expect, test } from "vitest";
import { scorePair } from "./align";
import { extractFeatures } from "./features";
import { LINK_THRESHOLD, twoRemarks } from "./links";

test.each([
  // Two remarks of one witness: the name and "said" around them are not a claim in common.
  ["“I thought he would never pull over for the officers,” said Lamar Fenn, a witness.", "“It all happened in a blink of an eye,” said Lamar Fenn, a witness.", true],
  ["“The ruling is totally inappropriate for a judge,” Senator Ana Ruiz said.", "“It is beyond the pale,” she added about the ruling.", true],
  // A reported sentence with a few quoted words in it is not a remark set against the other.
  ["“We have learned something important since the days that I served in the Navy,” Mr. Hale told the group in Norwalk.", "Hale's campaign called a report that he had served “in the Navy” an “outrageous distortion” of his record.", false],
  // One remark quoted by both, whole or in part, and quotations too short to tell apart.
  ["“Those remarks are well over the line,” Mr. Hale said.", "Hale said on Sunday: “I think those remarks are well over the line.”", false],
  ["Ms. Ruiz called it a “hoax.”", "Ms. Ruiz called the report a “witch hunt.”", false],
  ["The mayor spoke on Monday.", "“It all happened in a blink of an eye,” the mayor said.", false],
])("%s / %s: two remarks %s", (a, b, expected) => {
  expect(twoRemarks(extractFeatures(a), extractFeatures(b))).toBe(expected);
});

test("sentences quoting two remarks of one witness do not link, though the words around the quotations are the same", () => {
  const probability = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], () => 1)[0]?.probability ?? 0;
  const remark = "“It all happened in a blink of an eye, everybody was running,” said Lamar Fenn, a witness who lives on Elm Street.";
  expect(probability("“I thought he would never pull over for the officers,” said Lamar Fenn, a witness who lives on Elm Street.", remark)).toBeLessThan(LINK_THRESHOLD);
  // The same remark, quoted by both, links.
  expect(probability("“It all happened in a blink of an eye, everybody was running,” Lamar Fenn, who lives on Elm Street, told reporters.", remark)).toBeGreaterThanOrEqual(LINK_THRESHOLD);
});
