import { expect, test } from "vitest";
import { extractFeatures } from "../features";
import { findingsOf, kindsOf, member, side } from "../../testing/rules";
import { withOccasions } from "../occasions";
import { paraphraseSpan, quotes } from "./quotes";

test.each([
  // A figure or a negation changed inside the words both keep is a misquote however few words it
  // touches: medium; a cut at an end stays low, whatever the cut words hold; a figure in words or digits is one.
  ["\"We've lost the number two engine and we're coming back,\" the pilot said.", "\"We've lost the left engine and we're coming back,\" the pilot said.", ["quote/medium"]],
  ["\"We will sign the deal this week and move on,\" Ruiz said.", "\"We will not sign the deal this week and move on,\" Ruiz said.", ["quote/medium"]],
  // A short quotation is compared only for a negation, a figure or a modal turned; a modal turned in a longer one is a misquote too.
  ["\"He showed no remorse,\" the judge said.", "\"He showed remorse,\" the judge said.", ["quote/medium"]],
  ["\"We will appeal,\" the city attorney said.", "\"We may appeal,\" the city attorney said.", ["quote/medium"]],
  ["\"We will win,\" Ruiz said.", "\"We will fight,\" Ruiz said.", []],
  // ... but one filling the same place of sentences otherwise word for word alike is the speaker's words told two ways: worth a look.
  ["She called the ruling \"a total disgrace.\"", "She called the ruling \"an utter disgrace.\"", ["quote/low"]],
  ["The mayor called the council's plan \"fiscally irresponsible\" and vowed a veto.", "The mayor called the council's plan \"fiscally reckless\" and vowed a veto.", ["quote/low"]],
  ["The mayor called the council's plan \"a disgrace\" and vowed a veto.", "The mayor called the council's plan \"an absolute disgrace\" and vowed a veto.", []],
  ["The mayor called the council's plan \"fiscally irresponsible\" and vowed a veto.", "The governor called the council's plan \"fiscally reckless\" and vowed a veto.", []],
  // (Not lines that open their sentences, which may be two lines of one statement, nor a frame of a word or two.)
  ["\"We are devastated,\" the family said in a statement.", "\"We are heartbroken,\" the family said in a statement.", []],
  ["It was \"a disgrace.\"", "It was \"a tragedy.\"", []],
  // (Nor a remark of its own: what stands between two quotation marks may be the attribution, misread.)
  ["The mayor called the council's plan \"a reckless waste of the city's money this year\" and vowed a veto.", "The mayor called the council's plan \"an irresponsible gamble with the savings of taxpayers\" and vowed a veto.", []],
  ["The senator said the bill \"will pass\" the House.", "The senator said the bill \"might pass\" the Senate.", []],
  ["\"He showed no remorse\", the judge said.", "\"He showed remorse\", the judge said.", ["quote/medium"]],
  ["\"Prices would rise if the tariffs stay,\" Ruiz said.", "\"Prices could rise if the tariffs stay,\" Ruiz said.", ["quote/low"]],
  ["\"We will appeal the ruling quickly,\" Ruiz said.", "\"We may appeal the ruling quickly,\" Ruiz said.", ["quote/medium"]],
  ["\"We hired 200 nurses, and we will hire 300 more,\" Ruiz said.", "\"We hired 200 nurses,\" Ruiz said.", ["quote/low"]],
  ["\"We've lost the number two engine and we're coming back,\" the pilot said.", "\"We've lost the number 2 engine and we're coming back,\" the pilot said.", []],
  // One quotation denies what the other asserts, worded apart around the denial: medium; both with a negation, or no word denied in common: as worded.
  ["\"Customer data was not affected,\" the company said in a statement.", "\"Some customer data may have been affected,\" the company said in a statement.", ["quote/medium"]],
  ["\"We found no sign of tampering at any polling site,\" Ruiz said.", "\"We found some sign of tampering at one polling site,\" Ruiz said.", ["quote/medium"]],
  ["\"Nobody was hurt, thank God,\" the owner said.", "\"Thank God nobody was seriously hurt,\" the owner said.", ["quote/low"]],
  ["\"This is not a time for politics,\" Lee said.", "\"This is a time for unity, not politics,\" Lee said.", ["quote/low"]],
  ["\"I never said that,\" Lee told reporters.", "\"I said that we would win,\" Lee told reporters.", ["quote/low"]],
  ["\"We do not negotiate with terrorists,\" the minister said.", "\"We negotiate with allies before we act,\" the minister said.", ["quote/low"]],
  ["\"Drivers who do not need to travel should stay off the roads,\" the mayor said.", "\"Drivers need to stay off the roads,\" the mayor said.", ["quote/low"]],
  ["\"Why would we not support teachers who work this hard?\" the senator asked.", "\"We support teachers who work this hard,\" the senator said.", ["quote/low"]],
  ["\"The company has not filed for bankruptcy,\" the spokesperson said.", "\"The company has filed for bankruptcy protection,\" the spokesperson said.", ["quote/medium"]],
  ["\"We want the right candidate chosen to defeat this administration,\" Trump said.", "\"We want the right candidate chosen to defeat this administration, but if that candidate is not the right one, I am not willing to give up my right to run,\" Trump said.", ["quote/low"]],
  // A word or two swapped inside a quotation otherwise word for word is a misquote however long the
  // quotation; another form or spelling of one word, a name written two ways, a censored word or a
  // swapped small word is not.
  ["\"Tonight the voters chose stability, and we will not waste a single day,\" Ruiz said.", "\"Tonight the voters chose stability, and we will not waste a single hour,\" Ruiz said.", ["quote/medium"]],
  ["\"We are making difficult but necessary choices to focus on our software business,\" Ruiz said.", "\"We are making painful but necessary choices to focus on our software business,\" Ruiz said.", ["quote/medium"]],
  ["\"We are making the hard decisions to focus on our software business,\" Ruiz said.", "\"We are making the hard decision to focus on our software business,\" Ruiz said.", ["quote/low"]],
  ["\"Your conduct is incompatible with your duty as chairman of this committee,\" the letter said.", "\"Your conduct is incompatible with your duties as chairman of this committee,\" the letter said.", ["quote/low"]],
  ["\"It looks like Muammar Qaddafi is going to beat the United States,\" Ruiz said.", "\"It looks like Moammar Gadhafi is going to beat the United States,\" Ruiz said.", []],
  // (A name as each house spells it, its Arabic article joined or not, is one name: nothing.)
  ["\"It looks like the strongman Qaddafi is going to beat the United States,\" Ruiz said.", "\"It looks like the strongman Gadhafi is going to beat the United States,\" Ruiz said.", []],
  ["\"It looks like al-Qaddafi is going to beat the United States,\" Ruiz said.", "\"It looks like Gadhafi is going to beat the United States,\" Ruiz said.", []],
  ["\"It looks like the mayor Lopez is going to beat the governor,\" Ruiz said.", "\"It looks like the mayor Perez is going to beat the governor,\" Ruiz said.", ["quote/low"]],
  // (A title abbreviated or written out, and words an outlet put in parentheses, are the house's, not the speaker's.)
  ["\"Senator Reid respects that but thinks the plant should be built someplace else,\" the aide said.", "\"Sen. Reid respects that but thinks the plant should be built someplace else,\" the aide said.", []],
  ["Ruiz said \"now it looks like (Mayor Ana) Hale is going to beat the United States.\"", "Ruiz said \"now it looks like (Mayor) Hale is going to beat the United States.\"", []],
  ["\"It was a major failure of coastal surveillance by the navy,\" Ruiz said.", "\"It was a major failure in coastal surveillance by the navy,\" Ruiz said.", ["quote/low"]],
])("a fact changed inside a quotation: %s / %s", (a, b, expected) => {
  expect(kindsOf(quotes, a, b)).toEqual(expected);
});

test.each([
  // Different words in one quotation: high or medium by how many they share.
  ["He said the country \"must be guaranteed its sovereignty and independence\".", "He said the country \"must have its sovereignty respected\".", ["quote/high"]],
  // A line of a longer quotation, its speaker named in another sentence: perhaps another remark, at
  // most medium; a line of a quotation no sentence attributes: one step less.
  ["Lee said: \"Voters must be guaranteed their say and their vote.\"", "He said: \"Voters must have their say respected.\"", ["quote/high"]],
  ["Lee said: \"Voters must be guaranteed their say and their vote.\"", "(continued) Voters must have their say respected.\"", ["quote/medium"]],
  ["Lee said: \"Voters must be guaranteed their say and their vote.\"", "(unattributed) Voters must have their say respected.\"", ["quote/medium"]],
  ["He called it an \"outrageous act aimed at a hidden agenda.\"", "(unattributed) It was an outrageous tactic aimed at a hidden agenda.", ["quote/low"]],
  ["He called it an \"outrageous act aimed at a hidden agenda.\"", "He called it an \"outrageous tactic aimed at a hidden agenda.\"", ["quote/medium"]],
  // Most of a short quotation inside a much longer one with other words around: a loose cut, medium.
  [
    "She said he \"at least sought to collude with the Russian government to undermine our democracy\" in 2016.",
    "She said he \"beyond the shadow of a doubt, sought to, however clumsily, collude with the Russian government, a foreign power, to undermine and influence our elections.\"",
    ["quote/medium"],
  ],
  // One quotation more than twice as long as the other: another line of a longer remark or a second remark on one point, medium.
  [
    "\"The new budget does not cut pensions,\" Ruiz said.",
    "\"It is not the purpose of the budget to cut anyone's pension, and no pension will be allowed to fall,\" Ruiz said.",
    ["quote/medium"],
  ],
  // As long as each other, the same words changed: high.
  [
    "\"The new budget must protect each pension and benefit,\" Ruiz said.",
    "\"The new budget must spare every pension,\" Ruiz said.",
    ["quote/high"],
  ],
  // One content word in common: two lines of one speech, low; "&" is "and".
  ["Trump said: \"We're talking about an invasion of our country.\"", "Trump said: \"It's an invasion. We have an invasion of drugs and criminals.\"", ["quote/low"]],
  ["\"We're talking about an invasion of our state,\" Hale said.", "\"We have an invasion of drugs and gangs coming into our state,\" Hale said.", ["quote/low"]],
  [
    "Zinke tweeted: \"President Trump and I have talked, and both believe that conservation and healthy herds are critical.\"",
    "Zinke tweeted that both \"believe that conservation & healthy herds are critical\" to the plan.",
    // ("&" is "and": the second quotes a run of the first word for word.)
    [],
  ],
  // One outlet quoting fewer of the speaker's words, word for word to the remark's end, quotes them alike: nothing.
  ["Lutz called it \"highly improper that a federal judge weighs in on a campaign.\"", "\"I think it's highly improper that a federal judge weighs in on a campaign,\" Lutz said.", []],
  ["Lutz called it \"deeply unfair to the voters of this state.\"", "\"I believe it's deeply unfair to the voters of this state,\" Lutz said.", []],
  ["Pratt urged an end to the \"mindset that if we disagree, we have to disqualify each other.\"", "\"It's time we get rid of this mindset that if we disagree, we have to disqualify each other,\" Pratt said.", []],
  // A cut of the remark's end, or of both ends, quotes fewer of its words: nothing. Unless what was left off
  // qualifies what was kept ("only", "for now", "not yet", "if ..."): low.
  ["He said \"we are prepared to respond to any attack on our allies\".", "He said \"we are prepared to respond\".", []],
  ["\"It's about some sham ideal, some sham doctrine,\" Pratt said in Dayton.", "\"It's about some sham ideal.\" Pratt said in Dayton.", []],
  ["The statement said Hale \"asserts his innocence of any wrongdoing\".", "Hale's lawyer said he \"asserts his innocence\" in the case.", []],
  ["\"We're not giving details of the call, but the lines of communication remain open,\" the statement said.", "The statement said \"the lines of communication remain open.\"", []],
  ["\"What I have is a spine,\" Hale said.", "\"What I have is a spine, and I want to move Ohio forward,\" Hale said.", []],
  ["\"We will raise taxes,\" she said.", "\"We will raise taxes on the rich only,\" she said.", ["quote/low"]],
  ["\"We will keep the plant open,\" she said.", "\"We will keep the plant open for now,\" she said.", ["quote/low"]],
  ["The board said it would \"keep the plant open\" after the vote.", "\"We will keep the plant open if the state pays for it,\" she said.", ["quote/low"]],
  ["The board said the plant would \"stay open\" after the vote.", "\"The plant will not stay open,\" she said.", ["quote/low"]],
  ["The board said the plant would \"stay open through the winter\" after the vote.", "\"The plant will stay open through the winter, but not beyond March,\" she said.", ["quote/low"]],
  // Nor a hedge left out before a few words set in the outlet's sentence: low.
  ["The senator called the deal \"possibly the worst in history.\"", "The senator called the deal \"the worst in history.\"", ["quote/low"]],
  ["The senator called the deal \"among the worst in history.\"", "The senator called the deal \"the worst in history.\"", ["quote/low"]],
  // Nor words that give the rest to someone else, deny or question it; nor "I think" before a statement: low.
  ["Ruiz said: \"My opponents say I am a liar.\"", "Ruiz said: \"I am a liar.\"", ["quote/low"]],
  ["He said: \"It's a lie that we will raise taxes.\"", "He said: \"we will raise taxes.\"", ["quote/low"]],
  ["Pratt said: \"Frankly, I think Hale is a liar.\"", "Pratt said: \"Hale is a liar.\"", ["quote/low"]],
  ["\"And I think that is a sham ideal,\" Pratt said.", "\"I think that is a sham ideal,\" Pratt said.", []],
  ["Pratt said it was \"a doctrine rooted in the charter.\"", "\"Oh, it's a doctrine rooted in the charter,\" Pratt said.", []],
  // A clause quoted from its conjunction on ("But ...", "And ..."): a cut, nothing, whatever the clause left out before it says.
  ["\"I didn't need to do this, but I'd rather do it much faster,\" Ruiz said.", "\"But I'd rather do it much faster,\" Ruiz said.", []],
  ["\"I have people who have been studying it and they cannot believe what they're finding,\" Ruiz said.", "Ruiz said: \"And they cannot believe what they're finding.\"", []],
  // What the speaker set apart with a full stop or an ellipsis is another sentence: left out, it qualifies nothing kept.
  ["Another man then tells the officer, \"We're here for a project.\"", "The cameraman replies, \"we're here for a project... we're just students.\"", []],
  ["\"Whatever we call it, we owe our troops support,\" Hale said.", "Hale said, \"We have learned something since I served... whatever we call it, we owe our troops support.\"", []],
  ["\"We owe our troops support,\" Hale said.", "Hale said, \"Not everyone agrees. We owe our troops support.\"", []],
  ["\"We will keep the plant open,\" she said.", "\"We will keep the plant open; only the night shift ends,\" she said.", []],
  // The speaker's own frame ("we write to inform you that") gives the rest to no one else; a letter the outlet recased is the speaker's word.
  ["The senators said they would not go forward with \"any bill until the budget has passed.\"", "Reid read the letter: \"[W]e write to inform you that we will not agree to proceed to any bill until the budget has passed.\"", []],
  // A figure counts before a few words set in the outlet's sentence only right beside them; a modal opening another predicate after them hedges nothing.
  ["Trump accused Mr. Hale of \"knowingly lying and leaking.\"", "\"Congressman Hale, who spent two years knowingly lying and leaking, should be forced to resign!\" Trump wrote.", []],
  ["The mayor said \"people were hurt\" in the blast.", "\"About 300 people were hurt,\" the mayor said.", ["quote/low"]],
  ["The mayor said the plan would \"keep the plant open\" this year.", "\"We will keep the plant open, should the state pay,\" the mayor said.", ["quote/low"]],
  // A phrase or clause opening the speaker's sentence, trimmed off before its comma, is a cut (unless it sets a
  // condition, denies or counts); a word of framing in it frames nothing after the comma; "provided" sets a condition only before "that".
  ["\"With today's ruling, committed couples will now be treated equally under the tax laws,\" Griffin said.", "\"Committed couples will now be treated equally under the tax laws,\" Griffin said.", []],
  ["\"Putting aside the question of who leaked them, we can say with confidence that we have no concerns,\" the lawyer said.", "\"We can say with confidence that we have no concerns,\" the lawyer said.", []],
  ["\"If the state pays for it, we will keep the plant open,\" she said.", "\"We will keep the plant open,\" she said.", ["quote/low"]],
  ["The lawyer said the firm \"paid every bill on time.\"", "\"The records provided to the council prove we paid every bill on time,\" the lawyer said.", []],
  ["\"We will pay every bill on time,\" the lawyer said.", "\"We will pay every bill on time, provided that the council agrees,\" the lawyer said.", ["quote/low"]],
  // A statement quoted from where the speaker's sentence did not open (bar a conjunction) is altered: low.
  ["\"Oh, not a doctrine rooted in the charter, a different doctrine,\" Pratt said.", "\"Not a doctrine rooted in the charter,\" Pratt said.", ["quote/low"]],
  // Unless the words one outlet left out deny or count: what it kept may say more than the speaker did (low).
  ["\"That is not the goal, growth is the goal,\" Pratt said.", "\"Growth is the goal,\" Pratt said.", ["quote/low"]],
  ["\"We will hire staff for 12 new clinics this year,\" the minister said.", "\"We will hire staff,\" the minister said.", ["quote/low"]],
  // Or hedge, or set a condition: what it kept is firmer than the remark (low).
  ["\"I believe that we have found the missing ledger,\" the auditor said.", "\"We have found the missing ledger,\" the auditor said.", ["quote/low"]],
  ["\"I think we made some mistakes with this exam,\" the dean said.", "\"We made some mistakes with this exam,\" the dean said.", ["quote/low"]],
  ["\"If necessary, I will back a recount in every county,\" Lutz said.", "\"I will back a recount in every county,\" Lutz said.", ["quote/low"]],
  // An excerpt with words left out inside it, words left out with an ellipsis, word forms changed, or a quotation interrupted by its attribution: low.
  ["He said \"we are prepared to respond to any attack on our allies\".", "He said \"we are prepared to respond to attacks on allies\".", ["quote/low"]],
  ["\"Instead of pursuing the real threats,\" Graham said, \"this administration chose to settle old scores.\"", "\"Instead of pursuing the real threats, this administration has chosen to settle old scores,\" Graham said.", ["quote/low"]],
  ["\"We challenge our internal teams to test new technologies,\" she said.", "\"We challenge our internal team to test new technology,\" she said.", ["quote/low"]],
  // Words the outlet put in square brackets are not the speaker's: the rest is a run of the other's words (nothing), or an excerpt (low).
  ["Governor Hale vows to end \"[Mayor Ana] Ruiz's war on small business\" in a new ad.", "\"As governor, I'll end Ruiz's war on small business,\" Hale says in the ad.", []],
  ["Governor Hale vows to end \"[Mayor Ana] Ruiz's war on business\" in a new ad.", "\"As governor, I'll end Ruiz's war on small business,\" Hale says in the ad.", ["quote/low"]],
  ["The managers \"are alleged to be both discriminators and victims,\" the filing says.", "The filing says \"this class includes at least 544 store managers who are alleged to be discriminators and victims.\"", ["quote/low"]],
  // A few words of a long remark, word for word, quoted in the outlet's own sentence: a cut, however little of it.
  ["The coach told them: \"Train like you deserve respect ... And certainly don’t make faces during televised, public games.\"", "She told them \"don't make faces\" at games.", []],
  // Pieces of a remark with what was left out between them marked, each word for word: a cut.
  ["The chief said it was \"totally ... absolutely preventable\".", "\"And all of this is totally, completely and absolutely preventable,\" the chief said.", []],
  ["\"Qualcomm has enjoyed many years of selling...against little or no competition,\" he said.", "\"Qualcomm has enjoyed many years of selling CDMA chips against little or no competition,\" he said.", []],
  ["\"We will ... raise taxes on fuel,\" she said.", "\"We will not raise taxes on fuel,\" she said.", ["quote/medium"]],
  ["\"We will ... raise taxes on fuel,\" she said.", "\"We will only raise taxes on fuel,\" she said.", ["quote/low"]],
  // Words left out of the quotation marks but said just outside them ("if", "does not", "until") are not left out;
  // nor is what the outlet says between the pieces it quotes.
  ["Lutz said that if the mayor “is not ready to hold the board accountable,” the vote “should not go ahead.”", "“If the mayor is not ready to hold the board accountable, the vote in Dayton should not go ahead,” Lutz said.", []],
  ["Lutz wrote that if the mayor “is not ready to hold the board accountable,” the vote in Dayton on Monday “should not go ahead.”", "“If the mayor is not ready to hold the board accountable, the vote in Dayton should not go ahead,” Lutz said.", []],
  ["Hale said he does not “ask that their rude behavior be banned.”", "“If you are weeding out bad actors, there is nothing so bad as the Ledger, and yet I do not ask that their rude behavior be banned,” Hale wrote.", []],
  ["Hale said he would “ask that their rude behavior be banned.”", "“If you are weeding out bad actors, there is nothing so bad as the Ledger, and yet I do not ask that their rude behavior be banned,” Hale wrote.", ["quote/low"]],
  ["Lutz said the fines should stay until “Dayton takes clear and lasting steps to prove that it will not pollute the river again.”", "“The fines should stay until Dayton takes clear and lasting steps to prove that it will not pollute the river again,” Lutz said.", []],
  ["“We will rebuild the bridge,” Ruiz said, “by the end of next year.”", "“We will rebuild the bridge, and we will pay for it ourselves, by the end of next year,” Ruiz said.", []],
  ["Ruiz said “we hired nurses” and that 300 more would follow.", "“We hired nurses, and we will hire 300 more,” Ruiz said.", []],
  // (A count of points the speaker makes, "Number one,", counts nothing of what is kept.)
  ["\"Number one, you said this is a culture where the head office knows everything that is going on,\" Kent told the lawyer.", "\"You said this is a culture where the head office knows everything that is going on,\" Kent said to the lawyer.", []],
  ["\"In one office, you said this is a culture where the head office knows everything that is going on,\" Kent told the lawyer.", "\"You said this is a culture where the head office knows everything that is going on,\" Kent said to the lawyer.", ["quote/low"]],
  // (In any form of the word: "accusing" outside the marks says what "has been accused of" did.)
  ["The governor posted early on Tuesday, accusing a former aide of “ignoring basic safety rules,” and left.", "“The mayor's top aide, Dana Holt, has been accused of ignoring basic safety rules,” the governor posted.", []],
  ["The governor posted early on Tuesday, praising a former aide for “ignoring basic safety rules,” and left.", "“The mayor's top aide, Dana Holt, has been accused of ignoring basic safety rules,” the governor posted.", ["quote/low"]],
  // A word the outlet puts in square brackets, or an oath it masks with asterisks, is the same wording.
  ["\"He should pay [for] it,\" Ruiz said.", "\"He should pay for it,\" Ruiz said.", []],
  ["\"I'm not going to pay for that f***ing wall!\" Ruiz said.", "\"I'm not going to pay for that fucking wall,\" Ruiz said.", []],
  ["\"I'm not going to pay for that f***ing fence!\" Ruiz said.", "\"I'm not going to pay for that fucking wall,\" Ruiz said.", ["quote/medium"]],
  // Two remarks about one thing, sharing its name and one word more: not one quotation.
  ["Lee said: \"They need to make clear that there is no place for the bigots in the Green Party movement.\"", "Lee said: \"We take no issue with the Green Party movement.\"", []],
  // One outlet breaks a quotation in two at a nested quotation; the other quotes the whole: low.
  [
    "Ellis wrote: \"Plainly, the levy was not 'a tax of the mayor's making.' It was approved by the council under mayors Hart and Ruiz.\"",
    "Ellis wrote: \"Plainly, the levy was not \"a tax of the mayor's making.\" It was approved by the council under mayors Hart and Ruiz. Voters have backed it since.\"",
    ["quote/low"],
  ],
  // Different lines of one statement, one line quoted by both: low.
  [
    "\"Today's ruling provides certainty to married couples. It provides access to benefits that all Americans deserve,\" Lew said.",
    "\"Today's ruling provides certainty to married couples,\" Lew said. \"This ruling also assures couples that they can move freely.\"",
    ["quote/low"],
  ],
  // Two cuts of one remark that overlap, each word for word: nothing; low where what one leaves out denies, counts or sets a condition.
  ["He said the mills \"of our towns were scattered like tombstones\" now.", "He said the mills \"were scattered like tombstones across the landscape.\"", []],
  [
    "\"If he knows the city so well, has he not seen that the one thing you never do is close the harbour?\" she said.",
    "She said: \"...the one thing you never do is close the harbour, because every mayor who tried it lost the next election.\"",
    ["quote/low"],
  ],
  // Nearly the same words, or a two-word fragment of the quotation: low.
  ["\"We will release every page,\" Ms. Warren said.", "\"We will release all the pages,\" Ms. Warren said.", ["quote/low"]],
  ["\"I understand that mistrust,\" Holder said.", "Holder said he understands \"the mistrust\" between residents and police.", ["quote/low"]],
  // Spelling, contractions and typography are not a discrepancy.
  ["He called it \"atrociously bad behaviour from a company\".", "He called it \"atrociously bad behavior from a company\".", []],
  ["\"It's routine for us to test new platforms,\" she said.", "\"It is routine for us to test new platforms,\" she said.", []],
  ["\"You can't win elections by looking in the rearview mirror,\" he said.", "\"You can't win elections by looking in the rear view mirror,\" he said.", []],
  ["“Ukraine’s sovereignty” – he said.", "\"Ukraine's sovereignty\" - he said.", []],
  ["He said: \"There is a two-in-three chance that we win, and we're gonna work.\"", "He said: \"There is a 2 in 3 chance that we win, and we are going to work.\"", []],
  // Two remarks, not one quotation: sharing only common words, or said by two different people.
  ["He said: \"I am now ready to fight for the people of the United States of America.\"", "He said: \"I am not running for president of the United States as surrogate for being elected prom king of America.\"", []],
  ["\"We will release every page,\" Ms. Warren said.", "\"We will not release every page,\" Mr. Barr said.", []],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(quotes, a, b)).toEqual(expected);
});

test.each([
  // A quotation the other outlet says in its own words is no discrepancy: outlets do that all the time ...
  ["\"The budget protects every school in the district,\" Mayor Ruiz said.", "Mayor Ruiz said the budget would protect each school in the district.", null],
  // ... unless its words deny what the quotation asserts, or the other way round, or give another figure: low, showing its words.
  [
    "\"The budget protects every school in the district,\" Mayor Ruiz said.",
    "Mayor Ruiz said the budget would not protect each school in the district.",
    "A quotes “The budget protects every school in the district”; B paraphrases it as “budget would not protect each school in the district”.",
  ],
  [
    "\"The budget doesn't close a single school in the district,\" Mayor Ruiz said.",
    "Mayor Ruiz said the budget would close a single school in the district.",
    "A quotes “The budget doesn't close a single school in the district”; B paraphrases it as “budget would close a single school in the district”.",
  ],
  [
    "\"The budget protects 40 schools in the district,\" Mayor Ruiz said.",
    "Mayor Ruiz said the budget would protect fourteen schools in the district.",
    "A quotes “The budget protects 40 schools in the district”; B paraphrases it as “budget would protect fourteen schools in the district”.",
  ],
  // Or that puts a word of its own, no synonym, for one of the speaker's, the words around it kept: low.
  [
    "Ruiz said the \"independence and integrity of the district's schools must be guaranteed.\"",
    "Ruiz said the district's schools must be respected.",
    "A quotes “independence and integrity of the district's schools must be guaranteed”; B paraphrases it as “district's schools must be respected”.",
  ],
  [
    "Ruiz said it was a \"view that elevates the budget above teachers.\"",
    "Ruiz said it was his view of the teachers' relationship to the budget.",
    "A quotes “view that elevates the budget above teachers”; B paraphrases it as “view of the teachers' relationship to the budget”.",
  ],
  // (Not a synonym of the speaker's word.)
  ["Ruiz said the \"independence and integrity of the district's schools must be guaranteed.\"", "Ruiz said the district's schools must be assured.", null],
  // (A figure in words or digits is one; a figure one side leaves out is not changed; nor a negation in a part of the quotation the other does not render.)
  [
    "\"We will never close the district's schools,\" Mayor Ruiz said.",
    "Mayor Ruiz said she would close the district's schools.",
    "A quotes “We will never close the district's schools”; B paraphrases it as “close the district's schools”.",
  ],
  ["\"The budget protects 40 schools in the district,\" Mayor Ruiz said.", "Mayor Ruiz said the budget would protect forty schools in the district.", null],
  ["\"The budget protects 40 schools in the district,\" Mayor Ruiz said.", "Mayor Ruiz said the budget would protect the schools in the district.", null],
  ["\"We never asked for this fight, but the budget protects every school in the district,\" Mayor Ruiz said.", "Mayor Ruiz said the budget would protect each school in the district.", null],
  // Not a paraphrase: the other outlet quotes those words itself, says them word for word, or shares only two words.
  ["Gibbs criticized such attacks on \"character and faith\" on Sunday.", "Gibbs criticized such attacks on character and faith on Sunday.", null],
  ["\"I think if you make comments like that, you make comments that are over the line,\" Lee said.", "Lee said his rival's comments were like nothing he had heard.", null],
  ["Santorum said: \"I accept the fact that the president is a Christian.\"", "\"The president is a Christian,\" Santorum said. \"He says he is a Christian.\"", null],
  // The speaker's own "I" in the other outlet's sentence: it quotes them in marks not read (single ones), no paraphrase.
  ['"I am so happy with the way the budget protects every school," Mayor Ruiz said.', "I'm so happy with how the budget protects each school, ' Mayor Ruiz said.", null],
  // The outlet's own narration of the same words is one.
  [
    '"I am so happy with the way the budget protects every school," Mayor Ruiz said.',
    "Mayor Ruiz said she was not happy with how the budget protects each school.",
    "A quotes “I am so happy with the way the budget protects every school”; B paraphrases it as “not happy with how the budget protects each school”.",
  ],
  // The outlet's own narration of what happened renders no one's words: no paraphrase. Reported words are one.
  [
    '"The mayor\'s closure of the district schools would be an abuse of her office," the council said.',
    "Mayor Ruiz ordered the closure of the district schools on Friday.",
    null,
  ],
  [
    '"The mayor\'s closure of the district schools would be an abuse of her office," the council said.',
    "According to the council, the closure of the district schools is not an abuse of the office.",
    "A quotes “The mayor's closure of the district schools would be an abuse of her office”; B paraphrases it as “closure of the district schools is not an abuse of the office”.",
  ],
  [
    '"The mayor\'s closure of the 12 district schools would be an abuse of her office," the council said.',
    "Ruiz rejected the council's remarks that the closure of the 21 district schools is an abuse of office.",
    "A quotes “The mayor's closure of the 12 district schools would be an abuse of her office”; B paraphrases it as “closure of the 21 district schools is an abuse of office”.",
  ],
  // No run of the quotation's words to show in the other sentence (a word run together with the next): no paraphrase to name.
  ['"We have done enough of everything for a decade!" the coach said.', "We have done enough for a decade ofeverything.", null],
])("a quotation paraphrased: %s / %s", (a, b, explanation) => {
  const paraphrases = findingsOf(quotes, a, b).filter((f) => f.explanation.includes("paraphrases"));
  expect(paraphrases.map((f) => f.explanation)).toEqual(explanation === null ? [] : [explanation]);
});

test("a paraphrase always names the other outlet's words and marks that side as the one paraphrasing", () => {
  const found = findingsOf(quotes, '"We have done enough of everything for a decade!" the coach said.', "We have done enough for a decade ofeverything.");
  expect(found.map((f) => f.explanation)).toEqual([]);
  const [f] = findingsOf(quotes, "\"The budget protects every school in the district,\" Mayor Ruiz said.", "Mayor Ruiz said the budget would not protect each school in the district.");
  expect(f?.paraphrasedBy).toBe(1);
});

test("the explanation quotes the words as written", () => {
  const [f] = findingsOf(quotes, 'He called it an "outrageous act aimed at a hidden agenda."', 'He called it an "outrageous tactic aimed at a hidden agenda."');
  expect(f?.explanation).toBe("The quotation differs: A has “outrageous act aimed at a hidden agenda”, B has “outrageous tactic aimed at a hidden agenda”.");
});

test("a member of several sentences: each line is compared only with its own speaker's words", () => {
  const lee = 'Ana Lee said: "I want the whole report, because nobody, especially this president, is above the law."';
  const reyes = 'Tom Reyes said: "The president works for the people, and he is not above the law."';
  const found = quotes(member("A", lee, reyes), side("B", 'Lee wrote: "No one, including the president, is above the law."'));
  // Reyes's words are close to Lee's in the other outlet, but they are his, not hers.
  expect(found.length).toBeGreaterThan(0);
  expect(found.flatMap((f) => f.spans.filter((s) => s.side === 0).map((s) => s.end <= lee.length))).not.toContain(false);
});

test("one person's words on two days are two remarks, not one quotation worded two ways", () => {
  const friday = "Ms. Roe said Friday that the campaign “at least sought to collude with the government to undermine our democracy.”";
  const saturday = "On Saturday, Ms. Roe said the campaign “sought to, however clumsily, collude with the government to undermine and influence our elections.”";
  const sideOf = (label: string, text: string) => ({ label, features: withOccasions([extractFeatures(text)])[0] ?? extractFeatures(text) });
  const found = (a: string, b: string) => quotes(sideOf("A", a), sideOf("B", b)).filter((f) => f.severity !== "low");
  expect(found(friday, saturday)).toEqual([]);
  // The same two quotations with no day said are compared.
  expect(found(friday.replace(" Friday", ""), saturday.replace("On Saturday, ", "")).map((f) => f.type)).toEqual(["quote"]);
});

test("a line of a remark is compared with the other outlet's quotation only when no other line matches it better", () => {
  const first = '"Mayor Hale has said that she is determined to stop the strike," Ruiz said on the morning show.';
  const second = '"If you are determined to stop the strike, it means you act before the strike starts."';
  const found = quotes(member("A", first, second), side("B", '"Mayor Hale has said she is determined to stop the strike and I appreciate that," Ruiz said.'));
  // The first line is an excerpt of the other outlet's quotation (low); the second line is not that quotation worded differently.
  expect(found.map((f) => f.severity)).toEqual(["low"]);
  expect(found[0]?.spans.filter((s) => s.side === 0).every((s) => s.end <= first.length)).toBe(true);
});

test("a paraphrase shown keeps the negation that opens it, so it does not read as the opposite", () => {
  const other = side("B", "Pruitt urged residents, warning them not to drive through flooded roads.");
  const found = paraphraseSpan(other, "Do not drive through flooded roads.");
  expect(found && other.features.text.slice(found.start, found.end)).toBe("not to drive through flooded roads");
});

test.each([
  // Words said in another language are each outlet's translation: low, unless a figure or a negation changed.
  ['"Our cooperation must grow stronger," Iwaya said, speaking in Japanese.', '"Our cooperation needs to become stronger," Iwaya said.', ["quote/low"]],
  ['"We will not give in to blackmail," Macron said through an interpreter.', '"We will not yield to blackmail," Macron said through an interpreter.', ["quote/low"]],
  ['"We will not give in to blackmail," Macron said through an interpreter.', '"We will give in to blackmail," Macron said through an interpreter.', ["quote/medium"]],
  // A stance turned into its opposite is no translation ("support" / "oppose"); "translation" said of something else is no translation.
  ['Speaking in Russian, Putin said: "We will support the ceasefire."', 'Speaking in Russian, Putin said: "We will oppose the ceasefire."', ["quote/medium"]],
  ['The minister, who oversaw the translation of the treaty, said: "We will not give in to blackmail."', 'The minister said: "We will not yield to blackmail."', ["quote/medium"]],
  // Without a word of translation, a word swapped is a misquote.
  ['"We will not give in to blackmail," Macron said.', '"We will not yield to blackmail," Macron said.', ["quote/medium"]],
])("a translated quotation: %s / %s", (a, b, expected) => {
  expect(kindsOf(quotes, a, b)).toEqual(expected);
});

test("the paraphrase shown stays in one sentence of a member of several", () => {
  const found = quotes(
    side("A", "“The emails released today contradict statements made by the White House that it only changed one word in the talking points,” Sen. Smith said."),
    member("B", "The senator rejected the White House’s insistence that it had changed only two words in the talking points.", "In releasing the emails, the White House was hoping to end the dispute."),
  );
  const paraphrases = found.filter((f) => f.explanation.includes("paraphrases"));
  expect(paraphrases).toHaveLength(1);
  expect(paraphrases[0]?.explanation).toContain("paraphrases it as “White House’s insistence that it had changed only two words”");
});

test("lines of one quotation an outlet carries on over two sentences are one quotation where the other quotes them in one", () => {
  const split = member("A", 'Roe told supporters: "It\'s about some honest work.', 'Some honest pay."');
  // Worded alike once joined: nothing (each line alone against the whole would read as a cut).
  expect(quotes(split, side("B", 'Roe said: "It\'s about some honest work, some honest pay."'))).toEqual([]);
  expect(quotes(side("B", 'Roe said: "It\'s about some honest work, some honest pay."'), split)).toEqual([]);
  // Worded differently once joined: the whole quotation, both lines marked.
  const changed = quotes(member("A", 'Roe told supporters: "It\'s about some honest work.', 'Some decent pay."'), side("B", 'Roe said: "It\'s about some honest work, some honest pay."'));
  expect(changed.map((f) => f.type)).toEqual(["quote"]);
  expect(changed[0]?.explanation).toContain("It's about some honest work. Some decent pay");
  expect(changed[0]?.spans.filter((s) => s.side === 0)).toHaveLength(2);
});

test("lines carried on over two sentences stay apart where no quotation of the other side reads as them together", () => {
  // The other quotes the first line alone, word for word: not the two lines cut short.
  expect(quotes(member("A", 'Roe said: "We will bring back our jobs.', 'We will bring back our borders."'), side("B", 'Roe said: "We will bring back our jobs."'))).toEqual([]);
  // Two quotations closed apart are two, whatever the other side quotes.
  const closed = quotes(member("A", 'Roe said: "It\'s about some honest work."', '"Some decent pay," she added.'), side("B", 'Roe said: "It\'s about some honest work, some honest pay."'));
  expect(closed.every((f) => !f.explanation.includes("work. Some decent pay"))).toBe(true);
});

test("only lines of one quotation are joined: sentences apart in their article, or a first line closed, stay two", () => {
  const whole = side("B", 'Roe said: "It\'s about honest work, not honest pay."');
  const split = member("A", 'Roe told supporters: "It\'s about honest work.', 'Not honest pay."');
  // The same two lines, but the member's sentences are the article's 3rd and 9th.
  const apart: typeof split = { ...split, features: { ...split.features, sentences: split.features.sentences?.map((s, k) => ({ ...s, index: 3 + 6 * k })) } };
  expect(quotes(apart, whole).map((f) => f.type)).toEqual(["quote"]);
  // A first line whose quotation closes, and a second read as inside a quotation (its marks lost at a paragraph break).
  const lines = ['Roe told supporters: "It\'s about honest work."', 'Not honest pay."'];
  const pieces = [
    { start: 0, continuesQuotation: false },
    { start: (lines[0]?.length ?? 0) + 1, continuesQuotation: true },
  ];
  const closed: typeof split = {
    label: "A",
    features: {
      ...extractFeatures(lines.join(" "), { pieces }),
      sentences: lines.map((line, index) => ({ start: pieces[index]?.start ?? 0, features: extractFeatures(line, { continuesQuotation: index === 1 }), index })),
    },
  };
  expect(quotes(closed, whole).map((f) => f.type)).toEqual(["quote"]);
});

test("a quotation worded alike but for an ordinal in words or figures, British or American '-our' words, or a time's ':00' is one wording", () => {
  const a = '"By rolling back this 11th hour rule, we protect the neighbourhood, and the vote closes at 6 p.m.," Salazar said.';
  expect(kindsOf(quotes, a, '"By rolling back this eleventh - hour rule, we protect the neighborhood, and the vote closes at 6:00 p.m.," Salazar said.')).toEqual([]);
  // (Another rank, or another minute, is another wording.)
  expect(kindsOf(quotes, a, '"By rolling back this 12th hour rule, we protect the neighbourhood, and the vote closes at 6 p.m.," Salazar said.')).not.toEqual([]);
  expect(kindsOf(quotes, a, '"By rolling back this 11th hour rule, we protect the neighbourhood, and the vote closes at 6:30 p.m.," Salazar said.')).not.toEqual([]);
});

test("an inch mark after a figure opens no quotation ('a 3.1\" touch screen')", () => {
  expect(side("A", 'The phone pairs a keyboard with a 3.1" touch screen and "the best security we have," she said.').features.quotes.map((m) => m.text)).toEqual(['"the best security we have,"']);
});

test("one remark carried on over two sentences is not quoted in pieces: a word that joined its lines differs", () => {
  const whole = side("A", "“We will not accept it, and it should not happen that he comes here with a smile,” Nieto said.");
  const carried = member("B", "Nieto said: “We will not accept it, and it should not happen.", "He comes here with a smile.”");
  expect(quotes(whole, carried).map((f) => f.severity)).toEqual(["low"]);
});
