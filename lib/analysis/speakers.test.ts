import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { sameSpeaker, speakerOf } from "./speakers";

const who = (sentence: string) => {
  const s = speakerOf(extractFeatures(sentence));
  return s ? { text: s.text, named: s.named } : null;
};

test.each([
  // The subject of the verb of saying, before or after it; a party tag in brackets is skipped.
  ["The gunman fled on foot, Capt. Jeff Butler said.", { text: "Capt. Jeff Butler", named: true }],
  // "in" inside a title: "Special Agent in Charge".
  ['"The people deserved better," FBI Special Agent in Charge Thomas Hadley said.', { text: "FBI Special Agent in Charge Thomas Hadley", named: true }],
  ["Washington Gov. Jay Inslee (D) announced Monday that he would ban state-funded travel.", { text: "Washington Gov. Jay Inslee", named: true }],
  ['"Nobody got everything they wanted," Rep. Ana Calloway (D-N.Y.) said.', { text: "Rep. Ana Calloway", named: true }],
  ["The gunman was a friend, police said.", { text: "police", named: false }],
  // An "and" or "&" inside a body's name, a comma of its list; two people's names are not one.
  ["The Centers for Disease Control and Prevention said the strain was resistant.", { text: "Centers for Disease Control and Prevention", named: true }],
  ["The Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun was bought legally.", { text: "Bureau of Alcohol, Tobacco, Firearms and Explosives", named: true }],
  ["The National Oceanic and Atmospheric Administration said the storm would strengthen.", { text: "National Oceanic and Atmospheric Administration", named: true }],
  ["Procter & Gamble said sales fell.", { text: "Procter & Gamble", named: true }],
  ["Smith and Jones said the deal was dead.", { text: "Jones", named: true }],
  // "according to" a body its names only begin.
  ["Some 40,000 people have fled, according to the U.N. refugee agency.", { text: "U.N. refugee agency", named: false }],
  // The first attribution is the claim's: a verb of saying after "according to" reports what it attributes.
  ["According to a court filing, Lee went to the depot to buy a rifle. Lee said Cole showed him two rifles.", { text: "court filing", named: false }],
  ["According to the sheriff, the driver said he had not seen the cyclist.", { text: "sheriff", named: false }],
  ["The launch went ahead according to plan, the agency said.", { text: "agency", named: false }],
  ["The money was spent according to the budget, the mayor said.", { text: "mayor", named: false }],
  ["The officers acted according to department policy, Chief Ana Ruiz said.", { text: "Chief Ana Ruiz", named: true }],
  ["According to court records, Lee went to the depot. Lee said Cole showed him two rifles.", { text: "court records", named: false }],
  ["According to police, the man fled on foot. He said nothing.", { text: "police", named: false }],
  ["The driver said he had not seen the cyclist, according to the sheriff.", { text: "driver", named: false }],
  // A name and its description before the verb: the person, described.
  ["Ana Ruiz, a spokeswoman for the Lakeside School District, said the teen was a sophomore.", { text: "Ana Ruiz, a spokeswoman for the Lakeside School District", named: true }],
  ["The suspect, a 23-year-old man, said nothing.", null],
  // A noun after a preposition is no speaker; only verbs of saying put the speaker after them.
  ["The counsel investigating interference in the 2016 election disputed the account.", null],
  ["The company said the situation should be back to normal by Friday.", { text: "company", named: false }],
  // A verb that opens a quotation gives its subject's words ("demanded Barr “release ...”"); without a quotation it attributes nothing.
  ["Rourke demanded Barr “release the full report to the American people.”", { text: "Rourke", named: true }],
  ["Rourke demanded the full report.", null],
  // In the passive, the agent after "by" speaks.
  ["The charges were announced by U.S. Attorney Marcus Delgado.", { text: "U.S. Attorney Marcus Delgado", named: true }],
  ["The plan was announced by the company on Monday.", { text: "company", named: false }],
  ["The victim was identified by Prince George's County Police as Diego Ruiz.", { text: "Prince George's County Police", named: false }],
  ["He was arraigned after police say he shot his friend.", { text: "police", named: false }],
  // A verb of saying inside a quotation is the speaker's word; the attribution follows it.
  ["\"I'm not ashamed to admit I'm a Christian,\" says Perry.", { text: "Perry", named: true }],
  // A piece of a quotation the outlet cut off: its verbs of saying are the speaker's.
  ["\"Trump says he wants to run the nation like he is running his business?", null],
  // A day is never who said it; a pronoun says nothing.
  ["The committee announced Monday that hearings would resume.", { text: "committee", named: false }],
  ["The gunman fled on foot, he said.", null],
  // A time between the subject and its verb says when: the subject is before it, or there is none.
  ["The mayor this morning says she will not resign.", { text: "mayor", named: false }],
  ["The council last week announced a new budget.", { text: "council", named: false }],
  ["The president on Monday said the deal was dead.", { text: "president", named: false }],
  // A month in a name is no time ("Mrs. May"): not read as a speaker at all, rather than as "Mrs.".
  ["Mrs. May said the deal was dead.", null],
  ["The union pushed back on the report but at the same time acknowledged that pay cuts were possible.", null],
  // Only records, documents and data show what someone asserts; "shows" after a plural noun is the verb.
  ["Public records show that he was arrested twice in 2019.", { text: "Public records", named: false }],
  ["He has a long criminal history in the state, court records show.", { text: "court records", named: false }],
  ["The sharpness of their attacks showed that they did not fear a backlash.", null],
  // A people or a party after "the" is a group, not one named person; an outlet stays named.
  ["The Indians say the pirates came from Somalia.", { text: "Indians", named: false }],
  ["The Times said the deal was off.", { text: "Times", named: true }],
  // In the passive the subject was spoken to; a participle before a noun attributes nothing.
  ["The trial was delayed because the next witness had been threatened with death.", null],
  ["The senator quit on Friday, The Lakeside Gazette is reporting.", { text: "Lakeside Gazette", named: true }],
  ["The senator's reported choice for the post, Ann Lee, could bring star power.", null],
  // A participle's clause between the name and the verb describes the person ("campaigning" tagged a noun or not); whom it is told to is no speaker.
  ["Mr. Hale, asked if he backed the plan, said he did.", { text: "Mr. Hale", named: true }],
  ["Former Senator Ana Hale, campaigning in Ohio on Friday night, told reporters that the plan was dead.", { text: "Former Senator Ana Hale", named: true }],
  // A relative clause between the name and the verb: the named person.
  ["Former FBI Director James Comey, who led the investigation, said he believed the emails were forwarded.", { text: "Former FBI Director James Comey", named: true }],
  // A possessive and an age before the name: the named person.
  ['"They were good friends," said his 20-year-old daughter Ana Ruiz.', { text: "20-year-old daughter Ana Ruiz", named: true }],
  ['"They were good friends," said her sister.', { text: "sister", named: false }],
  // Opening the sentence, a name WordNet lists only in rare senses is a name; an everyday word is not.
  ["Warner said in a statement that the report must go to Congress.", { text: "Warner", named: true }],
  ["Warren wrote that the people deserve the full report.", { text: "Warren", named: true }],
  ["Witnesses said the car sped away.", { text: "Witnesses", named: false }],
  // A text after the verb is what was written, not who wrote it; a person after it is the speaker.
  ["On Friday, the aide, 31, wrote an open letter to the mayor on her page, saying the plan failed.", null],
  ['"The plan failed," said a police spokesman.', { text: "police spokesman", named: false }],
])("%s", (sentence, expected) => {
  expect(who(sentence)).toEqual(expected);
});

test.each([
  // An unnamed speaker whose word the other's name holds is that body.
  ["According to the Lakeside Police Department, the driver arrived at the hospital at 2 a.m.", "Police say it happened before 2 a.m.", true],
  ["The Foreign Ministry said the talks would resume.", "The ministry said talks would resume on Monday.", true],
  // Two bodies, or a person and a body of another kind, are not.
  ["The ministry said the talks would resume.", "The embassy said the talks would resume.", false],
  ["The Lakeside Police Department said the driver fled.", "The family said the driver fled.", false],
  // A possessor is not the one who speaks.
  ["Jane Roe, the suspect's lawyer, said he was innocent.", "The suspect said he was innocent.", false],
  ["Jane Roe, the victim's mother, said he was at home.", "The victim said he was at home.", false],
])("one speaker: %s / %s", (x, y, same) => {
  const [a, b] = [speakerOf(extractFeatures(x)), speakerOf(extractFeatures(y))];
  expect(a && b ? sameSpeaker(a, b) : null).toBe(same);
});

test("a speaker is named in the sentence's own words, not only the words read for it", () => {
  expect(who("Family at the scene says the girl shot herself.")).toEqual({ text: "Family at the scene", named: false });
  expect(who("The girl shot herself, according to the prosecutor's office.")).toEqual({ text: "prosecutor's office", named: false });
  expect(who("The girl shot herself, the county's sheriff said.")).toEqual({ text: "county's sheriff", named: false });
});

test("a named speaker's words are the name after the title, not the team or body before it", () => {
  const words = (sentence: string) => [...(speakerOf(extractFeatures(sentence))?.words ?? [])];
  expect(words('"We have no excuses," said Harbor City captain Luis Ferreira.')).toEqual(["luis", "ferreira"]);
  expect(words("The Harbor City coach Pieter Janssen said the team had no excuses.")).toEqual(["pieter", "janssen"]);
  // Two people of one team are two speakers, not one relaying the other.
  const a = speakerOf(extractFeatures('"We have no excuses," said Harbor City captain Luis Ferreira.'));
  const b = speakerOf(extractFeatures('Harbor City coach Pieter Janssen said: "We have no excuses."'));
  expect(a && b ? sameSpeaker(a, b) : null).toBe(false);
});
