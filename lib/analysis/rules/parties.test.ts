import { expect, test } from "vitest";
import { kindsOf } from "../../testing/rules";
import { parties } from "./parties";

test.each([
  // One person given two parties: by tag, in apposition, before a title.
  ["Rep. Helen Marsh, D-Ohio, introduced a bill Thursday.", "Representative Helen Marsh, a Republican from Ohio, introduced a bill Thursday.", ["title/high"]],
  ["Sen. Kirsten Gillibrand (D-N.Y.) said the report should be released.", "Republican Sen. Kirsten Gillibrand said the report should be released.", ["title/high"]],
  ["Rep. Jo Ruiz (R-Calif.), the ranking member, objected.", "Democratic Rep. Jo Ruiz objected.", ["title/high"]],
  // An independent against a party: worth a look (independents caucus and run with one).
  ["Sen. Bernie Sanders (I-Vt.) said the report should be released.", "Sanders, a Democrat, said the report should be released.", ["title/low"]],
  // One party written two ways, two people, or a party inside a quotation: nothing.
  ["Rep. Blake Farenthold, R-Texas, resigned on Friday.", "Farenthold, a Republican, resigned on Friday.", []],
  ["Sen. Ann Lee (D-Ohio) backed the bill.", "Republican Sen. Tom Cruz backed the bill.", []],
  ["Lee (D-Ohio) backed the bill.", "\"Lee, a Republican, backed the bill,\" Ruiz joked.", []],
  ["Sen. Ann Lee (D-Ohio) backed the bill.", "Sen. Ann Lee backed the bill.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(parties, a, b)).toEqual(expected);
});
