import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { directions } from "./directions";

test.each([
  // One place on two sides of another, or two parts of one country: high; neighbouring points low.
  ["The quake was centred 10 km north of the town of Amatrice.", "The quake was centred 10 km south of the town of Amatrice.", ["entity/high"]],
  ["The fire started 20 miles east of Denver.", "The fire started 20 miles west of Denver.", ["entity/high"]],
  ["Clashes broke out in eastern Syria on Monday.", "Clashes broke out in southern Syria on Monday.", ["entity/medium"]],
  // (Opposite parts are the sides rule's: "northern Syria" / "southern Syria".)
  ["Clashes broke out in northern Syria on Monday.", "Clashes broke out in southern Syria on Monday.", []],
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
  // Nor two things placed around one place, nor a move from one part to another: not in the same place of their sentences.
  ["The Eaton fire burned north of Pasadena overnight.", "Evacuation centers opened south of Pasadena overnight.", []],
  ["Israel ordered 1.1 million people in northern Gaza to leave within 24 hours.", "Israel told 1.1 million Gazans to move to southern Gaza within 24 hours.", []],
  ["Zelensky visited troops in eastern Ukraine on Friday.", "Zelensky, who toured southern Ukraine last week, visited troops on Friday.", []],
  // (Each part of a list is given; a figure, not a place, after "north of"; a day after the place is no part of it; a sentence may open with the point.)
  ["Russian missiles struck energy facilities in southern and eastern Ukraine.", "Russian missiles struck energy facilities in southern Ukraine.", []],
  ["Russian missiles struck energy facilities in southern and eastern Ukraine.", "Russian missiles struck energy facilities in western Ukraine.", ["entity/medium"]],
  ["Reliance's quarterly profit came in north of Rs 19,000 crore.", "Reliance's quarterly profit came in south of Rs 20,000 crore.", []],
  ["An airstrike killed 12 people north of Damascus Sunday.", "An airstrike killed 12 people south of Damascus on Sunday.", ["entity/high"]],
  ["North of Kyiv, Russian troops withdrew on Friday.", "South of Kyiv, Russian troops withdrew on Friday.", ["entity/high"]],
  // (Nor "north of" one place against a part of it: "north of Denver" is outside it, "northern Denver" inside.)
  ["The fire started north of Denver.", "The fire started in southern Denver.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(directions, a, b)).toEqual(expected);
});

test("the span ends with the place, not the full stop after it", () => {
  const [finding] = findingsOf(directions, "Clashes broke out in eastern Syria.", "Clashes broke out in southern Syria.");
  expect(finding?.explanation).toBe("A has “eastern Syria”; B has “southern Syria”.");
});
