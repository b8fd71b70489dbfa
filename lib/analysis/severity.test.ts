import { expect, test } from "vitest";
import { calibrate, stands } from "./severity";

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

test.each([
  // How a claim is told (who says it, with which title, affirmed or denied) on a link
  // that may join two statements is no finding; at DOUBTFUL_LINK it is one (calibrated as ever).
  ["attribution", 0.45, false, false],
  // (A quotation's wording is compared on any link: one line of it links to its attribution at 0.4.)
  ["quote", 0.4, false, true],
  ["title", 0.4, false, false],
  ["negation", 0.45, false, false],
  ["attribution", 0.5, false, true],
  ["title", 0.7, false, true],
  // A finding that shows one fact by itself stands from ANCHORED_LINK ("name has not been released" / a name).
  ["negation", 0.4, true, true],
  ["negation", 0.35, true, false],
  // Facts told two ways stand on any link: calibrate lowers them.
  ["number", 0.4, false, true],
  ["hedge", 0.4, false, true],
  ["date", 0.42, false, true],
] as const)("a %s finding on a link of %s (anchored: %s) stands: %s", (type, link, anchored, expected) => {
  expect(stands(type, { link, anchored })).toBe(expected);
});
