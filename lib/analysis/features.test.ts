import { expect, test } from "vitest";
import { extractFeatures } from "./features";

const hedgesOf = (s: string) => extractFeatures(s).hedges.map((h) => h.text);
const figuresOf = (s: string) => extractFeatures(s).numbers.map((n) => `${n.value} ${n.unit ?? "-"}`);

test.each([
  ["Theresa May said the deal was done.", []],
  ["May said the deal was done.", []],
  ["Prime Minister May will meet the king.", []],
  ["The deal may be done by Friday.", ["may"]],
  ["Officials might sign it on Friday, May said.", ["might"]],
])("capitalised words inside names are not hedges: %s", (sentence, expected) => {
  expect(hedgesOf(sentence)).toEqual(expected);
});

test.each([
  // "Expected" and "appear" hedge only before "to" or "that"; "likely" not before its noun; "may" not conceding.
  ["The vote is expected to pass.", ["expected"]],
  // (Or before "to" past its object, "expects the deal to close"; "appears as if" guesses too.)
  ["The company expects the deal to close in March.", ["expects"]],
  ["The company expects the deal in March.", []],
  ["The company expects sales in Asia to rise.", ["expects"]],
  ["Fans expected rain and came to watch anyway.", []],
  ["The firm expects payments to its suppliers.", []],
  ["It appears as if the climbers were lost in the storm.", ["appears"]],
  ["The findings appear in Friday's issue.", []],
  ["Growth was slower than the expected rate.", []],
  ["Far fewer people came than expected.", []],
  ["Ruiz, his likely rival, spoke on Friday.", []],
  // (Nor before the noun it describes with no determiner: a poll's "likely voters".)
  ["The poll of 800 likely voters was taken last week.", []],
  ["Voters will likely reject the measure.", ["likely"]],
  ["Encrypted backups make hospitals less likely to pay.", []],
  ["The bill will likely pass.", ["likely"]],
  ["He may have a fondness for her, but he opposes her nomination.", []],
  ["The bill may pass on Friday.", ["may"]],
  // A maximum sentence is what one "could face": the law's wording, no doubt cast.
  ["Jimenez could face up to four years in prison if convicted.", []],
  ["Jimenez could face charges, police said.", ["could"]],
  // What one could not do is inability, not doubt; a modal in a relative clause hedges before "be" or "have".
  ["The fund collapsed when Ruiz could not meet withdrawals.", []],
  ["The firm recalled heaters that could overheat.", []],
  ["The firm knew of three fires that may be linked to the heaters.", ["may"]],
  // A modal in a purpose clause says what a step is for; after "so" alone it may still be a guess.
  ["Some senators began weighing a deal on rates so that the talks could shift to pensions.", []],
  ["The council moved the vote in order that more members may attend.", []],
  ["The storm is growing, so it could reach the coast by Friday.", ["could"]],
  ["Rates were cut so that growth returns, and prices could rise.", ["could"]],
  // A modal in a clause of time or concession says when or what is granted, not how sure the claim is.
  ["Guards seized the parcel before it could reach the embassy.", []],
  ["The crew worked until the pumps could cope.", []],
  ["While the plan might be costly, he said it would save lives.", []],
  ["Although the figure may rise, officials expect no more deaths.", []],
  ["The river could flood while crews repair the levee.", ["could"]],
  // What one habitually could do, or could do nothing of, is no guess.
  ["He could often be seen walking his dog in the park.", []],
  ["Police could offer no details about the device.", []],
  ["Police could offer details about the device on Friday.", ["could"]],
  // A modal after an "if" clause it follows is that condition's outcome, not a guess.
  ["If talks fail by Friday, the agencies could close again.", []],
  ["Unless the court intervenes, the plant may shut next week.", []],
  ["Without the emergency patch, the flaw could let criminals take over computers.", []],
  ["If it rains, the game was delayed, and the bridge could collapse.", ["could"]],
  // A modal with a condition set on it in its clause is a conditional, not a guess; "suggested" that recommends is no guess.
  ["He said the committee could issue more subpoenas if witnesses fail to cooperate.", []],
  ["The committee could issue more subpoenas, he said, if witnesses fail to cooperate.", ["could"]],
  ["The task force also suggested that states loosen the rules on carrying guns.", []],
  ["The panel suggested cutting the budget.", []],
  ["Records suggested that the mayor lied to the council.", ["suggested"]],
  // A hedge in the "that" clause of another's claim or fear is theirs, not the outlet's.
  ["The law drew criticism that it could allow discrimination.", []],
  ["Republicans rejected claims that the calls might be illegal.", []],
  ["Officials said the calls might be illegal.", ["might"]],
  // "Believe" hedges the authorities' belief or a passive, not a person's opinion.
  ["Investigators believe the boy lived there.", ["believe"]],
  ["The gunman is believed to have fled.", ["believed"]],
  ["Santorum said he believes Obama is a Christian.", []],
  // (Across an auxiliary or an adverb: "experts have believed", "police now believe".)
  ["He said some legal experts have believed that the charge would not withstand a challenge.", ["believed"]],
  ["Police now believe the fire was set.", ["believe"]],
  ["Santorum has long believed Obama is a Christian.", []],
])("a hedge word hedges the claim only where it hedges: %s", (sentence, expected) => {
  expect(hedgesOf(sentence)).toEqual(expected);
});

test.each([
  ["The ministry did not confirm the visit.", ["not"]],
  // A contrast, a question not asked, or a condition denies nothing.
  ["The plan offers a path to legal status, but not citizenship, for many.", []],
  ["The plan offers a path to legal status — but not citizenship — for many.", []],
  ["The issue was not whether the company discriminated.", []],
  ["He asked whether Obama may be president if he doesn't prove he was born here.", []],
  // "No" after "but" opens a clause of its own, which it denies.
  ["Police say they know the shooter, but no suspects have been taken into custody.", ["no"]],
  ["They searched the house but none of the guns were found.", ["none"]],
  // A bound: "no later than", "no more than".
  ["The report will be released soon, but no later than Friday.", []],
  ["No more than 50 people may attend.", []],
])("a negation denies the claim only where it denies: %s", (sentence, expected) => {
  expect(extractFeatures(sentence).negations.map((n) => n.text)).toEqual(expected);
});

test.each([
  ["Protesters gathered outside 10 Downing Street on Monday.", []],
  ["Police were called to the 6100 block of Main Street.", []],
  ["He was flying a Boeing 737 with 150 passengers.", ["150 passenger"]],
  ["The crash happened on Route 9, near 40 homes.", ["40 home"]],
  ["Officers found 20 shell casings.", ["20 casing"]],
  // "On the one hand" is a turn of phrase; one hand hurt is a count.
  ["On the one hand, the justices doubted the class was too large.", []],
  ["The worker lost one hand in the accident.", ["1 hand"]],
  // A figure glued to a currency code is one figure, not two ("Dh472.72bn" is not "72bn").
  ["The 110 billion (Dh472.72bn) bailout came at the weekend.", ["110 1e9 -"]],
  // A date written day first is a date, not a figure; "may" the verb is no month.
  ["Service was restored at 10:57 on 11 October 2011, the firm said.", []],
  ["Officials said 20 may have died in the fire.", ["20 -"]],
  // An age whose hyphens were spaced when tokens were joined back is an age.
  ["A two - year - old girl was hurt in the crash.", ["2 age"]],
  // So is any figure hyphenated to the noun it counts, spaced or not; a dash before a name is no compound.
  ["Cheeks, a four - time all - star, had a 15 - year career.", ["4 time", "15 career"]],
  ["The vote was 15 - Smith then resigned.", ["15 -"]],
  ["The attack killed 12 - officials said the toll could rise.", ["12 -"]],
  // The inches of a height are part of it, not a second figure; a figure after a spaced dash is.
  ["The 6 - foot - 9 center scored.", ["6 foot"]],
  ["The storm killed 20 people - 15 in the capital.", ["20 person", "15 -"]],
  ["Donors gave 5 million - 10 million dollars.", ["5 1e6 -", "10 1e6 dollar"]],
])("street addresses, route and model numbers are not counts: %s", (sentence, expected) => {
  expect(figuresOf(sentence)).toEqual(expected);
});

test.each([
  // A figure in words is one value, its tens and units hyphenated, spaced or not.
  ["Thirty-five of the deaths involved fentanyl.", ["35 death"]],
  ["The fire killed twenty - three people.", ["23 person"]],
  ["One hundred twenty people attended the vigil.", ["120 person"]],
  ["Two thousand five hundred people marched.", ["2500 person"]],
  ["About 2.5 million people voted.", ["2.5 1e6 person"]],
  ["Thirty-one-year-old Ann Lee was hurt.", ["31 age"]],
  // "per cent" in two words is a percentage.
  ["Sixty-three per cent of voters agreed.", ["63% %"]],
  ["Prices rose 7.8 per cent in the year to March.", ["7.8% %"]],
  // A rate's move in basis points, or in a share of a point, is that many percentage points.
  ["The bank raised rates by 50 basis points.", ["0.5 point"]],
  ["The bank raised rates by a quarter of a percentage point.", ["0.25 point"]],
  ["The bank raised rates by half a point.", ["0.5 point"]],
  ["The bank raised rates by three-quarters of a percentage point.", ["0.75 point"]],
  ["A quarter of the voters backed him.", ["25% %"]],
  // An age after "aged" or "age" is an age, not a count of nothing.
  ["The victim, aged 29, died at the scene.", ["29 age"]],
  ["She died at age 41 in Ohio.", ["41 age"]],
  // A vote's tally is one figure; a span of years is none.
  ["The Senate voted 52-48 to confirm her.", ["52-48 tally"]],
  // A game's score, the loser's side written first: the larger figure first all the same.
  ["Everton lost 1-3 to Liverpool on Sunday.", ["3-1 tally"]],
  ["The Senate confirmed her by a 52-48 vote.", ["52-48 tally"]],
  ["The court upheld the law, ruling 4-3 that it was valid.", ["4-3 tally"]],
  ["The justices split four to three.", ["4-3 tally"]],
  // A chamber's count may stand further from its verb; a game's score needs its word beside it.
  ["The budget deal cleared the House on Wednesday night, 262-167.", ["262-167 tally"]],
  ["He served in the House from 1978-89.", []],
])("figures in words: %s", (sentence, expected) => {
  expect(figuresOf(sentence)).toEqual(expected);
});

test.each([
  "Cheeks, a four-time all-star, had a 15-year career.",
  "The 15-inch model was cheaper than the 13-inch one.",
  "The 260-pound Echenique scored 12.",
  "The 13-year-old and the 21-year-old are with family.",
])("a figure hyphenated to its noun reads the same when the hyphens were spaced: %s", (sentence) => {
  expect(figuresOf(sentence.replace(/-/g, " - "))).toEqual(figuresOf(sentence));
});

test.each([
  // A quotation that does not close in its sentence runs to the sentence's end.
  ['Warner said: "Voters deserve the facts.', false, ["Voters deserve the facts."]],
  // A sentence continuing a quotation is quoted up to the closing quote; a later quotation is its own.
  ['It is destructive," Gibbs said on "This Week."', true, ["It is destructive,", "This Week."]],
  ["It is wrong.", true, ["It is wrong."]],
  ['"Fine," he said.', false, ["Fine,"]],
])("the quoted words of %s (continues a quotation: %s)", (sentence, continuesQuotation, expected) => {
  const f = extractFeatures(sentence, { continuesQuotation });
  expect(f.quotes.map((q) => f.text.slice(Math.max(0, q.start + 1), q.end - 1))).toEqual(expected);
});

test("a text joined from sentences reads each one's quotations: an open one does not pair with the next sentence's", () => {
  const first = 'Warner said: "Voters deserve the facts.';
  const text = `${first} "We need answers," Lee said.`;
  const f = extractFeatures(text, { pieces: [{ start: 0, continuesQuotation: false }, { start: first.length + 1, continuesQuotation: false }] });
  expect(f.quotes.map((q) => f.text.slice(q.start + 1, Math.min(q.end - 1, f.text.length)))).toEqual(["Voters deserve the facts.", "We need answers,"]);
});

test.each([
  // A source named by initials with stops is named whole: "the U.S. Geological Survey", not "the U".
  ["The quake was 2.7 miles deep, according to the U.S. Geological Survey.", "according to the U.S. Geological Survey"],
  ["The mission was delayed, according to U.N. officials.", "according to U.N. officials"],
  ["The victim was a sophomore, according to Chicago police.", "according to Chicago police"],
])("source named in %s", (text, source) => {
  expect(extractFeatures(text).venues.filter((v) => v.key.startsWith("source:")).map((v) => v.text)).toEqual([source]);
});

test.each([
  // A channel is a whole word, plural or not: "In his tweets", not "In his tweet" inside it; a post office is no post.
  ["In his tweets on Saturday, the president urged the companies to act.", ["In his tweets"]],
  ["She said in a statement that she would stay.", ["in a statement"]],
  ["He mailed the ballots at the post office on Main Street.", []],
  ["He mailed the ballots at the post-office on Main Street.", []],
  ["In his speeches in Ohio, the senator stayed calm.", ["In his speeches"]],
  ["In her remarks at the rally, the senator stayed calm.", ["In her remarks", "at the rally"]],
  // Three words may stand between the article and the channel; a network named after the verb is a post there.
  ["The press secretary said at the daily White House briefing that the talks went well.", ["at the daily White House briefing"]],
  ['The press secretary chimed in on X, writing: "The talks went well."', ["on X, writing"]],
])("channels named in %s", (text, channels) => {
  expect(extractFeatures(text).venues.filter((v) => v.key.startsWith("venue:")).map((v) => v.text)).toEqual(channels);
});

test.each([
  ["He died of a fatal gunshot wound to the chest.", "wound"],
  ["His wound was not life-threatening.", "wound"],
  ["The road wound up the hill.", "wind"],
  ["He wound up in jail.", "wind"],
])("a wound is a wound, not the past of 'wind': %s", (sentence, key) => {
  const keys = [...extractFeatures(sentence).content.keys()];
  expect(keys).toContain(key);
  expect(keys).not.toContain(key === "wound" ? "wind" : "wound");
});

test.each([
  ["Someone in another car opened fire on the family, wounding the baby.", "wound", "wounding"],
  ["The storm flattened the town, stranding hundreds of residents.", "strand", "stranding"],
  ["The gunman fled, leaving two people dead.", "leave", "leaving"],
  ["After the shooting of a man, police closed the street.", "shooting", "shoot"],
  ["The board held a meeting with the union on Monday.", "meeting", "meet"],
])("a participle after a comma, before what it acts on, is its verb; a noun in -ing stays one: %s", (sentence, key, not) => {
  const keys = [...extractFeatures(sentence).content.keys()];
  expect(keys).toContain(key);
  expect(keys).not.toContain(not);
});

test("a team named for a number is one word, not a figure: the 76ers, the 49ers; a unit stays apart from its figure", () => {
  const f = extractFeatures("The 76ers beat the 49ers in a charity game.");
  expect(f.numbers).toEqual([]);
  expect([...f.content.keys()]).toEqual(expect.arrayContaining(["76ers", "49ers"]));
  expect([...f.content.keys()]).not.toContain("76");
  for (const text of ["The car was doing 90mph when it crashed.", "He walked 5miles home.", "It took 10days."]) {
    expect(extractFeatures(text).tokens.some((t) => /^\d+[a-z]+$/.test(t.text))).toBe(false);
  }
  // A multiplier written against its figure keeps the figure.
  expect(extractFeatures("The club paid £250million for him.").numbers.map((n) => n.value)).toEqual(["250 1e6"]);
});

test("an ordinal of three digits is one word, not a figure and an ordinal: the 112th Congress", () => {
  const f = extractFeatures("Congress must act before the 112th Congress takes over in January.");
  expect(f.numbers).toEqual([]);
  expect([...f.content.keys()]).toContain("112th");
  expect(f.tokens.map((t) => t.text)).toContain("112th");
});

test("a figure in words is content, as the same figure in digits is (the tagger lists it among stop words)", () => {
  const words = extractFeatures("Prosecutors had sought eight counts.");
  const digits = extractFeatures("The government had asked for 8 counts.");
  expect(words.content.has("8")).toBe(true);
  expect(digits.content.has("8")).toBe(true);
  // Not "one", most often a pronoun.
  expect(extractFeatures("One of the suspects fled.").content.has("1")).toBe(false);
});

test("a measure is one figure in any unit of its quantity (72 hours / three days, 4.5 tonnes / 4,500 kilograms)", () => {
  const key = (s: string) => [...extractFeatures(s).content.keys()].filter((k) => k.startsWith("measure:"));
  expect(key("The strike lasted 72 hours.")).toEqual(key("The strike lasted three days."));
  expect(key("The truck carried 4.5 tonnes.")).toEqual(key("The truck carried 4,500 kilograms."));
  expect(key("He was sentenced to two years.")).toEqual(key("He was sentenced to 24 months."));
  expect(key("He faces up to two decades in prison.")).toEqual(key("He faces up to 20 years in prison."));
  expect(key("The strike lasted 72 hours.")).not.toEqual(key("The strike lasted two days."));
  expect(key("The strike lasted 72 hours.")).toHaveLength(1);
});

test("the low end of a range of percentages is a percentage", () => {
  const values = (s: string) => extractFeatures(s).numbers.map((n) => n.value);
  expect(values("The bank held its rate between 4.25 and 4.5 percent.")).toEqual(["4.25%", "4.5%"]);
  expect(values("Rates of 4 to 5% are expected.")).toEqual(["4%", "5%"]);
  expect(values("Between 200 and 300 people came.")).toEqual(["200", "300"]);
  // (A decimal keeps its trailing zeros: "0.30 percent" says more than "0.3 percent".)
  expect(values("The fare rose 0.30 percent to $2.10.")).toEqual(["0.30%", "2.10"]);
});

test("a figure's words are compared as the figure they make", () => {
  const keys = (s: string) => [...extractFeatures(s).content.keys()].filter((k) => /\d/.test(k));
  expect(keys("The bank lowered its growth forecast to 1.2%.")).toEqual(["1.2%"]);
  expect(keys("About 1.2 million mortgages are due to renew.")).toEqual(["1.2 1e6"]);
  expect(keys("Acme paid $3bn for the firm.")).toEqual(keys("Acme paid $3 billion for the firm."));
});

test("a passive the tagger reads as an adjective is its verb's (to be certified -> certify); a state stays an adjective", () => {
  const tag = (s: string, word: string) => extractFeatures(s).tokens.find((t) => t.lower === word);
  expect(tag("The results are expected to be certified on Nov. 21.", "certified")).toMatchObject({ pos: "VERB", lemma: "certify" });
  expect(tag("The road will be closed on Monday.", "closed")).toMatchObject({ pos: "VERB", lemma: "close" });
  expect(tag("He was tired after the match.", "tired")).toMatchObject({ pos: "ADJ" });
});

test("a share near a round one is also that share told loosely (48 percent / nearly half); a share in words is its figure", () => {
  const keys = (s: string) => [...extractFeatures(s).content.keys()].filter((k) => /%/.test(k));
  expect(keys("The storm left 48 percent of homes without power.")).toEqual(["48%", "about:50%"]);
  expect(keys("Nearly half of the city's households lost electricity.")).toEqual(["50%", "about:50%"]);
  expect(keys("The storm left 41 percent of homes without power.")).toEqual(["41%", "about:40%"]);
  expect(keys("The storm left 45 percent of homes without power.")).toEqual(["45%"]);
});

test("a capitalised common word right before a name is that name's first word (Sky Sports), not an office's word before a title", () => {
  expect([...extractFeatures("\"I am ready,\" Okafor told Sky Sports on Monday.").names]).toEqual(expect.arrayContaining(["sky", "sports"]));
  expect([...extractFeatures("Fire Chief Oliver Brandt spoke.").names]).not.toContain("fire");
  expect([...extractFeatures("Health Minister Jane Porter resigned.").names]).not.toContain("health");
});

test.each([
  ["\"I am ready,\" Okafor told Sky Sports.", ["venue:interview@sky sports"]],
  ["Okafor told the BBC on Monday.", ["venue:interview@bbc"]],
  ["Okafor told the club's website he was ready.", ["venue:interview@club's website"]],
  ["Okafor said in an interview with The Associated Press.", ["venue:interview@associated press"]],
  ["Okafor said in an interview.", ["venue:interview"]],
  ["Okafor told Ana Ruiz he was ready.", []],
  // (A court is no outlet: evidence given there is a channel of its own.)
  ["Okafor told the court he was ready.", ["venue:court"]],
])("speaking to a news outlet is an interview with it: %s", (text, keys) => {
  expect(extractFeatures(text).venues.map((v) => v.key)).toEqual(keys);
});

test("a verb the tagger took for a noun after a figure, its object after it, is no counted thing; a rate's noun stays", () => {
  const units = (text: string) => extractFeatures(text).numbers.map((n) => n.unit);
  expect(units("An earthquake of magnitude 6.4 hit northern Chile on Friday.")).toEqual([null]);
  expect(units("The riots killed 12 people a day after the election.")).toEqual(["person"]);
  expect(units("Police found 12 bodies in the house.")).toEqual(["body"]);
});

test("a verb of saying to an audience attributes a claim; one telling an audience to act gives an instruction", () => {
  const verbs = (s: string) => extractFeatures(s).speechVerbs.map((m) => m.text);
  expect(verbs("Ferro told analysts that margins would recover.")).toEqual(["told"]);
  expect(verbs("Ruiz told employees the plant would close.")).toEqual(["told"]);
  expect(verbs("In the note, he asked members to join him for a call.")).toEqual([]);
  expect(verbs("Ruiz told employees to stay home.")).toEqual([]);
  // A stance on what others said is one; "dismissed" only on what was said.
  expect(verbs("The ministry denied reports that the envoy was recalled.")).toEqual(["denied"]);
  expect(verbs("A spokeswoman dismissed reports that the launch would slip.")).toEqual(["dismissed"]);
  expect(verbs("The judge dismissed the case.")).toEqual([]);
});

test("a count in words of a count in words is one count: tens of thousands, hundreds of millions", () => {
  expect(figuresOf("Tens of thousands of people rallied in Belgrade.")).toEqual(["tens of thousands person"]);
  expect(figuresOf("Hundreds of thousands of people fled the city.")).toEqual(["hundreds of thousands person"]);
  expect(figuresOf("The fund lost hundreds of millions of dollars.")).toEqual(["hundreds of millions dollar"]);
  // Not hundreds of one thing counted in thousands elsewhere, nor a count of tens alone.
  expect(figuresOf("Thousands of people rallied.")).toEqual(["thousands person"]);
  expect(figuresOf("Hundreds of the protesters were arrested.")).toEqual(["hundreds protester"]);
});

test("a decimal written without its leading zero is that decimal", () => {
  expect(figuresOf("An alert is declared when ozone reaches .20 parts per million.")).toEqual(figuresOf("An alert is declared when ozone reaches 0.20 parts per million."));
  // (A calibre keeps its number: ".45-caliber" is the "45-calibre" of another outlet.)
  expect(figuresOf("He was shot with a .45 pistol.")).toEqual(figuresOf("He was shot with a 45 pistol."));
  expect(figuresOf("The index closed at 5,012.20 points.")).toEqual(["5012.20 point"]);
});

test("one word in two house spellings is one comparison key: 'e-mail' / 'email', 'OK' / 'okay'", () => {
  const keys = (text: string) => [...extractFeatures(text).content.keys()];
  expect(keys("She sent the e-mails on Monday.")).toContain("email");
  expect(keys("She sent the emails on Monday.")).toContain("email");
  expect(keys("The mayor said it was OK.")).toContain("okay");
  expect(keys("The mayor said it was okay.")).toContain("okay");
});
