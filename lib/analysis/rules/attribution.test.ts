import { expect, test } from "vitest";
import { findingsOf, kindsOf, member, side } from "../../testing/rules";
import { extractFeatures } from "../features";
import { withQuotationSpeakers } from "../quotations";
import { continuesQuotation, segment } from "../segment";
import { attribution, relaySource } from "./attribution";

test.each([
  // A source not named against one on the record (a document, a named or described speaker): medium;
  // two unnamed sources, or the same kind on both sides: none.
  ["Brandt fired four shots, according to court documents.", "Brandt fired four shots, according to a person familiar with the case.", ["attribution/medium"]],
  ["Brandt fired four shots, the company said in a statement.", "Brandt fired four shots, according to a person familiar with the matter.", ["attribution/medium"]],
  ["Brandt fired four shots, two people familiar with the matter said.", "Brandt fired four shots, according to people familiar with the investigation.", []],
  ["Brandt fired four shots, according to court documents.", "Brandt fired four shots, court records show.", []],
  // Bare "sources" against a body on the record: the anonymity finding, not two speakers described two ways.
  ["OPEC said output would rise by 400,000 barrels a day in August.", "Sources said OPEC output would rise by 400,000 barrels a day in August.", ["attribution/medium"]],
  // A news outlet is no source on the record: it has the claim from sources of its own.
  ["Sources said the company was exploring a sale.", "The Wall Street Journal, citing sources, said the company was exploring a sale.", ["attribution/low"]],
  ["Sources said the company was exploring a sale.", "The Wall Street Journal said the company was exploring a sale.", ["attribution/low"]],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(attribution, a, b)).toEqual(expected);
});

test("bare sources are named in the explanation up to their verb", () => {
  const [f] = attribution(side("A", "OPEC said output would rise by 400,000 barrels a day in August."), side("B", "Sources said OPEC output would rise by 400,000 barrels a day in August."));
  expect(f?.explanation).toBe("B has it from a source it does not name (“Sources said”); A from “OPEC”.");
});

test("an anonymous source is named in the explanation to the end of its phrase", () => {
  const [f] = attribution(side("A", "Brandt fired four shots, according to court documents."), side("B", "Brandt fired four shots, according to a person familiar with the case."));
  expect(f?.explanation).toBe("B has it from a source it does not name (“according to a person familiar with the case”); A from “according to court documents”.");
});

test.each([
  // A government said by its capital or seat, a department by its initials: one speaker.
  ["Beijing said on Monday that the new export controls were a serious provocation.", "China's Foreign Ministry said on Monday that the new export controls were a serious provocation.", []],
  ["The Pentagon said Friday it would send 1,500 more troops to the border.", "The Defense Department said on Friday that it would send 1,500 more troops to the border.", []],
  ["DHS said Friday it would end protected status for 60,000 Hondurans.", "The Homeland Security Department said on Friday that it would end protected status for 60,000 Hondurans.", []],
  // A body by its acronym and by its full name, an "and" inside the name.
  ["The Centers for Disease Control and Prevention said the strain resisted two antibiotics.", "The CDC said the strain resisted two antibiotics.", []],
  ["The Bureau of Alcohol, Tobacco, Firearms and Explosives said the rifle was bought legally.", "The ATF said the rifle was bought legally.", []],
  // The same after "according to": the source goes on past "for", "of" and "and" inside the name.
  ["Two doses prevent 97% of infections, according to the Centers for Disease Control and Prevention.", "Two doses prevent 97% of infections, the CDC says.", []],
  ["The rule takes effect in May, according to the Department of Health and Human Services.", "HHS said the rule takes effect in May.", []],
  ["Two doses prevent 97% of infections, according to the Centers for Disease Control and Prevention.", "Two doses prevent 97% of infections, according to the Food and Drug Administration.", ["attribution/medium"]],
  ["Two doses prevent 97% of infections, according to the Centers for Disease Control and Prevention.", "Two doses prevent 97% of infections, according to the CDC.", []],
  // (Two names joined by "and" are two sources, one of them the other side's.)
  ["The deal is worth $10 billion, according to Microsoft and OpenAI.", "The deal is worth $10 billion, according to Google.", ["attribution/medium"]],
  ["The Department of Health and Human Services said the rule takes effect in May.", "HHS said the rule takes effect in May.", []],
  // An acronym that only opens with the other's letters may be a sibling ("UNICEF", "UNHCR"): described two ways, low.
  ["Some 40,000 people have fled the fighting, the UNHCR said.", "Some 40,000 people have fled the fighting, according to the U.N. refugee agency.", ["attribution/low"]],
  // Two bodies, one by its acronym, or two sharing their kind of body: still two.
  ["The Centers for Disease Control and Prevention said the strain resisted two antibiotics.", "The FDA said the strain resisted two antibiotics.", ["attribution/medium"]],
  // (A district or a board is not read as officials: "the water district" is a utility, "the board" a company's.)
  ["Water restrictions will take effect on June 1, the water district said.", "Water restrictions will take effect on June 1, the utility said.", []],
  ["The chief executive will step down in June, the board said.", "The chief executive will step down in June, the company said.", []],
  // Initials against the full name the speaker reader cuts at a comma or a lower-case word, or an aid group's other name: one body.
  ["UCLA announced the closure of the lab on Monday.", "The University of California, Los Angeles announced the closure of the lab on Monday.", []],
  ["The NAACP said it would sue the school district.", "The National Association for the Advancement of Colored People said it would sue the school district.", []],
  ["Doctors Without Borders said its clinic in the city was hit.", "MSF said its clinic in the city was hit.", []],
  ["USC announced the closure of the lab on Monday.", "The University of California, Los Angeles announced the closure of the lab on Monday.", ["attribution/medium"]],
  // (Not a body named before a comma of another clause, one whose name holds the initials as a word, nor a national Red Cross society for the ICRC.)
  ["The FBI said the suspect acted alone.", "Unlike the FBI, the Secret Service said the suspect acted alone.", ["attribution/low"]],
  ["The FBI said the suspect acted alone.", "Unlike the Federal Bureau of Investigation, the Secret Service said the suspect acted alone.", ["attribution/medium"]],
  ["The ICRC said its staff had left the city.", "The American Red Cross said its staff had left the city.", ["attribution/medium"]],
  ["The Department of Health and Human Services said the rule takes effect in May.", "The EPA said the rule takes effect in May.", ["attribution/medium"]],
  ["The EC said the merger raised concerns.", "The European Central Bank said the merger raised concerns.", ["attribution/medium"]],
  ["The Department of Health and Human Services said the rule was final.", "The Department of Homeland Security said the rule was final.", ["attribution/medium"]],
  ["The Ministry of Foreign Affairs and Trade said the envoy was recalled.", "The Ministry of Health said the envoy was recalled.", ["attribution/medium"]],
])("one speaker named two ways, or two bodies: %s / %s", (a, b, expected) => {
  expect(kindsOf(attribution, a, b)).toEqual(expected);
});

test.each([
  // Two venues, "confirmed" against "denied", two people named differently: medium.
  ["Kim said so at a press conference.", "Kim said so in a statement.", ["attribution/medium"]],
  // Channels of business and state: a call with analysts, a filing, a televised address; a press release or a memo is a written statement.
  ["Ferro told analysts on a conference call that margins would recover next year.", "Ferro said in a memo to employees that margins would recover next year.", ["attribution/medium"]],
  ["The company said in a regulatory filing that sales fell 4%.", "The company told analysts on a conference call that sales fell 4%.", ["attribution/medium"]],
  ["The president made the remarks in a televised address to the nation.", "The president made the remarks in an interview with a state broadcaster.", ["attribution/medium"]],
  ["The company said in a press release that sales fell 4%.", "The company said in a statement that sales fell 4%.", []],
  ["Ruiz told employees in a memo that the plant would close.", "Ruiz said in an email to staff that the plant would close.", []],
  // A filing is the text released with it; a call is a conference call said more fully.
  ["Tesla said in a regulatory filing on Monday that it had recalled 2,000 cars.", "Tesla said in a statement on Monday that it had recalled 2,000 cars.", []],
  ["Fox told analysts on a call that orders had doubled.", "Fox said in a conference call with investors that orders had doubled.", []],
  ["Fox told staff in an all-hands meeting that layoffs were coming.", "Fox said in a memo to staff that layoffs were coming.", ["attribution/medium"]],
  // Testimony to a hearing, speech to a council: channels of their own; one hearing in two words is one.
  ["The administrator told a Senate hearing that the program was on track.", "The administrator said in a written statement that the program was on track.", ["attribution/medium"]],
  ["The mayor told the City Council on Tuesday that the bus lanes would be removed.", "The mayor said in a radio interview on Tuesday that the bus lanes would be removed.", ["attribution/medium"]],
  ["The administrator told a Senate hearing that the program was on track.", "The administrator testified before the Senate Commerce Committee that the program was on track.", []],
  ["The company told the Federal Communications Commission in a filing that the outage affected 92,000 calls.", "The company said in a regulatory filing that the outage affected 92,000 calls.", []],
  ["Smith told the House Oversight Committee in a letter that the documents had been destroyed.", "Smith said in a letter to the committee that the documents had been destroyed.", []],
  // Evidence given in court is a channel of its own: against a statement or the press, two channels; a
  // court said two ways is one; a court's official is a person, not the court.
  ["The family said in a statement that they were devastated.", "The family told the court they were devastated.", ["attribution/medium"]],
  ["The victim's mother told the court she would never forgive him.", "The victim's mother told reporters she would never forgive him.", ["attribution/medium"]],
  ["The officer told the jury he had feared for his life.", "The officer told Manchester Crown Court he had feared for his life.", []],
  ["Smith told a court official that he was sorry.", "Smith said in a statement that he was sorry.", []],
  ["Smith's lawyer told the court his client was sorry.", "Smith's lawyer told the hearing his client was sorry.", []],
  ["The victim's mother told the court she would never forgive him.", "The victim's mother said in a victim impact statement that she would never forgive him.", []],
  ["In a statement read to the court, the victim's mother said she would never forgive him.", "The victim's mother told the court she would never forgive him.", []],
  ["In a statement read at the inquest, his widow said he had been depressed.", "His widow told the inquest he had been depressed.", []],
  ["The administrator told a Senate hearing that the program was on track.", "The administrator told reporters that the program was on track.", ["attribution/medium"]],
  // One remark given to two named people, however few informative words it holds; a common word for a surname is a name.
  ["\"We are nowhere near out of the woods,\" Fire Chief Ray Ostrowski said.", "\"We are nowhere near out of the woods,\" Sheriff Dana Whitlock told reporters.", ["attribution/medium"]],
  ["\"We are nowhere near out of the woods,\" Fire Chief Ray Ostrowski said on Wednesday at the command post.", "\"We are nowhere near out of the woods,\" Sheriff Dana Whitlock told reporters outside the county courthouse.", ["attribution/low", "attribution/medium"]],
  ["\"We owe our crews so much,\" Gov. Marisol Grant wrote on X.", "\"We owe our crews so much,\" Fire Director Joe Tran wrote on X.", ["attribution/medium"]],
  // An interview with one news outlet against one with another: two channels; against an interview whose outlet goes unsaid, one.
  ["\"We will win the league,\" Okafor told the BBC.", "\"We will win the league,\" Okafor told Sky Sports.", ["attribution/medium"]],
  ["\"We will win the league,\" Okafor told the club's website.", "\"We will win the league,\" Okafor told The Athletic Magazine.", ["attribution/medium"]],
  ["\"We will win the league,\" Okafor said in an interview with CNN.", "\"We will win the league,\" Okafor told the Irish Times.", ["attribution/medium"]],
  ["\"We will win the league,\" Okafor said in an interview.", "\"We will win the league,\" Okafor told Sky Sports.", []],
  // An outlet named by its kind is the one the other names: "told the paper" / "told The Springfield Times".
  ["Okafor told the paper that he would stay at the club.", "Okafor told The Springfield Times that he would stay at the club.", []],
  // Speech to lawmakers in their chamber is testimony, another channel than a written statement.
  ["The flights will resume next week, Home Secretary Priya Lal said in a statement.", "The flights will resume next week, Home Secretary Priya Lal told lawmakers in Parliament.", ["attribution/medium"]],
  ["The mayor told the network that he would not resign.", "The mayor told NBC News that he would not resign.", []],
  // (Not another kind, nor an outlet of another kind: a paper is no network, a station is no news agency.)
  ["Okafor told the paper that he would stay at the club.", "Okafor told the network that he would stay at the club.", ["attribution/medium"]],
  ["The mayor told the station that he would not resign.", "The mayor told Reuters that he would not resign.", ["attribution/medium"]],
  ["\"We will win the league,\" Okafor told Sky Sports.", "\"We will win the league,\" Okafor told Sky Sports on Monday.", []],
  ["Okafor said he will leave the club, according to the Irish Times.", "Okafor told the Irish Times he will leave the club.", []],
  ["\"We will win the league,\" Okafor told Ana Ruiz.", "\"We will win the league,\" Okafor told the court.", []],
  ["\"We will win the league,\" Okafor told The Herald.", "\"We will win the league,\" Okafor told the Glasgow Herald.", []],
  ["\"We will win the league,\" Okafor told The Associated Press.", "\"We will win the league,\" Okafor told AP.", []],
  // Two offices in more than one word: two people; an office and the same office more fully, or a vague role, one.
  ["The death toll was confirmed by the regional governor.", "The death toll was confirmed by the local police chief.", ["attribution/medium"]],
  ["The interior minister said the curfew was lifted.", "The army chief said the curfew was lifted.", ["attribution/medium"]],
  ["The minister said the curfew was lifted.", "The interior minister said the curfew was lifted.", []],
  ["The police chief said the road was closed.", "The chief of police said the road was closed.", []],
  ["The chief said the road was closed.", "The police chief said the road was closed.", []],
  ["The bank's CFO said revenue would rise.", "The bank's chief financial officer said revenue would rise.", []],
  ["The mayor told residents the curfew would be lifted on Monday.", "The police chief told residents the curfew would be lifted on Monday.", ["attribution/medium"]],
  ["The ministry confirmed the visit.", "The ministry denied the visit.", ["attribution/medium"]],
  ["The ministry acknowledged the visit.", "The ministry denied the visit.", ["attribution/medium"]],
  // A stance on reports of it: "denied reports that" / "confirmed reports that", "dismissed reports that"; not a case dismissed.
  ["The ministry denied reports that the envoy was recalled.", "The ministry confirmed reports that the envoy was recalled.", ["attribution/medium"]],
  ["A NASA spokeswoman confirmed reports that the launch would be delayed.", "A NASA spokeswoman dismissed reports that the launch would be delayed.", ["attribution/medium"]],
  ["The judge dismissed the case on Monday.", "The judge dismissed the lawsuit on Monday.", []],
  ["The company confirmed reports that it would cut 400 jobs.", "The company said it would cut 400 jobs.", []],
  // "Admitted" against "said" is the outlet's verb, not another source or a denial.
  ["Ruiz said she sent the emails.", "Ruiz admitted she sent the emails.", []],
  ["\"Release the report now,\" Ms. Warren wrote on Twitter.", "\"Release the report now,\" Mr. Sanders wrote on Twitter.", ["attribution/medium"]],
  ["Police said the gunman fled, according to Sgt. Mike Miller.", "Police said the gunman fled, according to Capt. Ann Lee.", ["attribution/medium"]],
  // Two kinds of source (police and witnesses, family and police, anonymous sources and an official): medium.
  ["The gunman fled on foot, Capt. Jeff Butler said.", "The gunman fled on foot, witnesses said.", ["attribution/medium"]],
  ["The gunman was a friend, the victim's family said.", "The gunman was a friend, police said.", ["attribution/medium"]],
  ["Several sources identified the driver as Tom Hale.", "A police spokesman identified the driver as Tom Hale.", ["attribution/medium"]],
  // Two people saying different things about one subject made two statements: no source set against another.
  ["His client was fired on Friday afternoon, attorney Aitan Gold said.", "The bureau's Office of Professional Responsibility said Mr. Stone should be suspended for 60 days.", []],
  ["Critics of the rule say it was never meant for visitors.", "Ann Ruiz, a former adviser, said the rule rests on a misreading of the 1898 ruling.", []],
  // One outlet has it from another news outlet, the other from a source of its own: medium; the other
  // crediting nobody: none (a credit one outlet adds); both relaying one outlet is no relay finding (the
  // source only one names as "according to" stays low); a source telling a channel ("told CNN") relays nothing.
  ["The victim was a sophomore, says FOX 5.", "Ana Ruiz, a spokeswoman for Lakeside School District, said the victim was a sophomore.", ["attribution/low", "attribution/medium"]],
  // Both name one speaker, one crediting the outlet that reported the remark: a credit, low.
  ["Lakeside School District said the victim was a sophomore, says FOX 5.", "Ana Ruiz, a spokeswoman for Lakeside School District, said the victim was a sophomore.", ["attribution/low"]],
  [
    "\"You cannot end the program with an order,\" the House speaker said Tuesday on a local radio station, according to Bloomberg News.",
    "House Speaker Ann Ruiz said in an interview on Tuesday that the president cannot end the program with an order.",
    ["attribution/low", "attribution/low"],
  ],
  ["The victim was a sophomore, according to local media reports.", "The victim was a sophomore at Lakeside High.", []],
  ["The victim was a sophomore, says FOX 5.", "The victim was a sophomore at Lakeside High.", []],
  ["The victim was a sophomore, the Lakeside Gazette reported.", "The victim was a sophomore, according to the Lakeside Gazette.", []],
  // A channel only one side names is a detail it adds.
  ["Ruiz said in a statement that the plan was cynical.", "Ruiz said the plan was cynical.", []],
  ["Ruiz told CNN that the victim was a sophomore.", "Ruiz said the victim was a sophomore.", []],
  // One source named in full and in short; a body by its initials after whose it is.
  ["The fire started in a sixth-floor unit, according to Fire Chief Marcus Bell.", "The fire started in a sixth-floor unit, according to Bell.", []],
  ["England's Football Association said players would wear black armbands at the next match.", "The FA said England players would wear black armbands in their next match.", []],
  // One agency written three ways is one source.
  ["The quake struck at 9:27 a.m., according to the U.S. Geological Survey.", "The quake struck at 9:27 a.m., according to the US Geological Survey.", []],
  ["The quake struck at 9:27 a.m., according to the USGS.", "The quake struck at 9:27 a.m., according to the U. S. Geological Survey.", []],
  ["The quake struck at 9:27 a.m., according to the USGS.", "The quake struck at 9:27 a.m., according to the European Seismological Centre.", ["attribution/medium"]],
  // Media reports a speaker cites inside a quotation are the speaker's words, not the outlet's relay.
  ["\"Now, media reports say the mayor ordered the audit,\" Ruiz said.", "The mayor ordered the audit, Ruiz said.", []],
  // The people a minister speaks for, or a named official: one source described two ways, low at most.
  ["The pirates came from Somalia and Yemen, Sinha said.", "The Indians say the pirates came from Somalia and Yemen.", ["attribution/low"]],
  ["The Lakeside Gazette reported that the victim was a sophomore.", "The Lakeside Gazette first reported that the victim was a sophomore, the district said.", []],
  // A no-comment is no stance; a statement on Twitter is a tweet.
  ["A spokesman for the prosecutor could not confirm, deny or comment on the case.", "Spokesmen for the prosecutor declined to comment on the case.", []],
  ["Zinke said in a statement on Twitter that the decision was on hold.", "Zinke said in his own tweet that the decision was on hold.", []],
  // A statement sent by e-mail: "in a statement" and "in an e-mail" may be one message; a letter is another channel.
  ["\"The plan is cynical,\" Ruiz said in a statement.", "\"The plan is cynical,\" Ruiz said in an e-mail.", []],
  ["\"The plan is cynical,\" Ruiz said in a statement.", "\"The plan is cynical,\" Ruiz said in an email to reporters.", []],
  ["\"The plan is cynical,\" Ruiz said in an e-mail.", "\"The plan is cynical,\" Ruiz said at a news conference.", ["attribution/medium"]],
  // A statement on Twitter is a statement and a tweet; a statement against a tweet is two channels.
  ["Zinke said in a statement on Twitter that the decision was on hold.", "Zinke said in a statement that the decision was on hold.", []],
  ["Zinke said in a statement that the decision was on hold.", "Zinke tweeted that the decision was on hold.", ["attribution/medium"]],
  // A person and a document each quoted in their own words, worded apart: two statements, not one claim attributed two ways.
  [
    "\"I am afraid that the mayor's budget reflects the values of a bookkeeper rather than those of the city,\" said Father Ruiz.",
    "\"Your budget appears to reflect the values of your favorite accountant rather than the city's,\" says the letter.",
    [],
  ],
  // Telling reporters is said aloud: the same channel as a news conference or an interview, another
  // than a statement or a tweet; a memo opening the sentence is its channel.
  ["Keller said in a statement that she would appeal the verdict.", "Keller told reporters after the hearing that she would appeal the verdict.", ["attribution/medium"]],
  ["Keller told a news conference that she would appeal the verdict.", "Keller told reporters that she would appeal the verdict.", []],
  ["Keller said in an interview that she would appeal the verdict.", "Keller told reporters that she would appeal the verdict.", []],
  ["Chief executive Dana Fox said on a call with analysts that 1,200 jobs would be cut.", "In a memo to employees, chief executive Dana Fox said 1,200 jobs would be cut.", ["attribution/medium"]],
  ["In a statement, the company said 1,200 jobs would be cut.", "The company said 1,200 jobs would be cut.", []],
  // A speaker described between commas is still the speaker: a place with its state, an age, a name after a role.
  ["Alvero, based in Columbus, Ohio, said the defect was linked to a faulty thermostat.", "The Consumer Product Safety Commission said the defect was linked to a faulty thermostat.", ["attribution/medium"]],
  ["Her lawyer, John Smith, said she would appeal the verdict.", "Prosecutor Ann Lee said she would appeal the verdict.", ["attribution/medium"]],
  ["Jane Roe, 54, a nurse at Mercy Hospital, said the strike would go on.", "Roe said the strike would go on.", []],
  ["Rep. Ann Roe, in an interview on Wednesday, said the plan was dead.", "Gov. Tom Hale said the plan was dead.", ["attribution/medium"]],
  // A video is a format that may be posted on Twitter: no conflict; a video against a news conference is two channels.
  ["In a Twitter post late Tuesday, Hale said the image was too disturbing.", "Hale said in a video that the image was too disturbing.", []],
  ["Hale said at a news conference that the image was too disturbing.", "Hale said in a video that the image was too disturbing.", ["attribution/medium"]],
  // A source against a channel answers who and how: low.
  ["Two teenagers were charged, according to Chicago police.", "Two teenagers were charged, Davis said in a statement.", ["attribution/low", "attribution/low"]],
  // A stance in the outlet's wording ("said" / "claimed", "denied") is none; one speaker described two ways, or police against officials: low.
  ["Kim said the plan failed.", "Kim claimed the plan failed.", []],
  ["Downer said the Kurds had not asked for asylum.", "Downer claimed the Kurds had not asked for asylum.", []],
  ["Kim said the plan never existed.", "Kim denied the plan existed.", []],
  ["Romney said the plan would fail.", "The presumptive Republican nominee said the plan would fail.", ["attribution/low"]],
  ["The gunman fled on foot, officials said.", "The gunman fled on foot, police said.", ["attribution/low"]],
  // A police department by its initials is the police.
  ["She was pronounced dead at the hospital, police said.", "She was pronounced dead at the hospital, the NYPD said.", []],
  ["She was pronounced dead at the hospital, police said.", "She was pronounced dead at the hospital, the FBI said.", ["attribution/low"]],
  // An umbrella word ("authorities", "officials") may cover the prosecutors another outlet names: low; two named bodies stay two sources.
  ["Prosecutors said the man fled to Mexico.", "Authorities said the man fled to Mexico.", ["attribution/low"]],
  ["U.S. officials said the man fled to Mexico.", "Prosecutors said the man fled to Mexico.", ["attribution/low"]],
  ["Prosecutors said the man fled to Mexico.", "Police said the man fled to Mexico.", ["attribution/medium"]],
  // The two sides of a case: its prosecutors against the defendant's own lawyers, however each is said;
  // a prosecutor's office said by its attorney, or by its staff as a group, is the prosecutors.
  ["Defence counsel told the jury the CCTV footage was unclear.", "The prosecution told the jury the CCTV footage was unclear.", ["attribution/medium"]],
  ["Prosecutors said the man fled to Mexico.", "His lawyer said the man fled to Mexico.", ["attribution/medium"]],
  ["The district attorney said the man fled to Mexico.", "Prosecutors said the man fled to Mexico.", []],
  ["The attorney general said the law was unconstitutional.", "The state's lawyers said the law was unconstitutional.", []],
  ["Prosecuting counsel said the defendant had shown no remorse.", "Prosecutors said the defendant had shown no remorse.", []],
  ["The state attorney's office said it would seek the death penalty.", "Prosecutors said they would seek the death penalty.", []],
  // An exit poll against the body that counts the votes: two kinds of source; a survey is a report.
  ["The opposition won 88 seats, according to the electoral commission.", "The opposition won 88 seats, according to an exit poll.", ["attribution/medium"]],
  ["Factory output grew for a third month in September, according to a report released on Monday.", "Factory output grew for a third month in September, according to a survey released on Monday.", []],
  // Two bodies named for one field may be one body named two ways; two fields, two bodies.
  ["The bridge was damaged, according to the state transport commission.", "The bridge was damaged, according to the state transport department.", []],
  ["The company was fined, according to the federal trade commission.", "The company was fined, according to the consumer protection agency.", ["attribution/medium"]],
  // A club speaks as a business does: against a party's own lawyer, two sources.
  ["The club said the striker had rejected the offer.", "His lawyer said the striker had rejected the offer.", ["attribution/medium"]],
  ["Authorities said the man fled to Mexico.", "The man fled to Mexico, the family said.", ["attribution/medium"]],
  ["Authorities said the man fled to Mexico.", "His lawyer said the man fled to Mexico.", ["attribution/medium"]],
  ["Authorities said the man was armed.", "Police union officials said the man was armed.", ["attribution/medium"]],
  // A body the tagger reads as an adjective ("The military said"), and organisers, are sources of their own.
  ["The health ministry said 24 people were killed in Rafah.", "The military said 24 people were killed in Rafah.", ["attribution/medium"]],
  ["Police said 25,000 people took part in the march.", "Organisers said 25,000 people took part in the march.", ["attribution/medium"]],
  ["The military said the drill was routine.", "Military officials said the drill was routine.", []],
  // The armed forces and their ministry speak as one; organisers for a race's officials.
  ["The military said 12 soldiers were killed.", "The army said 12 soldiers were killed.", []],
  ["The military said 12 soldiers were killed.", "Russia's defence ministry said 12 soldiers were killed.", []],
  ["Organizers said 5,000 runners took part.", "Race officials said 5,000 runners took part.", ["attribution/low"]],
  // A speaker the other sentence relays, in either spelling, is not a second source.
  ["Organisers said 50,000 people marched.", "Police said 20,000 people marched, while organisers put the figure at 50,000.", ["attribution/low"]],
  ["The indictment says the officers hacked the servers.", "The officers hacked the servers, Deputy Attorney General Rod Hale said.", ["attribution/low"]],
  ["Neighbors reported hearing shots before midnight.", "Authorities said neighbors reported hearing shots.", ["attribution/low"]],
  ["The gunman fled on foot, Sgt. Ann Lee said.", "The gunman fled on foot, a city official said.", ["attribution/low"]],
  // Press and news conference, one kind of unnamed speaker, a spelling, a pronoun, a source's initials: nothing.
  ["Kim said so at a press conference.", "Kim said so at a news conference.", []],
  ["The gunman fled on foot, police said.", "The gunman fled on foot, officers said.", []],
  ["The gunman fled on foot, Detective Wilking said.", "The gunman fled on foot, Detective Wilkig said.", []],
  ["The gunman fled on foot, he said.", "The gunman fled on foot, Capt. Jeff Butler said.", []],
  ["The film is delayed, according to THR.", "The film is delayed, according to The Hollywood Reporter.", []],
  ["The quake was 2.7 miles deep, according to the USGS.", "The quake was 2.7 miles deep, according to the U.S. Geological Survey.", []],
  // A record and the person it records, or who reads it out, are one voice; a record and someone it does not name are two.
  ["\"People love you and you win,\" Ms. Tlaib told the crowd Thursday night.", "\"People love you and you win,\" the video showed Tlaib telling supporters.", []],
  ["\"Your actions are incompatible with your duty as chairman,\" the letter stated.", "Reading from a letter signed by every member, Mr. Conaway added, \"Your actions are incompatible with your duties as chairman.\"", []],
  ["The mayor will close three schools next year, the letter stated.", "The mayor will close three schools next year, Mr. Conaway said.", ["attribution/low"]],
  // So are a report and the outlet it names, and a person and who speaks for them; not someone else's lawyer.
  ["The messages were first reported by The Atlantic, which published copies of them.", "Ruiz exchanged messages with the group in 2016, according to a report in The Atlantic published Monday.", []],
  ["Hale's lawyer said on Monday that Hale would not comply with the subpoena from the committee.", "On Monday, Mr. Hale, in a letter from his legal team, rejected the subpoena from the committee.", []],
  ["The mayor will close three schools next year, Hale's lawyer said.", "The mayor will close three schools next year, Ruiz said.", ["attribution/low"]],
  // A government by its seat and by its name is one voice.
  ["The president offered him an unpaid post, the White House said on Friday.", "The White House offered him an unpaid post, the Obama administration said on Friday.", []],
  ["The Kremlin said the talks would resume on Monday.", "The Russian government said the talks would resume on Monday.", []],
  // Speakers named together, or a subject named as the claim's content, are not two speakers: low at most.
  ["\"We are thrilled to host the show,\" said Zadan and Meron jointly.", "\"We are thrilled to host the show,\" producers Craig Zadan and Neil Meron said.", ["attribution/low"]],
  ["France Telecom, which plans to send a boat, said the situation should be back to normal by Dec. 31.", "France Telecom said service should be back to normal by Dec. 31, Bloomberg News reported.", []],
  // Two people quoted in their own words made two statements, even on one subject.
  [
    "\"Governor Hale must publish the audit today,\" Ms. Ortiz wrote on Twitter.",
    "\"The audit needs to be published, every page of it, and the governor must answer questions under oath,\" said Sen. Paul Brandt.",
    [],
  ],
  // A speech verb with a noun for its object, or giving an instruction, attributes no claim.
  ["Rehnquist said race was not tailored to the university's asserted interest in diversity.", "Rehnquist wrote that race was not tailored to the university's interest in diversity.", []],
  ["The group claimed responsibility for the attack, police said.", "The group took responsibility for the attack, police said.", []],
  // Admitted to hospital is taken in, not a concession; admitted to lying is one.
  ["The girl was admitted to hospital, police said.", "The girl was taken to hospital, police said.", []],
  ["The clerk admitted to lying to auditors, prosecutors said.", "The clerk said she lied to auditors, prosecutors said.", []],
  ["Ryan called Akin and told him to step down.", "Akin confirmed that Ryan called him and told him to step down.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(attribution, a, b)).toEqual(expected);
});

test("a confirmation against a denial names and marks each side's verb", () => {
  const [a, b] = [side("NYT", "The ministry confirmed that the talks had failed."), side("HuffPost", "The ministry denied that the talks had failed.")];
  const stance = attribution(a, b).filter((f) => f.explanation.includes("stance"));
  expect(stance.map((f) => [f.severity, f.explanation])).toEqual([["medium", "NYT has “confirmed”; HuffPost has “denied”: a different stance towards the claim."]]);
  expect(stance[0]?.spans.map((s) => [s.side, (s.side === 0 ? a : b).features.text.slice(s.start, s.end)])).toEqual([
    [0, "confirmed"],
    [1, "denied"],
  ]);
});

test.each([
  // Arguing or insisting reports a claim as saying does; a document alleges what it states.
  ["Santorum said he never questioned the president's faith.", "Santorum insisted he never questioned the president's faith."],
  ["Critics say the amendment never applied to visitors.", "Critics argued the amendment never applied to visitors."],
  ["The indictment says Stone lied to Congress.", "The indictment alleges Stone lied to Congress."],
  // Rejecting an offer is an act, not a stance on a claim.
  ["Trump said $5 billion for the wall was non-negotiable.", "Trump publicly rejected a compromise of $2.5 billion for the wall."],
  // "Confirmed" states the claim as surely as "said".
  ["The company said the plant would close.", "The company confirmed the plant would close."],
  // A verb of purpose attributes nothing: "to confirm the report".
  ["Investigators searched for records to confirm the report that Hale lied.", "The report said Hale lied."],
  // Verbs of two people are two statements: "a report claiming" / "the office said".
  ["The Gazette claimed the audit was late.", "Mayor Ruiz said the audit was late."],
])("no difference of stance: %s / %s", (a, b) => {
  expect(attribution(side("A", a), side("B", b)).filter((f) => f.explanation.includes("stance"))).toEqual([]);
});

test("an outlet relaying the other outlet of the comparison is one reporting, read twice", () => {
  const relayed = "The victim was a sophomore at Lakeside High, The New York Times reported.";
  const own = "The victim was a sophomore at Lakeside High, the girl's family said.";
  const relays = (labelA: string, labelB: string) => {
    const [a, b] = [side(labelA, relayed), side(labelB, own)];
    return attribution(a, b)
      .filter((f) => f.explanation.includes("another news outlet"))
      .map((f) => f.severity);
  };
  expect(relays("HuffPost", "WSJ")).toEqual(["medium"]);
  expect(relays("HuffPost", "NYT")).toEqual([]);
  expect(relays("New York Times", "WSJ")).toEqual([]);
  // Cited by its short name: "the Times" is the source labelled "NYT".
  const short = (labelA: string, labelB: string) =>
    attribution(side(labelA, "The victim was a sophomore at Lakeside High, the Times reported."), side(labelB, own))
      .filter((f) => f.explanation.includes("another news outlet"))
      .map((f) => f.severity);
  expect(short("hpo", "nyt")).toEqual([]);
  expect(short("hpo", "wsj")).toEqual(["medium"]);
});

test.each([
  ["The district confirmed the victim was a sophomore, says FOX 5.", "FOX 5"],
  ["The victim was a sophomore, according to local media reports.", "local media reports"],
  ["The Lakeside Gazette reported that the victim was a sophomore.", "The Lakeside Gazette"],
  ["According to WXYZ-TV, the victim was a sophomore.", "WXYZ-TV"],
  // A body named by its initials, a source telling a channel, or a name of no outlet relays nothing.
  ["The virus has spread to 12 countries, WHO reported.", null],
  ["Ruiz told CNN that the victim was a sophomore.", null],
  ["The victim was a sophomore, said Vicente Fox.", null],
])("relayed outlet of %s", (text, outlet) => {
  expect(relaySource(text)?.text ?? null).toBe(outlet);
});

/** The sentences of one paragraph as `analyze` reads them: each line of a quotation knows who speaks it. */
function lines(paragraph: string) {
  const { text, sentences } = segment([paragraph]);
  return withQuotationSpeakers(
    text,
    sentences,
    sentences.map((s) => extractFeatures(s.text, { continuesQuotation: continuesQuotation(text, s) })),
  );
}

test("a line of a quotation is said where the quotation is attributed: in a statement, against a tweet", () => {
  const [, line] = lines('"The senator must be firm," Mr. Hale said in a statement. "If he is not ready to act, the summit should not go ahead."');
  const [, spoken] = lines('"The senator must be firm," Mr. Hale told reporters. "If he is not ready to act, the summit should not go ahead."');
  const tweet = side("B", 'Hale tweeted that if he "is not ready to act," the summit "should not go ahead."');
  if (!line || !spoken) throw new Error("no second line");
  const found = attribution({ label: "A", features: line }, tweet).filter((f) => f.explanation.includes("tweeted"));
  expect(found.map((f) => f.severity)).toEqual(["medium"]);
  expect(found[0]?.explanation).toContain("“in a statement” (where it attributes the quotation)");
  // The statement is marked where the quotation is attributed (sentence 0), the tweet in the line compared.
  expect(found[0]?.spans.map((s) => [s.side, s.elsewhere ?? null])).toEqual([
    [0, { sentence: 0, text: "in a statement" }],
    [1, null],
  ]);
  // Told reporters is said aloud: against a tweet, another channel.
  expect(attribution({ label: "A", features: spoken }, tweet).filter((f) => f.explanation.includes("tweeted")).map((f) => f.severity)).toEqual(["medium"]);
});

test("a relay credit beside the same speaker is low in a member of several sentences too", () => {
  const relaying = member(
    "A",
    "An order on the program would ensure a long legal battle, experts say.",
    "\"You cannot end the program with an order,\" the House speaker said Tuesday on a local radio station, according to Bloomberg News.",
  );
  const direct = side("B", "House Speaker Ann Ruiz said in an interview on Tuesday that the president cannot end the program with an order.");
  const relay = attribution(relaying, direct).filter((f) => f.explanation.includes("another news outlet"));
  expect(relay.map((f) => f.severity)).toEqual(["low"]);
});

test.each([
  // Two offices are two people; two bodies two sources.
  ['"We will not back down," the governor said of the teachers\' strike.', '"We will not back down," the mayor said of the teachers\' strike.', ["attribution/medium"]],
  ["The union said the emergency landing had been routine.", "Police said the emergency landing had been routine.", ["attribution/medium"]],
  ["The airline said the emergency landing had been routine.", "The pilots' union said the emergency landing had been routine.", ["attribution/medium"]],
  // A regulator and a business are two sources; so are an agency and a carmaker; one business in two words is one.
  ["Owners should stop using the heaters at once, regulators said.", "Owners should stop using the heaters at once, the company said.", ["attribution/medium"]],
  ["Owners should stop using the heaters at once, the agency said.", "Owners should stop using the heaters at once, the carmaker said.", ["attribution/medium"]],
  ["Owners should stop using the heaters at once, the carmaker said.", "Owners should stop using the heaters at once, the company said.", []],
  // A party that declined to comment on one side and is reported saying something on the other: medium;
  // another party's words, or both declining, are none.
  ["The county declined to comment on the lawsuit.", "A county spokeswoman said the county would fight the suit.", ["attribution/medium"]],
  ["The county declined to comment on the lawsuit.", "The family's lawyer said the county would fight the suit.", []],
  ["The county declined to comment on the lawsuit.", "The county declined to comment on the suit.", []],
  ["Spokesman Eric Thode declined to comment on the mediation order.", "\"We think it's great news,\" said spokesman Eric Thode.", []],
  ["Mary Lee declined to comment further, saying her post would speak for itself.", "\"It is not up to a show of hands,\" Mary Lee wrote.", []],
  // Researchers and a company are two sources; two sources after "according to" are one finding;
  // names that describe records ("Australian government figures") are no source.
  ["Relief began within four weeks, the company said.", "Relief began within four weeks, researchers said.", ["attribution/medium"]],
  ["The plant closed, according to Reuters.", "The plant closed, according to the Associated Press.", ["attribution/medium"]],
  ["Trade was worth $26 billion last year, Australian government figures show.", "Trade was worth $26 billion last year, according to Australian government figures.", []],
  // A business by its one-word name and as "the company" is one business.
  ["Halvard said the recall will be widened to Canada.", "The company said the recall will be widened to Canada.", []],
  // A business and its own officer or spokesperson are most often one voice: low at most.
  ["Sales did not recover in June, the company said.", "Sales did not recover in June, Chief Financial Officer Ann Lee said.", ["attribution/low"]],
  ["Sales did not recover in June, the retailer said.", "Sales did not recover in June, a spokeswoman for the retailer said.", []],
  // A body named or not, or described by a place ("its embassy in Lestin"): the ministry and the embassy, the coast guard and the navy are two sources.
  ["The Foreign Ministry announced on Friday that it had expelled eight diplomats.", "The country has expelled eight diplomats, its embassy in Vienna announced on Friday.", ["attribution/medium"]],
  ["Rescuers pulled 140 people from the water, the coast guard said.", "Rescuers pulled 140 people from the water, the navy said.", ["attribution/medium"]],
  // A hospital, its doctors and the coroner are a medical source, not the police; a generic role speaks
  // for the body named with it ("a hospital spokeswoman", "a police spokesman"), of its kind.
  ["Three patients remain in critical condition, the hospital said.", "Three patients remain in critical condition, police said.", ["attribution/medium"]],
  ["Three patients remain in critical condition, a hospital spokeswoman said.", "Three patients remain in critical condition, a police spokesman said.", ["attribution/medium"]],
  ["Three patients remain in critical condition, a hospital spokeswoman said.", "Three patients remain in critical condition, a hospital official said.", []],
  ["Three patients remain in critical condition, a police spokesman said.", "Three patients remain in critical condition, police said.", []],
  ["The hiker died at the scene, the coroner said.", "The hiker died at the scene, police said.", ["attribution/medium"]],
  ["Twelve people were treated for smoke inhalation, the hospital said.", "Twelve people were treated for smoke inhalation, health officials said.", ["attribution/low"]],
  // A government holds its ministries: one may speak for it.
  ["The government said the hijackers had been caught.", "The ministry said the hijackers had been caught.", []],
  // A generic role says no office: one source described two ways.
  ["The official said the emergency landing had been routine.", "The spokesman said the emergency landing had been routine.", []],
  // A video statement is a statement; a post on social media may be on any network.
  ["Senator Maria Delgado said in a video statement on Monday that she would not seek re-election.", "Senator Maria Delgado said in a statement on Monday that she would not seek re-election.", []],
  ["Senator Maria Delgado said in a video on Monday that she would not seek re-election.", "Senator Maria Delgado said in a video statement on Monday that she would not seek re-election.", []],
  ['Prime Minister Ana Reyes wrote on X that the attack was "an outrage against our values."', 'Prime Minister Ana Reyes said in a post on social media that the attack was "an outrage against our values."', []],
  ["Senator Maria Delgado said in a video statement on Monday that she would not seek re-election.", "Senator Maria Delgado said at a news conference on Monday that she would not seek re-election.", ["attribution/medium"]],
])("who said it, and how: %s / %s", (a, b, expected) => {
  expect(kindsOf(attribution, a, b)).toEqual(expected);
});

test("two words for one business are one source", () => {
  expect(kindsOf(attribution, "The company said the emergency landing had been routine.", "The airline said the emergency landing had been routine.")).toEqual([]);
  expect(kindsOf(attribution, "The bank said profits rose.", "The firm said profits rose.")).toEqual([]);
});

test("a quotation's \"she said\" is the person the sentence before names: another named speaker is another source", () => {
  const [, line] = lines('Dr. Rosa Ibarra, the clinic\'s director, urged parents to stay calm. "Children who feel well can go back to school on Monday," she said.');
  if (!line) throw new Error("no second line");
  const other = (text: string) => attribution({ label: "A", features: line }, side("B", text));
  const found = other('"Children who feel well can go back to school on Monday," county health officer Mark Lund said.');
  expect(found.map((f) => [f.severity, f.explanation])).toEqual([["medium", "A attributes it to “Dr. Rosa Ibarra”; B to “county health officer Mark Lund”."]]);
  // The pronoun is marked, in the sentence compared.
  expect(found[0]?.spans.map((s) => [s.side, line.text.slice(s.start, s.end)])[0]).toEqual([0, "she"]);
  // The same person, or her name misspelled by one letter, is one source.
  expect(other('"Children who feel well can go back to school on Monday," said Ibarra.')).toEqual([]);
  expect(other('"Children who feel well can go back to school on Monday," said Ibara.')).toEqual([]);
});

test("one stance verb, denied on one side, is the negation's finding, not a stance told two ways", () => {
  expect(kindsOf(attribution, "Prescott conceded late Tuesday night.", "Prescott has not conceded.")).toEqual([]);
  expect(kindsOf(attribution, "Prescott conceded late Tuesday night.", "Prescott denied he had lost.")).toEqual(["attribution/medium"]);
});

test.each([
  // Stance verbs of two parties ("the suspect acknowledged" / "the suspect's lawyer disputed"): two stances, not one claim's.
  ["Officers said the suspect acknowledged that he fired the gun during the argument.", "The suspect's lawyer disputed the police account of the argument that led to the shooting.", []],
  ["The ministry confirmed the ambassador would leave.", "The ministry denied the ambassador would leave.", ["attribution/medium"]],
  // An unnamed source against a named one, on sentences that share little: perhaps two claims, low.
  [
    "“The description of his testimony is not accurate,” Peter Carr, a spokesman for the special counsel, said.",
    "One person familiar with the testimony said that Cohen did not state that he had been pressured to lie.",
    ["attribution/low"],
  ],
  ["Brandt fired four shots, the company said in a statement.", "Brandt fired four shots, according to a person familiar with the matter.", ["attribution/medium"]],
])("two parties or two claims: %s / %s", (a, b, expected) => {
  expect(kindsOf(attribution, a, b)).toEqual(expected);
});

test("one who 'admitted herself to' a clinic checked in; she is not the source of the claim", () => {
  const found = findingsOf(attribution, "Jane Roe checked into the Harbor Clinic late Thursday, sources told the Daily Ledger.", "After leaving rehab, Jane Roe admitted herself to the Harbor Clinic, according to Gazette.com.");
  expect(found.map((f) => f.explanation).join(" ")).not.toContain("from “Jane Roe”");
  expect(found.some((f) => f.explanation.includes("Gazette"))).toBe(true);
});
