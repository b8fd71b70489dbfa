import { expect, test } from "vitest";
import { continuesQuotation, segment } from "./segment";

test("abbreviations and initials do not end sentences; offsets point into the joined text", () => {
  const { text, sentences } = segment(["On Feb. 25 Mr. J. R. Smith of the U.S. Army spoke. Lt. Kim agreed.", "Second paragraph here."]);
  expect(sentences.map((s) => s.text)).toEqual(["On Feb. 25 Mr. J. R. Smith of the U.S. Army spoke.", "Lt. Kim agreed.", "Second paragraph here."]);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(sentences[2]?.paragraph).toBe(1);
});

test("a quotation of two sentences is two sentences, as a reader counts them; the second continues it", () => {
  const { text, sentences } = segment(['He said: "It is fine. We will go." Then he left.', '"Still here." She stayed.']);
  expect(sentences.map((s) => s.text)).toEqual(['He said: "It is fine.', 'We will go."', "Then he left.", '"Still here."', "She stayed."]);
  expect(sentences.map((s) => continuesQuotation(text, s))).toEqual([false, true, false, false, false]);
});

test("a paragraph whose opening quote mark the page lost is quoted from its start, up to the mark that closes it", () => {
  const { text, sentences } = segment([
    "This never happens on our street. It’s just unreal,” said neighbor Ann Lee.",
    "Police said the man was 41.",
    'The mayor called it a "disaster." Then he left.',
  ]);
  expect(sentences.map((s) => continuesQuotation(text, s))).toEqual([true, true, false, false, false]);
});

test("a run-on sentence is cut into bounded pieces", () => {
  const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
  const { sentences } = segment([words]);
  expect(sentences.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...sentences.map((s) => s.text.split(" ").length))).toBeLessThanOrEqual(120);
});

const texts = (paragraph: string) => segment([paragraph]).sentences.map((s) => s.text);

test.each([
  [
    "a clock time that ends a sentence",
    "They were on the porch around 5:00pm. Antoine said the gun went off. Officers came to the house at 6 p.m. Neighbors watched.",
    ["They were on the porch around 5:00pm.", "Antoine said the gun went off.", "Officers came to the house at 6 p.m.", "Neighbors watched."],
  ],
  [
    "a speed with a slash or the network X that ends a sentence, not an initial",
    "Gusts reached 64 km/h. The ridge fire grew. She wrote in a post on X. Malcolm X. Little was born in Omaha.",
    ["Gusts reached 64 km/h.", "The ridge fire grew.", "She wrote in a post on X.", "Malcolm X. Little was born in Omaha."],
  ],
  [
    "a clock time that a sentence opens on, or that names a flight, a show or a place's time",
    "At 5 p.m. Jones was arrested. He had boarded the 6:40 a.m. Southwest flight. She anchored the 9 p.m. News. Talks began at 3 p.m. Moscow time. It ended at 4 a.m. AEST.",
    ["At 5 p.m. Jones was arrested.", "He had boarded the 6:40 a.m. Southwest flight.", "She anchored the 9 p.m. News.", "Talks began at 3 p.m. Moscow time.", "It ended at 4 a.m. AEST."],
  ],
  [
    "a short sentence that ends on a clock time ends there; one that opens on it goes on",
    "It landed at 3 p.m. Passengers cheered. Shortly after 5 p.m. Jones was arrested. It left at 9 a.m. Officials said nobody was hurt.",
    ["It landed at 3 p.m.", "Passengers cheered.", "Shortly after 5 p.m. Jones was arrested.", "It left at 9 a.m.", "Officials said nobody was hurt."],
  ],
  [
    "a clock time followed by its day, month or time zone",
    "The shots rang out at 11:57 p.m. Friday near the lodge. The vote opens at 9 a.m. ET on Dec. 3. It closes at 5 p.m. Dec. 4. The office opens at 10 a.m. Tues. and Thurs.",
    ["The shots rang out at 11:57 p.m. Friday near the lodge.", "The vote opens at 9 a.m. ET on Dec. 3.", "It closes at 5 p.m. Dec. 4.", "The office opens at 10 a.m. Tues. and Thurs."],
  ],
  [
    "a plural title before names",
    "Two senators did not vote at all: Sens. Ann Lee and Tom Hale. The bill passed.",
    ["Two senators did not vote at all: Sens. Ann Lee and Tom Hale.", "The bill passed."],
  ],
  [
    "a title before a name at the end of a clause",
    "He wrote a book with his father, Rev. Ronald Taylor. It sold well.",
    ["He wrote a book with his father, Rev. Ronald Taylor.", "It sold well."],
  ],
  [
    "an initialism joined by a hyphen",
    "Officials hope to sign a U.S.-U.K. trade deal by spring. Talks resume on Monday.",
    ["Officials hope to sign a U.S.-U.K. trade deal by spring.", "Talks resume on Monday."],
  ],
  [
    "a party and state in parentheses, then a comma",
    "Rep. Jane Doe (D-Calif.), the ranking member, objected to the plan. The vote is on Friday.",
    ["Rep. Jane Doe (D-Calif.), the ranking member, objected to the plan.", "The vote is on Friday."],
  ],
  [
    "a party and state without parentheses, then a lower-case verb",
    "Sen. Tim Brook, D-Va. said the deal was weak. Others disagreed.",
    ["Sen. Tim Brook, D-Va. said the deal was weak.", "Others disagreed."],
  ],
  [
    "military ranks before a name",
    "Maj. Tom Ruiz agreed. Maj. Gen. Ana Lee and Brig. Gen. Bo Park spoke. Others left.",
    ["Maj. Tom Ruiz agreed.", "Maj. Gen. Ana Lee and Brig. Gen. Bo Park spoke.", "Others left."],
  ],
  [
    "an independent's state, then a relative clause",
    "Sen. Ann Lee (I-Vt.), who is running for governor, voted against it. Others agreed.",
    ["Sen. Ann Lee (I-Vt.), who is running for governor, voted against it.", "Others agreed."],
  ],
  [
    "a two-letter state written with full stops",
    "Sen. Ann Lee (D-N.Y.) voted against the bill. Sen. Bo Park (D-N.J.) and Rep. Kay Orr (R-Ala.) voted for it.",
    ["Sen. Ann Lee (D-N.Y.) voted against the bill.", "Sen. Bo Park (D-N.J.) and Rep. Kay Orr (R-Ala.) voted for it."],
  ],
  [
    "a calibre written with a leading full stop",
    "Detectives recovered a Ruger LCP .380 caliber pistol from the car. No one was hurt.",
    ["Detectives recovered a Ruger LCP .380 caliber pistol from the car.", "No one was hurt."],
  ],
  [
    "a decimal written with a leading full stop after a bracket, spaced by a tokeniser",
    "The coach posted a mark of 182-158 (. 683) in five seasons. He was fired on Monday.",
    ["The coach posted a mark of 182-158 (. 683) in five seasons.", "He was fired on Monday."],
  ],
  [
    "an amount whose currency sign a page's encoding turned into a question mark",
    "The state agreed to an? 110 billion bailout from the EU. Unions called a strike.",
    ["The state agreed to an? 110 billion bailout from the EU.", "Unions called a strike."],
  ],
  [
    "a quotation mark cut off by a space, closing one sentence and opening another",
    '" The baby had nothing to do with it. Life lost. " Pat Clarke said. " We need answers. "',
    ['" The baby had nothing to do with it.', 'Life lost. "', "Pat Clarke said.", '" We need answers. "'],
  ],
  [
    "an inch mark, not a quotation, before a typographic opening mark cut off by a space",
    'He is 6 feet 2" tall. “ I was scared of him, ” she said.',
    ['He is 6 feet 2" tall.', "“ I was scared of him, ” she said."],
  ],
  [
    "a quotation run on from the paragraph before (an odd number of marks), its marks spaced off",
    'They called it " a disgrace ". " We will fight. " He left. " We will not stop.',
    ['They called it " a disgrace ".', '" We will fight. "', "He left.", '" We will not stop.'],
  ],
  [
    "a question quoted inside a quotation, then who asked it",
    "\"Is it fair to ask, 'Why now?'\" Mayor Ruiz said, adding that the council had voted twice.",
    ["\"Is it fair to ask, 'Why now?'\" Mayor Ruiz said, adding that the council had voted twice."],
  ],
  [
    "marks cut off by spaces after the last sentence",
    'He left. " "',
    ['He left. " "'],
  ],
  [
    "a question followed by a sentence that opens on a figure or a name with digits",
    "Is the tape safe? 3M says it is. How many came? 2 million, organisers said.",
    ["Is the tape safe?", "3M says it is.", "How many came?", "2 million, organisers said."],
  ],
  [
    "a day after an abbreviated month inside a compound",
    "The briefings came before the renewal of the post-Sept. 11 law that allowed the program. It expired in June.",
    ["The briefings came before the renewal of the post-Sept. 11 law that allowed the program.", "It expired in June."],
  ],
  [
    "a web address",
    "More help is available online at helpline.example.org for anyone in need. Calls are free.",
    ["More help is available online at helpline.example.org for anyone in need.", "Calls are free."],
  ],
  [
    "a date abbreviation (unchanged behaviour)",
    "The council met on Feb. 25 in the old hall. It adjourned early.",
    ["The council met on Feb. 25 in the old hall.", "It adjourned early."],
  ],
])("segmentation keeps %s whole", (_case, paragraph, expected) => {
  expect(texts(paragraph)).toEqual(expected);
});

test.each([
  [
    "a lower-case tail after a question",
    '"Should the city raise the parking fee?" reads one question. Voters decide in May.',
    ['"Should the city raise the parking fee?" reads one question.', "Voters decide in May."],
  ],
  [
    "a tail that names the source first",
    '"Should the city raise the parking fee?" one question asks. Voters decide in May.',
    ['"Should the city raise the parking fee?" one question asks.', "Voters decide in May."],
  ],
  [
    "a capitalised speaker after a question",
    "\u201CWill the bridge reopen this year?\u201D Mayor Ruiz said. Crews are working nights.",
    ["\u201CWill the bridge reopen this year?\u201D Mayor Ruiz said.", "Crews are working nights."],
  ],
  [
    "a capitalised source after an exclamation",
    '"Vote early!" One flyer urges. The polls open at 7 a.m. on Tuesday.',
    ['"Vote early!" One flyer urges.', "The polls open at 7 a.m. on Tuesday."],
  ],
])("an attribution tail stays with its quote: %s", (_case, paragraph, expected) => {
  expect(texts(paragraph)).toEqual(expected);
});

test("a sentence after a quotation that merely mentions a speech verb is not a tail", () => {
  expect(texts('"Why now?" The mayor said the timing was chosen by the state board months ago. Crews agreed.')).toEqual([
    '"Why now?"',
    "The mayor said the timing was chosen by the state board months ago.",
    "Crews agreed.",
  ]);
});

test("a quotation of many sentences is one sentence each, its attribution tail kept with the last", () => {
  const quote = '"We are ready. We trained. We will win."';
  expect(texts(`She said: ${quote} Then she left.`)).toEqual(['She said: "We are ready.', "We trained.", 'We will win."', "Then she left."]);
  expect(texts(`${quote.slice(0, -2)}," the coach said. The game starts at noon.`)).toEqual([
    '"We are ready.',
    "We trained.",
    'We will win," the coach said.',
    "The game starts at noon.",
  ]);
});

test("a quotation that never closes in its paragraph is left as the splitter cut it", () => {
  expect(texts('"We are ready. We trained. We waited.')).toEqual(['"We are ready.', "We trained.", "We waited."]);
});

test("joined pieces never cross paragraphs and offsets still point into the joined text", () => {
  const { text, sentences } = segment([
    "Rep. Jane Doe (D-Calif.)",
    ", the ranking member, objected.",
    'Sen. Ann Lee (D-N.Y.) voted against it. "Is it over?" one aide asked.',
  ]);
  expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
    [0, "Rep. Jane Doe (D-Calif.)"],
    [1, ", the ranking member, objected."],
    [2, "Sen. Ann Lee (D-N.Y.) voted against it."],
    [2, '"Is it over?" one aide asked.'],
  ]);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test("a full stop with no space after it ends no sentence, inside a quotation or out", () => {
  expect(texts(`The mayor said it was close <img src="x" onerror="window.__pwned = 'img'"> and left. Then he spoke.`)).toEqual([
    `The mayor said it was close <img src="x" onerror="window.__pwned = 'img'"> and left.`,
    "Then he spoke.",
  ]);
});

test.each([
  ["a one-letter name before a name word", '"The crew was ready every day," she told Q! Radio. The show airs in May.', ['"The crew was ready every day," she told Q! Radio.', "The show airs in May."]],
  ["a one-letter name before a hyphenated word", "Her brief B! -network show ran for a year. It ended in 2009.", ["Her brief B! -network show ran for a year.", "It ended in 2009."]],
  ["a brand written with its mark", "The results were first posted on Yahoo! Finance on Monday. Shares fell.", ["The results were first posted on Yahoo! Finance on Monday.", "Shares fell."]],
  ["a real exclamation before a capitalised word", "Stop! Police are coming. Everyone ran.", ["Stop!", "Police are coming.", "Everyone ran."]],
  ["an exclamation inside a quotation", '"Get out!" she shouted. Nobody moved.', ['"Get out!" she shouted.', "Nobody moved."]],
  ["a one-letter name that ends its sentence", "The tip came from Q! The station declined to comment.", ["The tip came from Q!", "The station declined to comment."]],
])("an exclamation mark inside a name does not end the sentence: %s", (_case, paragraph, expected) => {
  expect(texts(paragraph)).toEqual(expected);
});

test("paragraphs with no marks between a quotation left open and the paragraph that closes it are inside it", () => {
  const { text, sentences } = segment([
    'Asked about the season, the coach said, "We gave it everything.',
    "We trained hard.",
    "We lost anyway.",
    'Next year is ours."',
    "The club declined to comment.",
  ]);
  expect(sentences.map((s) => continuesQuotation(text, s))).toEqual([false, true, true, true, false]);
});

test("a paragraph with no marks after a closed quotation, or before no closing mark, is not quoted", () => {
  const closed = segment(['"We gave it everything," the coach said.', "The club declined to comment.", 'A fan said it was "a good year."']);
  expect(closed.sentences.map((s) => continuesQuotation(closed.text, s))).toEqual([false, false, false]);
  const neverClosed = segment(['The coach said, "We gave it everything.', "The club declined to comment.", "Tickets go on sale in May."]);
  expect(neverClosed.sentences.map((s) => continuesQuotation(neverClosed.text, s))).toEqual([false, false, false]);
});

test("an inch mark after a figure opens no quotation for the sentences after it; a mark after a figure still closes an open one", () => {
  const phone = 'He called the phone "fast" and praised its 3.1" touch screen. It goes on sale in March.';
  expect(continuesQuotation(phone, { start: phone.indexOf("It goes") })).toBe(false);
  const score = '"We won 5-4" he said after the game. It was their third win.';
  expect(continuesQuotation(score, { start: score.indexOf("It was") })).toBe(false);
  const open = 'She said: "We won 5-4. It was our third win," the coach added.';
  expect(continuesQuotation(open, { start: open.indexOf("It was") })).toBe(true);
});
