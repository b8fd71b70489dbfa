import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { jurisdictions } from "./jurisdictions";

test.each([
  // One institution put at two levels of government: another court, other charges, another officer.
  ["A federal appeals court on Thursday upheld the town's decision to block the tower.", "A state appeals court on Thursday upheld the town's decision to block the tower.", ["entity/medium"]],
  ["He faces federal charges of wire fraud.", "He faces state charges of wire fraud.", ["entity/medium"]],
  ["The county health officer confirmed two more cases on Monday.", "The state health officer confirmed two more cases on Monday.", ["entity/medium"]],
  ["Federal investigators arrived at the scene on Friday.", "State investigators arrived at the scene on Friday.", ["entity/medium"]],
  // One level on both sides, a level on one side only, both levels on one side, or a name: nothing.
  ["A federal appeals court upheld the decision.", "The federal court of appeals upheld the decision.", []],
  ["A federal appeals court upheld the decision.", "An appeals court upheld the decision.", []],
  ["Federal and state investigators arrived at the scene.", "State investigators arrived at the scene.", []],
  ["With city and state income taxes, her rate was 45.8 percent.", "With federal, state and local taxes, her rate was 45.8 percent.", []],
  ["Local police closed the road.", "County police closed the road.", []],
  ["The municipal election drew 41 percent of voters.", "The city election drew 41 percent of voters.", []],
  ["The national government sent aid.", "The federal government sent aid.", []],
  ["City police closed the road.", "County police closed the road.", ["entity/medium"]],
  ["The State Department said the envoy had left.", "The federal department said the envoy had left.", []],
  // Two levels of two different things: nothing.
  ["The federal court upheld the state law.", "The state court upheld the federal law.", ["entity/medium", "entity/medium"]],
  ["State lawmakers passed the bill on Monday.", "Federal prosecutors dropped the case on Monday.", []],
  // Inside a quotation the words are the speaker's.
  ["\"The federal court got it wrong,\" Ruiz said.", "\"The state court got it wrong,\" Ruiz said.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(jurisdictions, a, b)).toEqual(expected);
});

test("the finding names both levels on their words", () => {
  const [f] = findingsOf(jurisdictions, "A federal appeals court upheld the ban.", "A state appeals court upheld the ban.");
  expect(f?.explanation).toBe("A has “federal appeals court”; B has “state appeals court”: two levels of government.");
});
