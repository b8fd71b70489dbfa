import { expect, test } from "vitest";
import { kindsOf } from "../../testing/rules";
import { sides } from "./sides";

test.each([
  // The same thing on opposite sides: medium.
  ["She was treated for a bullet wound behind her left ear, police said.", "She was treated for a bullet wound behind her right ear.", ["other/medium"]],
  ["The crash closed the northbound lanes of Route 9 for two hours.", "The crash closed the southbound lanes of Route 9 for two hours.", ["other/medium"]],
  ["The fire started in the front room of the house.", "The fire started in the back room of the house.", ["other/medium"]],
  ["He was shot in the victim's left arm.", "He was shot in the victim's right arm.", ["other/medium"]],
  ["He was hit in his upper left arm.", "He was hit in his upper right arm.", ["other/medium"]],
  // Over a participle the tagger reads as a verb: "a broken left leg", "a sprained left ankle".
  ["He suffered a broken left leg in the crash.", "He suffered a broken right leg in the crash.", ["other/medium"]],
  ["The guard has a sprained left ankle.", "The guard has a sprained right ankle.", ["other/medium"]],
  ["She has a torn left ACL.", "She has a torn right ACL.", ["other/medium"]],
  ["He suffered a badly broken left leg.", "He suffered a badly broken right leg.", ["other/medium"]],
  ["He suffered a broken and dislocated left shoulder.", "He suffered a broken and dislocated right shoulder.", ["other/medium"]],
  ["The crash closed northbound lanes of Route 9.", "The crash closed southbound lanes of Route 9.", ["other/medium"]],
  // The same side, a side of different things, a verb "left", or no thing named: nothing.
  ["She was hit behind her left ear.", "She was hit behind her left ear, police said.", []],
  ["He broke his left arm in the fall.", "He hurt his right knee in the fall.", []],
  ["After the hearing he left home with his lawyer.", "After the hearing he went right home with his lawyer.", []],
  ["The car turned left at the light.", "The car turned right at the light.", []],
  ["She came back home on Friday.", "She came front home on Friday.", []],
  ["The talks with North Korea resumed.", "The talks with South Korea resumed.", []],
  ["The fire spread across the Lower East Side.", "The fire spread across the Upper East Side.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(sides, a, b)).toEqual(expected);
});
