import { expect, test } from "vitest";
import { changedRanges, wordDiff } from "./diff";
import { tokenize } from "./nlp";
import { normalizeTypography } from "./normalize";

const tokens = (s: string) => tokenize(normalizeTypography(s));

test("typography never shows as a change", () => {
  expect(wordDiff(tokens("“Ukraine’s” envoy – said"), tokens('"Ukraine\'s" envoy - said'))).toEqual([]);
});

test("a substitution is one hunk with both sides, and its ranges point at the words", () => {
  const a = "He hit hundreds of organizations in Ukraine.";
  const b = "He hit hundreds of computers in Ukraine.";
  const hunks = wordDiff(tokens(a), tokens(b));
  expect(hunks).toHaveLength(1);
  const [ra] = changedRanges(hunks[0]?.a ?? []);
  const [rb] = changedRanges(hunks[0]?.b ?? []);
  expect(a.slice(ra?.[0], ra?.[1])).toBe("organizations");
  expect(b.slice(rb?.[0], rb?.[1])).toBe("computers");
});
