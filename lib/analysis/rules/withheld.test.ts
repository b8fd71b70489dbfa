import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { withheld } from "./withheld";

test.each([
  // One outlet withholds what the other gives: a contradiction as published, medium.
  ["His name has not been released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.", ["negation/medium"]],
  ["Police identified Desean Wynn, 23, as the shooter.", "There is no information about any suspects.", ["negation/medium"]],
  ["The shooting stemmed from an apparent road-rage incident.", "The sheriff's office has not said what led up to the shooting.", ["negation/medium"]],
  ["The boy's name has not been released.", "Police identified the boy as Tomas Reyes, 6.", ["negation/medium"]],
  ["Police have not identified the victim, a man in his 40s.", "The victim, Ann Lee, 44, died at the scene.", ["negation/medium"]],
  ["Police declined to name him.", "The victim, Ann Lee, 44, died at the scene.", ["negation/medium"]],
  // Several people's names withheld, one person named (the suspects' names and the victim's): low.
  ["Their names were not released on Sunday because they are juveniles.", "Darnell Price, 15, died Friday night at the scene.", ["negation/low"]],
  ["The names of the two men have not been released.", "Darnell Price, 15, died Friday night at the scene.", ["negation/low"]],
  ["His name was not released on Sunday.", "Darnell Price, 15, died Friday night at the scene.", ["negation/medium"]],
  // No arrest or charge made, against one reported: medium; of another case none; of another person low.
  ["Police have not made any arrests in the shooting.", "Police arrested two men in the shooting.", ["negation/medium"]],
  ["Police have not made any arrests in the shooting.", "Police arrested a man on unrelated warrants.", []],
  // An arrest for another offence than the one no one was arrested for: low; one attack named two ways stays medium.
  ["Police have not made any arrests in the shooting.", "Police arrested two men for looting after the storm.", ["negation/low"]],
  ["No one has been arrested in the stabbing.", "A 17-year-old was arrested on suspicion of burglary.", ["negation/low"]],
  ["No arrests have been made in the killing.", "Police arrested a man on suspicion of murder.", ["negation/medium"]],
  ["No arrests have been made in the fire.", "Police arrested a man for arson.", ["negation/medium"]],
  ["No arrests have been made in the fire.", "Police arrested a man for setting the fire.", ["negation/medium"]],
  ["No arrests have been made in the shooting.", "Police arrested a man for the shooting on Sunday.", ["negation/medium"]],
  ["No arrests have been made.", "Police arrested two men for looting after the storm.", ["negation/medium"]],
  ["No arrests have been made in the shooting.", "Police arrested two men early Sunday in a stolen car.", ["negation/medium"]],
  ["No charges have been filed.", "The company was charged with safety violations in 2019.", []],
  ["No charges have been filed against the driver.", "The passenger was charged with possession.", ["negation/low"]],
  // A name withheld and a name given of two different people: low.
  ["Detectives say a 46-year-old man, who has not been identified, killed a woman.", "The 11-year-old girl has been identified as Madelyn Rye.", ["negation/low"]],
  // Whose name it is, by the nouns each side gives: the officer's withheld and the man named are two
  // people; the victim's withheld and the man named may be one; the officer's withheld and given, one.
  ["Police have not released the name of the officer who fired.", "Police identified the man as Marcus Hill.", ["negation/low"]],
  ["Police have not released the name of the victim.", "Police identified the man as Marcus Hill.", ["negation/medium"]],
  ["Police have not released the name of the officer who fired.", "The officer who fired was identified as Dan Reyes, 34.", ["negation/medium"]],
  // Ages written with spaces ("46-year old", "11-year - old") still tell two people apart.
  ["Detectives say a 46-year old man, who has not been identified, killed a woman.", "The 11-year - old has been identified as Madelyn Rye.", ["negation/low"]],
  // Different things: a suspect's name withheld against a victim named; both withhold; neither does.
  ["The boy's name has not been released.", "The boy's name has not been released, police said.", []],
  ["The suspect's name was not released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.", []],
  ["His name has not been released.", "The victim has not been identified.", []],
  ["A boy was shot on Monday.", "A boy died on Monday.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(withheld, a, b)).toEqual(expected);
});

test("the explanation says what one outlet withholds and quotes what the other gives", () => {
  const [f] = findingsOf(withheld, "His name has not been released.", "The parents of Ana Ruiz, 4, rushed her to the hospital.");
  expect(f?.explanation).toBe("A says the name is not known or not released (“name has not been released”); B gives it: “Ana Ruiz, 4,”.");
  // The finding itself shows one fact: it keeps its severity on a link that is not sure (`severity`).
  expect(f?.anchored).toBe(true);
});
