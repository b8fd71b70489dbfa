import { expect, test } from "vitest";
import { calibrate } from "./severity";

test.each([
  // A sure link on a lead claim keeps the rule's severity.
  ["high", 0.9, 0.1, "high"],
  ["medium", 0.9, 0.1, "medium"],
  // A link that may join two different statements lowers everything one level.
  ["high", 0.5, 0.1, "medium"],
  ["medium", 0.5, 0.1, "low"],
  ["low", 0.5, 0.1, "low"],
  // High needs a link of at least 0.75.
  ["high", 0.7, 0.1, "medium"],
  ["medium", 0.7, 0.1, "medium"],
  // A claim both outlets report only late (background) is not high.
  ["high", 0.9, 0.8, "medium"],
  ["medium", 0.9, 0.8, "medium"],
  ["high", 0.5, 0.8, "medium"],
] as const)("%s on a link of %s at position %s -> %s", (severity, link, position, expected) => {
  expect(calibrate(severity, { link, position })).toBe(expected);
});

test.each([
  // A finding whose values sit beside the same word shows one fact by itself: a link under SURE_LINK
  // does not lower it, down to ANCHORED_LINK; it still needs CERTAIN_LINK to be high.
  ["medium", 0.55, "medium"],
  ["medium", 0.35, "low"],
  ["high", 0.55, "medium"],
  ["high", 0.65, "medium"],
] as const)("an anchored %s on a link of %s -> %s", (severity, link, expected) => {
  expect(calibrate(severity, { link, position: 0.1, anchored: true })).toBe(expected);
});
