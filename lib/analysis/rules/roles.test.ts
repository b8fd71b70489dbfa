import { expect, test } from "vitest";
import { kindsOf } from "../../testing/rules";
import { roles } from "./roles";

test.each([
  // Who did it to whom, the other way round: high; for an act two parties often do to each other, medium.
  ["Microsoft acquired Activision for $69 billion.", "Activision acquired Microsoft for $69 billion.", ["entity/high"]],
  ["Microsoft acquired Activision for $69 billion.", "Activision bought Microsoft for $69 billion.", ["entity/high"]],
  ["The Lakers beat the Celtics 110-102.", "The Celtics beat the Lakers 110-102.", ["entity/high"]],
  ["Police said Smith shot Jones outside the bar.", "Police said Jones shot Smith outside the bar.", ["entity/high"]],
  ["Epic Games sued Apple over its app store fees.", "Epic Games was sued by Apple over its app store fees.", ["entity/medium"]],
  // The same act told in the active and the passive, or with one verb for it, is one.
  ["Epic Games sued Apple over its app store fees.", "Apple was sued by Epic Games over its app store fees.", []],
  ["Police said Smith shot Jones outside the bar.", "Police said Jones was shot by Smith outside the bar.", []],
  ["Microsoft acquired Activision for $69 billion.", "Microsoft bought Activision for $69 billion.", []],
  // Acts done together say nothing of who acted; a third party is not a reversal.
  ["Federer played Nadal in the final.", "Nadal played Federer in the final.", []],
  ["Smith and Jones met in Geneva.", "Jones and Smith met in Geneva.", []],
  ["Arsenal signed Rice from West Ham.", "West Ham signed Rice from Arsenal.", []],
  // A side telling both acts, a suit and the countersuit in a relative clause, two games by two dates or scores: nothing reversed.
  ["Sinner beat Alcaraz in Beijing last month, but Alcaraz beat Sinner in Sunday's final.", "Alcaraz beat Sinner in Sunday's final.", []],
  ["Apple sued Masimo, which had sued Apple in 2020 over patents.", "Masimo sued Apple in 2020 over its blood-oxygen patents.", []],
  ["Chelsea beat Arsenal in March.", "Arsenal beat Chelsea in April.", []],
  ["Chelsea beat Arsenal 1-0 on Tuesday, but Arsenal advanced 3-2 on aggregate.", "Arsenal beat Chelsea 3-2 on aggregate to reach the final.", []],
  // A name that only describes what is done to ("the Yankees' offer", "a Dodgers contract") is not the one done to.
  ["The Yankees signed Juan Soto in December.", "Juan Soto signed the Yankees' 15-year offer in December.", []],
  ["The Dodgers signed Shohei Ohtani to a 10-year contract.", "Shohei Ohtani signed a Dodgers contract worth $700 million.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(roles, a, b)).toEqual(expected);
});
