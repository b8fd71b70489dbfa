import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { directions } from "./directions";

test.each([
  // One place on two sides of another, or two parts of one country: high; neighbouring points low.
  ["The quake was centred 10 km north of the town of Amatrice.", "The quake was centred 10 km south of the town of Amatrice.", ["entity/high"]],
  ["The fire started 20 miles east of Denver.", "The fire started 20 miles west of Denver.", ["entity/high"]],
  ["Clashes broke out in northern Syria on Monday.", "Clashes broke out in southern Syria on Monday.", ["entity/high"]],
  ["The fire started northeast of Denver.", "The fire started east of Denver.", ["entity/low"]],
  ["The village lies north-east of Kabul.", "The village lies northeast of Kabul.", []],
  // Not a name ("North Carolina", "South Korea"), nor another place, nor one side giving both, nor inside a quotation.
  ["Storms hit North Carolina on Monday.", "Storms hit South Carolina on Monday.", []],
  ["The fire started north of Denver.", "The fire started south of Boulder.", []],
  ["The fires burned north and east of Denver.", "The fires burned east of Denver.", []],
  ["The fires burned north and east of Denver.", "The fires burned north of Denver.", []],
  ["Storms swept across the Midwest of the United States.", "Storms swept across the east of the United States.", []],
  ["Storms hit the north of the United States on Monday.", "Storms hit the south of the United States on Monday.", ["entity/high"]],
  ["\"We are north of Denver,\" the pilot said.", "\"We are south of Denver,\" the pilot said.", []],
  // (Nor "north of" one place against a part of it: "north of Denver" is outside it, "northern Denver" inside.)
  ["The fire started north of Denver.", "The fire started in southern Denver.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(directions, a, b)).toEqual(expected);
});

test("the span ends with the place, not the full stop after it", () => {
  const [finding] = findingsOf(directions, "Clashes broke out in northern Syria.", "Clashes broke out in southern Syria.");
  expect(finding?.explanation).toBe("A has “northern Syria”; B has “southern Syria”.");
});
