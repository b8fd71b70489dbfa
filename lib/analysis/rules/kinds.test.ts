import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { kinds } from "./kinds";

test.each([
  // One thing named for another of its kind, the rest of the claim told alike: medium.
  ["A 6-year-old boy was shot in the leg on Sunday night.", "A 6-year-old girl was shot in the leg on Sunday night.", ["other/medium"]],
  ["The victim, a man in his 30s, died at the scene.", "The victim, a woman in her 30s, died at the scene.", ["other/medium"]],
  ["The clerk was shot with a rifle outside the store.", "The clerk was shot with a pistol outside the store.", ["other/medium"]],
  ["Lee was convicted of murder at Manchester Crown Court.", "Lee was convicted of manslaughter at Manchester Crown Court.", ["other/medium"]],
  ["Real Madrid said Mbappe suffered a hamstring injury in training.", "Real Madrid said Mbappe suffered a calf injury in training.", ["other/medium"]],
  ["The boy was shot in the leg on Sunday night.", "The boy was shot in the arm on Sunday night.", ["other/medium"]],
  ["The suspect fled the scene in a red car.", "The suspect fled the scene in a red truck.", ["other/medium"]],
  ["The suspect fled the scene in a red car.", "The suspect fled the scene in a red pickup.", ["other/medium"]],
  ["The fire started in the kitchen of the house on Elm Street.", "The fire started in the bedroom of the house on Elm Street.", ["other/medium"]],
  ["Her father was arrested on Tuesday, police said.", "Her mother was arrested on Tuesday, police said.", ["other/medium"]],
  ["Detectives are investigating a burglary at the museum on Sunday morning.", "Detectives are investigating a robbery at the museum on Sunday morning.", ["other/medium"]],
  ["She died of pneumonia after a long illness.", "She died of flu after a long illness.", ["other/medium"]],
  ["The drug was approved for adults with type 2 diabetes.", "The drug was approved for children with type 2 diabetes.", ["other/medium"]],
  ["The drug was approved for children with type 2 diabetes.", "The drug was approved for teenagers with type 2 diabetes.", []],
  ["The plane crashed shortly after take-off, killing all on board.", "The helicopter crashed shortly after take-off, killing all on board.", ["other/medium"]],
  // One thing in two words, a grade against its crime, a child's age against the child: one thing.
  ["The infant was found alive in the rubble on Monday.", "The baby was found alive in the rubble on Monday.", []],
  ["A 14-month-old baby died in the fire on Monday.", "A 14-month-old toddler died in the fire on Monday.", []],
  ["Police said the girl, 17, was a minor.", "Police said the girl, 17, was a teenager.", []],
  ["The airliner crashed on approach to the airport.", "The aeroplane crashed on approach to the airport.", []],
  ["He was convicted of a felony on Monday.", "He was convicted of robbery on Monday.", []],
  ["He was convicted of a felony on Monday.", "He was convicted of a misdemeanor on Monday.", ["other/medium"]],
  ["The infant was found alive in the rubble on Monday.", "The teenager was found alive in the rubble on Monday.", ["other/medium"]],
  // (One side naming both people, the other one: a person added, not one told two ways.)
  ["The girl's father was arrested on Monday.", "The girl's mother was questioned and her father arrested on Monday.", []],
  // (An aircraft or a vehicle holds every one of its kind.)
  ["The helicopter crashed into the sea, killing all four on board.", "The aircraft crashed into the sea, killing all four on board.", []],
  ["The suspect fled in a stolen car on Monday night.", "The suspect fled in a stolen vehicle on Monday night.", []],
  // Which of two people the sentence names both of: still two ways.
  ["A man and a woman were shot; the man died at the scene.", "A man and a woman were shot; the woman died at the scene.", ["other/medium"]],
  // A kind and its kind ("a gun" / "a rifle"), synonyms, a part and the part it holds: one thing told two ways.
  ["The clerk was shot with a rifle outside the store.", "The clerk was shot with a gun outside the store.", []],
  ["The clerk was shot with a pistol outside the store.", "The clerk was shot with a handgun outside the store.", []],
  ["The boy was shot in the leg on Sunday night.", "The boy was shot in the thigh on Sunday night.", []],
  ["Lee was convicted of murder at Manchester Crown Court.", "Lee was convicted of homicide at Manchester Crown Court.", []],
  ["He was punched in the face and fell to the ground.", "He was punched in the nose and fell to the ground.", []],
  ["The man was jailed for the theft of a car in Leeds.", "The man was jailed for the robbery of a car in Leeds.", []],
  ["The children were hit by a delivery van as they crossed the road.", "The children were hit by a delivery truck as they crossed the road.", []],
  // The same things named in another order, or from the other side: nothing told two ways.
  ["A man and a woman have been charged with fraud.", "A woman and a man have been charged with fraud.", []],
  ["A woman and her son were killed when the house collapsed.", "A boy and his mother were killed when the house collapsed.", []],
  ["Police seized a pistol and a rifle from the car.", "Police seized a rifle and a pistol from the car.", []],
  // A word in a sense not of its kind: a road's shoulder, a railcar, a figure of speech.
  ["The driver stopped on the shoulder of the road and ran away.", "The driver stopped on the side of the road and ran away.", []],
  ["The woman was pushed in front of a subway train on Monday.", "The woman was pushed in front of a subway car on Monday.", []],
  ["Critics said the government had missed the boat on reform.", "Critics said the government had missed the bus on reform.", []],
  ["Knife crime has become a cancer in the city, the mayor said.", "Knife crime has become a plague in the city, the mayor said.", []],
  ["Knife crime has spread like flu in the city, the mayor said.", "Knife crime has spread like measles in the city, the mayor said.", []],
  // Two people of one sex in two relations may be one person ("her husband" / "her partner"): not this rule's.
  ["The woman told police her husband had a gun in the car.", "The woman told police her boyfriend had a gun in the car.", []],
  // Words of no closed kind, two words told in another order, a quotation: nothing.
  ["The ship sank off the coast of Sicily on Monday.", "The boat sank off the coast of Sicily on Monday.", []],
  ["His son and daughter were taken to hospital after the crash.", "His daughter and son were taken to hospital after the crash.", []],
  ['"The boy was shot in the leg," the sheriff said.', '"The girl was shot in the leg," the sheriff said.', []],
  // Sentences that share little tell two claims.
  ["The boy was shot in the leg near the old mill on Friday evening after a long argument.", "Neighbors heard that the girl was shot in the leg and rushed outside to help.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(kinds, a, b)).toEqual(expected);
});

test("the finding names both words and marks them on both sides", () => {
  const [finding] = findingsOf(kinds, "The clerk was shot with a rifle outside the store.", "The clerk was shot with a pistol outside the store.");
  expect(finding?.explanation).toBe("A says “rifle”; B says “pistol”.");
  expect(finding?.spans.map((s) => [s.side, s.start, s.end])).toEqual([
    [0, 26, 31],
    [1, 26, 32],
  ]);
});

test.each([
  // A sentence of one kind for another: probation is no prison term, nor a fine one.
  ["She was sentenced to three years' probation on Monday.", "She was sentenced to three years in prison on Monday.", ["other/medium"]],
  // Jail and prison are one term.
  ["He was sentenced to two years in jail on Friday.", "He was sentenced to two years in prison on Friday.", []],
])("a penalty of one kind for another: %s / %s", (a, b, expected) => {
  expect(kindsOf(kinds, a, b)).toEqual(expected);
});
