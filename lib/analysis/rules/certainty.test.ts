import { expect, test } from "vitest";
import { extractFeatures } from "../features";
import { certainty } from "./certainty";

const side = (label: string, text: string) => ({ label, features: extractFeatures(text) });
const judge = (a: string, b: string) => certainty(side("A", a), side("B", b)).map((f) => `${f.type}/${f.severity}`);

test.each([
  // One thing planned on one side and done on the other: medium; the present, a verb of saying, or planned on both: none.
  ["Cooling centers will open at six public libraries on Wednesday.", "Cooling centers opened at six public libraries on Wednesday.", ["hedge/medium"]],
  ["The mill will cut 500 jobs in Ohio.", "The mill cut 500 jobs in Ohio.", ["hedge/medium"]],
  ["The mill will cut 500 jobs in Ohio.", "The mill plans to cut 500 jobs in Ohio.", []],
  // A future in reported speech is planned too; a further act planned ("two more plants") is another act.
  ["The company said it would close two plants in Malaysia.", "The company has closed two plants in Malaysia.", ["hedge/medium"]],
  ["The company closed two plants in Malaysia, it said.", "The company said it would close two more plants in Malaysia.", []],
  ["The company closed two plants in Malaysia.", "The company will close two more plants in Malaysia.", []],
  ["The company said it would close the plant.", "The company closed a plant in Ohio last year.", []],
  ["The company will open a new plant in Ohio.", "The company opened a new plant in Ohio.", ["hedge/medium"]],
  // A participle describing a noun in a sentence told of the future is as future as the sentence; in one told of the past it is done.
  ["Jane Roe will host the ceremony, which airs live on ABC on May 10.", "The ceremony, hosted by Jane Roe, will air live on ABC on May 10.", []],
  ["The board will oversee the district's 600 schools.", "The district's 600 schools, overseen by the board, will get a new chief.", []],
  ["Jane Roe will host the ceremony on ABC on May 10.", "The ceremony, hosted by Jane Roe, drew 12 million viewers on ABC on May 10.", ["hedge/medium"]],
  ["Jane Roe will host the ceremony on ABC on May 10.", "The ceremony was hosted by Jane Roe on ABC on May 10.", ["hedge/medium"]],
  ["Jane Roe will host the ceremony on ABC on May 10.", "The ceremony was hosted by Jane Roe on ABC on May 10, and ABC will air it again in June.", ["hedge/medium"]],
  // (Not one that dates itself, nor a past verb of the sentence's own.)
  ["Federal agents will arrest the suspect on Tuesday.", "The suspect, arrested by federal agents on Tuesday, will appear in court on Friday.", ["hedge/medium"]],
  ["Oil prices will rise by 2 percent on Tuesday, traders said.", "Oil prices rose by 2 percent on Tuesday and will likely climb further.", ["hedge/medium"]],
  ["Oil prices will rise by 2 percent, traders said.", "Oil prices rose by 2 percent, and traders said they will climb further.", ["hedge/medium"]],
  // Done now to take effect later: "resigned, effective March 31" is "will step down on March 31"; "effective immediately" is not.
  ["The minister will step down on March 31.", "The minister resigned on March 3, effective March 31.", []],
  ["He will step down on Jan. 1.", "He resigned Tuesday; his resignation takes effect Jan. 1.", []],
  ["The minister will step down.", "The minister resigned on Monday, effective immediately.", ["hedge/medium"]],
  // An allegation against the same claim stated as fact: medium; attributed or alleged on both sides: none.
  ["The lawsuit alleges that managers ordered workers to backdate inspection logs.", "Managers ordered workers to backdate inspection logs.", ["hedge/medium"]],
  ["The lawsuit alleges that managers ordered workers to backdate inspection logs.", "Managers ordered workers to backdate inspection logs, the lawsuit says.", []],
  ["The lawsuit alleges that managers ordered workers to backdate inspection logs.", "The complaint claims managers ordered workers to backdate inspection logs.", []],
  // Done as the act's noun after a verb of doing: "plans to appeal" / "has filed an appeal"; planned on both: none.
  ["The developer plans to appeal the ruling to the full court, its lawyer said.", "The developer has already filed an appeal with the full court, its lawyer said.", ["hedge/medium"]],
  ["The developer plans to appeal the ruling to the full court, its lawyer said.", "The developer will file an appeal with the full court, its lawyer said.", []],
  // "No plans to" plans nothing; done in a year only the other side gives is another time.
  ["Varga said Estoria had no plans to close its embassy in Tarvos.", "Varga said Estoria closed its embassy in Tarvos.", []],
  ["Estoria plans to close its embassy in the capital, Tarvos, officials said.", "Estoria closed its embassy in the capital, Tarvos, in 2014, officials said.", []],
  ["The new rules will allow one company to own more stations.", "The new rules allow one company to own more stations.", []],
  ["The audit will say the funds were misspent, Lee said.", "The audit says the funds were misspent, Lee said.", []],
  ["Lee was charged with murder on Friday.", "Lee was held on suspicion of murder on Friday.", ["hedge/medium"]],
  // Convicted against charged or accused: a court's finding against a charge; "accused of" is charged in other words.
  ["Lee was convicted of fraud on Friday.", "Lee was charged with fraud on Friday.", ["hedge/medium"]],
  ["Lee pleaded guilty to fraud at Southwark Crown Court.", "Lee, who is accused of fraud, appeared at Southwark Crown Court.", ["hedge/medium"]],
  ["Lee was found guilty of fraud on Friday.", "Lee was convicted of fraud on Friday.", []],
  ["Lee was charged with fraud on Friday.", "Lee, who is accused of fraud, was in court on Friday.", []],
  ["Lee, who was arrested on Saturday, is accused of fraud.", "Lee is suspected of fraud, police said.", ["hedge/low"]],
  // A conviction told with the charge it followed is a conviction; "a convicted felon" is no conviction in this case.
  ["Lee, who was charged with fraud last year, was found guilty on Friday.", "Lee was found guilty of fraud on Friday.", []],
  ["Lee was charged with fraud and pleaded guilty at his first court appearance on Friday.", "Lee pleaded guilty to fraud at his first court appearance on Friday.", []],
  ["Lee, a convicted felon, is accused of murder.", "Lee was arrested on suspicion of murder on Friday.", ["hedge/low"]],
  // Final or official results against provisional or partial ones; provisional and preliminary are one step; results to come are none.
  ["Provisional results showed the ruling party winning 58% of the vote.", "Final results showed the ruling party winning 58% of the vote.", ["hedge/medium"]],
  ["Provisional results showed the ruling party winning 58% of the vote.", "Preliminary results showed the ruling party winning 58% of the vote.", []],
  ["The final results are due on Friday, the commission said.", "Preliminary results were published on Friday, the commission said.", []],
  // (Not "official", which says who issued them, nor a company's results.)
  ["According to official provisional results, the ruling party won 58% of the vote.", "Official results showed the ruling party won 58% of the vote.", []],
  ["Tesco's preliminary results showed profit up 10% to 2.3 billion pounds.", "Tesco's final results showed profit up 10% to 2.3 billion pounds.", []],
  // Findings published after peer review against a preprint not yet reviewed.
  ["The findings were published in the peer-reviewed journal Nature on Monday.", "The findings were posted as a preprint on Monday and have not yet been peer reviewed.", ["hedge/medium"]],
  ["The findings were posted as a preprint on Monday and have not yet been peer reviewed.", "The study, a preprint, has not been peer-reviewed.", []],
  // A conviction that may come is no conviction.
  ["Meester, a 20-year-old student, could face life in prison if convicted on charges of rape and assault.", "Dan Meester, 20, is charged with rape and assault.", []],
  // (A conviction of another year may be another case.)
  ["Lee, who was convicted of fraud in 2019, appeared in court.", "Lee, who is accused of fraud, appeared in court.", []],
  ["Two poll workers were charged with mishandling ballots.", "Two poll workers are under investigation for mishandling ballots.", ["hedge/medium"]],
  ["Two poll workers are under investigation for mishandling ballots.", "Two poll workers are being investigated over mishandled ballots.", []],
  // One person's standing in one case: not another person's ("Hale's former partner"), nor another case.
  ["Hale is under investigation for fraud.", "Hale's former partner was charged with fraud.", []],
  ["Hale is under investigation for fraud.", "Hale was charged with fraud in 2015 in an unrelated case.", []],
  ["Police arrested Lee in connection with the killing.", "Lee was charged with murder.", ["hedge/medium"]],
  // Whether a deal is made: agreed against close to it or in talks, for one party.
  ["Villa have agreed terms with Ricci.", "Villa are close to agreeing terms with Ricci.", ["hedge/medium"]],
  ["A further prisoner exchange has been agreed for next month.", "A further prisoner exchange may take place next month.", ["hedge/medium"]],
  ["Villa have agreed terms with Ricci.", "Chelsea are close to agreeing terms with Ricci.", []],
  ["The two sides have agreed a ceasefire.", "The two sides agreed a ceasefire on Sunday.", []],
  ["Chelsea have agreed a fee with Napoli for the striker.", "Chelsea are in talks with the striker over personal terms.", []],
  ["Lee was arrested in connection with the fire.", "Lee was charged in the fire.", ["hedge/medium"]],
  // A day between the verb and its charge.
  ["A Fenwick man was charged Friday with arson in the warehouse fire.", "A Fenwick man was questioned and released Friday in connection with the warehouse fire.", ["hedge/medium"]],
  ["A Fenwick man was charged late Friday with arson in the warehouse fire.", "A Fenwick man was charged with arson on Friday in the warehouse fire.", []],
  ["The ministry confirmed the minister will resign.", "The minister will reportedly resign.", ["hedge/medium"]],
  // A deal agreed to or signed against one close to it: medium; an act agreed to ("agreed to pay") is no deal.
  ["The two sides agreed to a ceasefire on Tuesday, mediators said.", "The two sides were close to agreeing a ceasefire on Tuesday, mediators said.", ["hedge/medium"]],
  ["The two sides signed a prisoner exchange deal on Tuesday.", "The two sides were on the verge of signing a prisoner exchange deal on Tuesday.", ["hedge/medium"]],
  ["The club agreed to pay the fee.", "The club is close to agreeing a fee.", []],
  ["The two sides agreed to a ceasefire in January.", "The two sides are close to agreeing a ceasefire.", []],
  // A sale agreed against one in talks, explored or weighed: medium; not two sales of two things, nor talks against talks.
  ["Halden Corp is in talks to buy the chip designer Novi for $900 million.", "Halden Corp has agreed to buy the chip designer Novi for $900 million.", ["hedge/medium"]],
  ["Halden is in advanced talks to acquire Novi.", "Halden agreed to acquire Novi.", ["hedge/medium"]],
  ["The company is exploring a sale of its cloud unit.", "The company agreed to sell its cloud unit.", ["hedge/medium"]],
  ["Halden struck a deal to acquire Novi for $900 million.", "Halden is weighing a bid for Novi, valued at $900 million.", ["hedge/medium"]],
  ["Halden agreed to buy Novi for $900 million.", "Halden is in talks to buy a stake in Novi's rival Orbis.", []],
  ["Halden is in talks to buy Novi.", "Halden is in advanced talks to buy Novi.", []],
  ["Halden agreed to buy Novi.", "Orbis is in talks to buy Novi.", []],
  // Talks told as over, an agreement told as not yet made: one deal, told at one step.
  ["Paramount agreed to merge with Skydance.", "Paramount was in talks to merge with Skydance before agreeing to the deal.", []],
  ["Verizon agreed to buy Frontier.", "Verizon was in talks to buy Frontier before the deal was struck.", []],
  ["Paramount agreed to merge with Skydance.", "Paramount had been in talks to merge with Skydance for months.", []],
  ["Chevron agreed to buy Hess for $53 billion.", "Chevron is no longer in talks to buy Hess.", []],
  ["Chevron is expected to announce it has agreed to buy Hess.", "Chevron is in advanced talks to acquire Hess.", []],
  ["The two sides agreed to a ceasefire that later collapsed.", "The two sides are close to agreeing a ceasefire.", []],
  ["The club agreed to a fee with Chelsea.", "The club is close to agreeing a fee with Arsenal.", []],
  ["The rebels agreed to a ceasefire.", "The rebels said they were not close to agreeing to a ceasefire.", []],
  ["The union agreed to a contract with the city.", "Talks between the union and the state, which is close to agreeing a budget, went on.", []],
  // A link said of the subject ("has been linked to"), not of a group that did something else.
  ["The vaccine caused blood clots in rare cases.", "The vaccine has been linked to blood clots in rare cases.", ["hedge/medium"]],
  ["The cyberattack caused outages at hospitals.", "A Russian group linked to outages at hospitals claimed the attack.", []],
  // A study that linked one thing to another, a cause after a plural subject; not "the cause of".
  ["The study found that microplastics cause inflammation in human arterial tissue.", "The study linked microplastics to inflammation in human arterial tissue.", ["hedge/medium"]],
  ["Researchers found that the chemical causes liver damage in mice.", "Researchers linked the chemical to liver damage in mice.", ["hedge/medium"]],
  ["The cause of the fire is unknown, officials said.", "The fire was linked to faulty wiring, officials said.", []],
  ["Experts cautioned that the findings do not prove microplastics cause heart attacks.", "The study linked microplastics to heart attacks and strokes.", []],
  ["It is not known whether microplastics cause inflammation in humans.", "The study linked microplastics to inflammation in humans.", []],
  ["The study linked red meat to colon cancer.", "Processed meats cause colon cancer, the report said.", []],
  ["The study linked the drug to 12 deaths.", "The drug caused 12 deaths, the study found.", ["hedge/medium"]],
  ["The data show that the chemical causes liver damage in mice.", "Researchers linked the chemical to liver damage in mice.", ["hedge/medium"]],
  // A state told in the present passive is no act done: "is owed" / "will owe".
  ["Harlan is owed $2.4 million by the school.", "The school will owe Harlan $2.4 million.", []],
  ["Harlan was paid $2.4 million by the school.", "The school will pay Harlan $2.4 million.", ["hedge/medium"]],
  // A cause stated against a link found, of one thing to one other: medium; two links in other words, or of other things, nothing.
  ["Ultra-processed food is linked to depression, the study found.", "Ultra-processed food causes depression, the study found.", ["hedge/medium"]],
  ["The automaker knows of three crashes that were linked to the defect.", "The automaker knows of three crashes caused by the defect.", ["hedge/medium"]],
  ["The automaker knows of three crashes linked to the defect.", "The automaker knows of three crashes tied to the problem.", []],
  ["Smoking causes cancer, the report said.", "Obesity is linked to diabetes, the report said.", []],
  ["The crash caused delays on the highway.", "The crash was tied to a drunk driver.", []],
  ["The outbreak was linked to contaminated lettuce.", "The outbreak caused 12 hospitalizations.", []],
  // Unknown told two ways ("remains unclear" / "It is not yet clear", "is under investigation" / "It is
  // not known what caused"): both leave it open, no certainty differs.
  ["The cause of the blaze remains unclear.", "It is not yet clear what caused the blaze.", []],
  ["The cause of the blaze is under investigation.", "It is not known what caused the blaze.", []],
  ["The number of barns destroyed is still unknown.", "It is not yet clear how many barns were destroyed.", []],
  ["The band was unknown outside Britain until the album came out.", "The band was popular only in Britain until the album came out.", []],
  ["Inspectors said it is not clear whether the levee was inspected.", "Inspectors said the levee was inspected last spring.", ["hedge/medium"]],
  // Not said whether, against said: left open by one, stated by the other.
  ["Marquez has not said whether she will sign the bill.", "Marquez said Wednesday she intends to sign the bill.", ["hedge/medium"]],
  ["The governor declined to say whether she would sign the bill.", "The governor will sign the bill, her office said.", ["hedge/medium"]],
  ["The governor has not said whether she will sign the bill.", "The governor has not decided whether to sign the bill.", []],
  // Admitted against alleged: medium; admitted to a hospital is no admission; charged and alleged say the same.
  ["Court records show Hale admitted to police to accidentally shooting Ruiz.", "Hale is jailed for allegedly shooting Ruiz in the chest.", ["hedge/medium"]],
  ["Hale confessed that he set the fire.", "The alleged arsonist, Hale, set the fire on Monday.", ["hedge/medium"]],
  ["Hale was admitted to the hospital after shooting Ruiz.", "Hale allegedly shot Ruiz.", []],
  ["Hale was charged with murder for allegedly shooting Ruiz.", "Hale was charged with murder.", []],
  // "in connection with" said of an indictment, not of a person held, is no suspicion.
  ["Twenty-six Russians have been charged with interfering in the election.", "The indictment of 12 officers in connection with the hack named Stone.", []],
  // An adjective describing the subject is not what is unclear; someone's quoted words are not the outlet stating it.
  ["It was unclear if other neighboring states would take similar action.", "Neighboring states have expressed concern about the marijuana, the sheriff said.", []],
  ["It is not clear whether officials verified the ballots.", "\"Officials verified the ballots,\" the mayor said.", []],
  // A thing one side calls unclear, the other states without doubt: medium.
  ["Officials will verify the ballots.", "It is not clear whether officials verified the ballots.", ["hedge/medium"]],
  ["The teenager was accidentally shot at a friend's home.", "Detectives are investigating to determine whether the shooting was accidental.", ["hedge/medium"]],
  ["Officials will verify the ballots.", "It is not clear whether the count will be finished by Friday.", []],
  ["Agencies can check with their staff to determine if a dam will harm any species.", "Agencies may decide on their own whether a dam would harm a species.", []],
  ["Officials confirmed they verified the ballots.", "It is not clear whether officials verified the ballots.", ["hedge/medium"]],
  ["The minister will reportedly resign.", "It is unclear whether the minister will resign.", ["hedge/low"]],
  ["Lee was charged with murder.", "Lee was charged with murder and arson.", []],
  ["Lee was charged with murder.", "Lee faces a murder charge.", []],
  ["Will Smith confirmed the film.", "Will Smith confirmed the film.", []],
])("%s / %s", (a, b, expected) => {
  expect(judge(a, b)).toEqual(expected);
});

test("one side calls it unclear and the other says someone would not say it: neither states it", () => {
  expect(judge("It is unclear what the actress is being treated for.", "Her spokesman would not say what the actress was being treated for.")).toEqual([]);
  expect(judge("It is unclear what she is being treated for.", 'Her spokesman would not say what the " Sunset Road " star was being treated for.')).toEqual([]);
  expect(judge("It is unclear why the man was arrested.", "Police declined to explain why the man was arrested.")).toEqual([]);
  // (A side that states it: the certainty differs.)
  expect(judge("It is unclear what the actress is being treated for.", "The actress is being treated for exhaustion.")).toEqual(["hedge/medium"]);
});
