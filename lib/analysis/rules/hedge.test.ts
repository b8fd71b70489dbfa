import { expect, test } from "vitest";
import { kindsOf } from "../../testing/rules";
import { hedge } from "./hedge";

test.each([
  // A real hedge against certainty: medium; a forecast worded two ways: low.
  ["The company will cut 300 jobs.", "The company may cut 300 jobs.", ["hedge/medium"]],
  // What investigators only believe, told by the other side as fact: medium; a passive belief ("is believed to") stays low.
  ["Detectives believe the robbery was planned by an employee.", "The robbery was planned by an employee, the sheriff said.", ["hedge/medium"]],
  ["He is believed to have crossed the border.", "He crossed the border, the sheriff said.", ["hedge/low"]],
  // (Two beliefs of the same people, one with an auxiliary: alike.)
  ["He said legal experts believe the charge will not withstand a challenge.", "He said legal experts have believed that the charge would not withstand a challenge.", []],
  // What is only alleged, told as fact with the same verb: medium; the other framing it as a charge itself: none.
  ["The gunman allegedly killed three people.", "The gunman killed three people.", ["hedge/medium"]],
  ["The gunman allegedly killed three people.", "The gunman is charged with killing three people.", []],
  // The alleged deed a verb of saying: it attributes nothing ("allegedly threatened" / "threatened").
  ["The man allegedly threatened staff with a knife.", "The man threatened staff with a knife.", ["hedge/medium"]],
  ["The man allegedly threatened staff with a knife.", "The man threatened staff with a knife, police said.", ["hedge/low"]],
  // What investigators suspect is what they believe: a hedge on the facts; "the suspect" is no hedge.
  ["Investigators suspect the fire was caused by a power line.", "The fire was caused by a power line.", ["hedge/medium"]],
  ["The suspect was arrested on Friday in Dayton.", "The suspect was detained on Friday in Dayton.", []],
  ["The suspect fled the scene on foot.", "The man fled the scene on foot.", []],
  // What only may be, told by the other as done with the same verb to the same thing: medium, whoever is said to say it;
  // not against a denial, a verb bound by a modal, a prospect or a charge, nor the same verb done to another thing.
  ["The pill reduced the risk of heart attack.", "The pill may reduce the risk of heart attack.", ["hedge/medium"]],
  ["The pill reduced the risk of heart attack, researchers said.", "Researchers said the pill may reduce the risk of heart attack.", ["hedge/medium"]],
  // Done to the same figure, with no noun for it; another figure is another claim.
  ["The death toll may exceed 1,000, the Red Cross said.", "The death toll has exceeded 1,000, the Red Cross said.", ["hedge/medium"]],
  ["The death toll may exceed 1,000, the Red Cross said.", "The death toll has exceeded 500, the Red Cross said.", ["hedge/low"]],
  ["The toll may exceed 1,000, the Red Cross said.", "Aid deliveries have exceeded 1,000, the Red Cross said.", ["hedge/low"]],
  ["The pill did not reduce the risk of heart attack.", "The pill may reduce the risk of heart attack.", ["hedge/low"]],
  ["The report said the data should be released to the public.", "The report said the data could be released to the public.", ["hedge/low"]],
  ["Prosecutors said Ruiz could face 17 years in prison.", "Ruiz faces 17 years in prison if convicted.", ["hedge/low"]],
  ["The audit raised the possibility that she violated records law.", "The audit found she may have violated records law.", ["hedge/low"]],
  ["The company may cut jobs next year.", "The company reported a loss and cut its forecast.", ["hedge/low"]],
  ["The Fed may raise rates again.", "The Fed raised rates by a quarter point.", ["hedge/low"]],
  ["The government is considering banning the app.", "India banned the app in 2020.", ["hedge/low"]],
  ["He could have received a life sentence.", "He received a 30-year sentence.", ["hedge/low"]],
  ["Neighbors could hear gunshots from the house.", "Neighbors heard gunshots from the house.", ["hedge/low"]],
  ["The bank may cut rates further.", "The bank cut rates by half a point.", ["hedge/low"]],
  ["Police may release the footage.", "Police released the footage of a different incident.", ["hedge/low"]],
  ["The tariffs may hurt farmers.", "The tariffs hurt farmers during the last trade war.", ["hedge/low"]],
  ["Doctors said the drug may prevent strokes in older patients.", "Doctors said the drug delays or prevents strokes in older patients.", ["hedge/low"]],
  ["The senator may have violated the records law.", "The senator violated the records law.", ["hedge/medium"]],
  ["Staff were allegedly told to keep quiet, according to the letter.", "The letter said staff were told to keep quiet.", ["hedge/low"]],
  ["The guard allegedly struck the man.", "The guard struck the man, the lawsuit claims.", ["hedge/low"]],
  ["The guard allegedly struck the man.", "The guard struck the man, the suit states.", ["hedge/low"]],
  ["The man allegedly stole the car.", "The man stole the car, witnesses told police.", ["hedge/low"]],
  // What is believed comes after a relative clause that describes its subject: "believe the hikers, who were last seen Friday, are lost".
  ["The hikers were last seen Friday near the ridge.", "Rangers believe the hikers, who were last seen Friday near the ridge, are lost.", []],
  // A plan weighed, not made ("is considering closing") against "will close": medium; "considering" as a preposition is no hedge.
  ["The chain will close its warehouse in Dayton.", "The chain is considering closing its warehouse in Dayton.", ["hedge/medium"]],
  // (The deed weighed read as a verb, though the tagger makes an adjective of "cutting output".)
  ["The cartel will cut output by 500,000 barrels a day from January.", "The cartel is considering cutting output by 500,000 barrels a day from January.", ["hedge/medium"]],
  // (A will to weigh it is no will to do it.)
  ["The council is considering cutting bin collections.", "The council will consult on cutting bin collections.", ["hedge/low"]],
  ["The county will appeal the ruling.", "The county is considering an appeal of the ruling.", ["hedge/medium"]],
  ["The board is weighing whether to sell the hospital.", "The board will sell the hospital.", ["hedge/medium"]],
  ["Considering the losses, the chain will close its warehouse.", "Considering the losses, the chain closed its warehouse.", []],
  // Certainty against a hedge on one predicate in other words: what both say it was done by ("caused by a
  // faulty heater in the basement" / "started by a faulty heater in the basement") makes it one.
  ["Inspectors confirmed that the blaze was caused by a faulty heater in the basement.", "Inspectors said the blaze may have been started by a faulty heater in the basement.", ["hedge/medium"]],
  ["Inspectors said the blaze was caused by a faulty heater in the basement.", "Inspectors said the blaze may have been started by a faulty heater in the basement.", ["hedge/low"]],
  // A hedge on what the other side does not state qualifies a claim of its own: none.
  ["Lenders agreed after fears the crisis could spread to Spain.", "Under the deal, Greece will receive loans over three years.", []],
  ["The right is written in the amendment and could likely be changed only by another one.", "The right is written in the amendment.", []],
  ["He has previously suggested such a change would require an amendment.", "He said he would sign an order on the change.", []],
  // What a hedge qualifies may be an adjective: "seems shaky" against a sentence that says nothing shaky is none.
  ["His tenure, once again, seems shaky.", "He is the figurehead of the party and its chairman.", []],
  ["His tenure, once again, seems shaky.", "His tenure is shaky.", ["hedge/low"]],
  // ... but one on the same predicate, however far after the hedge, is a hedge (the investigators' belief told as fact: medium).
  ["Investigators believe the boy, his mother and the man lived at the apartment together.", "The boy, his mother and the man all lived in the apartment.", ["hedge/medium"]],
  // A belief said of no one ("is believed to"), or set against a fact confirmed: medium; against another hedge, low.
  ["The man is believed to have died in the fire.", "The man died in the fire.", ["hedge/medium"]],
  ["The gunman is thought to have acted alone.", "The gunman acted alone.", ["hedge/medium"]],
  // A death feared or presumed against one told as fact.
  ["Six crew members are feared dead after the helicopter crashed.", "Six crew members were killed when the helicopter crashed.", ["hedge/medium"]],
  ["Twelve miners are presumed dead after the explosion.", "Twelve miners died in the explosion.", ["hedge/medium"]],
  ["Twelve miners are presumed dead after the explosion.", "Twelve miners are feared dead after the explosion.", []],
  ["Six people are missing and presumed dead.", "Six people are feared dead.", []],
  ["Six people are missing, presumed dead, after the ferry sank.", "Six people are feared dead after the ferry sank.", []],
  ["The gunman is presumed dead after the standoff.", "The gunman killed two hostages during the standoff.", []],
  // (Only against a death told: not against a verb after it, "after the ferry sank"; nor another event in another word for a death.)
  ["Six people are feared dead after the ferry sank.", "Six people were on board when the ferry sank.", []],
  ["Police believe the man killed his wife before fleeing.", "The man died in a crash while fleeing, police said.", []],
  ["Health officials confirmed that the outbreak was caused by contaminated water.", "Health officials suspect that the outbreak was caused by contaminated water.", ["hedge/medium"]],
  // Two hedges of two strengths leave the claim unsettled on both sides: none.
  ["The man is believed to have died in the fire.", "The man may have died in the fire.", []],
  ["Health officials said the outbreak was likely caused by contaminated water.", "Health officials suspect that the outbreak was caused by contaminated water.", []],
  ["Ruiz said Hale could become chairman of the committee.", "Ruiz said Hale would likely become chairman of the committee if his party wins.", []],
  ["The gunman allegedly fired six shots.", "The gunman reportedly fired six shots.", []],
  ["The ministry says the talks could collapse.", "The ministry says the talks collapsed.", ["hedge/low"]],
  // A forecast against the thing done: one outlet wrote before it happened, the other after.
  ["She is expected to plead guilty on Wednesday.", "Later in the day she pleaded guilty.", []],
  ["She is expected to plead guilty on Wednesday.", "She will plead guilty on Wednesday.", ["hedge/low"]],
  ["Both vehicles are expected to arrive at Mars in January.", "Both vehicles will arrive at Mars in January.", ["hedge/low"]],
  // (So is a projection: "is projected to win", "was forecast to reach"; not "the projected deficit".)
  ["The party is projected to win a majority, according to exit polls.", "The party will win a majority, according to exit polls.", ["hedge/low"]],
  ["The party is projected to win a majority, according to exit polls.", "The party is expected to win a majority, according to exit polls.", []],
  ["The party is projected to win a majority, exit polls show.", "The party won a majority, official results show.", []],
  ["The projected deficit is $2 billion, the agency said.", "The deficit is $2 billion, the agency said.", []],
  ["The image was projected to the crowd on a giant screen.", "The image was shown to the crowd on a giant screen.", []],
  // A passive that reports what others think ("are believed to have been", "is thought to") hedges;
  // a forecast worded with "expects" or "expected" is one forecast; a modal in a relative clause says what a thing can do.
  ["Two homes have been destroyed, fire officials said.", "Two homes are believed to have been destroyed, fire officials said.", ["hedge/low"]],
  ["The gunman fled on foot, police said.", "The gunman is thought to have fled on foot, police said.", ["hedge/low"]],
  ["The layoffs are expected to be completed by June.", "The company expects to complete the layoffs by June.", []],
  ["In 2021, the company recalled 110,000 air fryers that could overheat.", "The company recalled 110,000 air fryers in 2021.", []],
  ["The mayor said the road would reopen.", "The mayor said to reporters that the road would reopen.", []],
  // "Appears in" and a name are not hedges.
  ["The findings appear in Friday's issue of the journal.", "The findings are published in Friday's issue of the journal.", []],
  ["The vote is set for May 3.", "The vote is set for May 3.", []],
  ["Theresa May said the deal was done.", "Theresa May said the deal was agreed.", []],
  // A hedge inside a quotation is the speaker's wording, compared by the quotes rule.
  ["\"Other items might be worthy of attention,\" the senators wrote.", "\"We will not agree to other items,\" the senators wrote.", []],
  // A word of certainty against a plain statement is no difference: both state the claim as sure.
  ["The agency will recognize the marriages of same-sex couples.", "The agency recognizes the marriages of same-sex couples.", []],
  ["Officials confirmed the import ban was on hold.", "Officials said the import ban was on hold.", []],
  // Nor is "will" as a noun.
  ["The suit asks the court to respect the will of the state's voters.", "The suit asks the court to respect the voters of the state.", []],
  // Names after a hedged verb that belong to a clause of their own ("even if ...", "that ...") do not make another verb the same predicate.
  [
    "The suit leaves the sales rules alone, meaning parts of the law could survive even if Kansas and Iowa prevail.",
    "Rep. Ann Ruiz told the Ledger that Kansas and Iowa attempting to overturn the law is outrageous.",
    [],
  ],
  // A deed "reportedly" done, or a state one is "said to be" in, against a source's word: both pass on an account, none;
  // a remark "reportedly" made against the remark attested, or against the outlet's own statement, stays low.
  ["Two drivers were reportedly shooting at each other when the van was hit.", "Two drivers were shooting at each other when the van was hit, police said.", []],
  ["All four were said to be in stable condition.", "All four are in stable condition, according to the sheriff's office.", []],
  ["Two drivers were reportedly shooting at each other when the van was hit.", "Two drivers were shooting at each other when the van was hit.", ["hedge/low"]],
  ["\"I am not for the plan,\" Ruiz reportedly said.", "\"I am not for the plan,\" Ruiz said in a statement.", ["hedge/low"]],
  // ("that" as a relative pronoun keeps its noun's clause: "sparked by a cable that touched the roof" / "caused by a cable that touched the roof".)
  ["The fire may have been sparked by a cable that touched the roof.", "The fire was caused by a cable that touched the roof.", ["hedge/low"]],
  // A hedge against a plain statement still is.
  ["Investigators were likely relying on the postal system's images.", "Investigators relied on the postal system's images.", ["hedge/low"]],
  // A hedge on a state ("were reportedly furious") qualifies that state: none when the other side does not state it.
  ["Team owners were reportedly furious that the fines were announced on Friday.", "The fines were announced on Friday by the league's commissioner.", []],
  ["Team owners were reportedly furious that the fines were announced on Friday.", "Team owners were furious that the fines were announced on Friday.", ["hedge/low"]],
  // (One before "to" carries the verb after it: "seemed certain to open" hedges opening, which the other states.)
  ["The ruling seemed certain to open the door to more suits.", "The ruling opened the door to more suits.", ["hedge/low"]],
  // What one outlet says was "allegedly" done, the other frames as an accusation or a charge: both give it as alleged.
  ["Nine clerks were indicted for allegedly selling court files.", "The indictment accuses nine clerks of selling court files.", []],
  ["Nine clerks were indicted for allegedly selling court files.", "Nine clerks sold court files.", ["hedge/medium"]],
  // (Not one that only names someone by it, "the accused gunman": the deed still differs.)
  ["A witness was allegedly threatened by the brother of the gunman.", "A witness was threatened by the brother of the accused gunman.", ["hedge/low"]],
  // Word by word, before classify prefers the phrase-level certainty finding on the same words.
  ["The ministry confirmed the minister will resign.", "The minister will reportedly resign.", ["hedge/medium"]],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(hedge, a, b)).toEqual(expected);
});

test.each([
  // Hedges of one strength in other words agree.
  ["The fire was likely caused by a faulty wire.", "The fire was probably caused by a faulty wire.", []],
  ["The strike may delay flights on Monday.", "The strike could delay flights on Monday.", []],
  ["The strike will delay flights on Monday.", "The strike could delay flights on Monday.", ["hedge/medium"]],
])("hedges of one strength: %s / %s", (a, b, expected) => {
  expect(kindsOf(hedge, a, b)).toEqual(expected);
});

test("a hedge on a noun phrase joined by 'and' or 'or' qualifies that phrase: none when the other side does not name it", () => {
  expect(kindsOf(hedge, "A small group of women were working on crafts when an alarm alerted them, the chief said.", "Five women, and possibly a couple of children, were working on crafts when an alarm alerted them, the chief said.")).toEqual([]);
  // (The other side names it: certainty differs.)
  expect(kindsOf(hedge, "Two women and three children were hurt in the blast.", "Two women and possibly three children were hurt in the blast.")).toEqual(["hedge/low"]);
});
