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
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(roles, a, b)).toEqual(expected);
});
