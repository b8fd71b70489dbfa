import { expect, test } from "vitest";
import { analyze } from "./analyze";
import { extractFeatures } from "./features";
import { contentSeverity, excerpt, harmCounts, isClaim, LEAD_SENTENCES, MAX_HIGH_PER_SOURCE, named, omissions, spellings } from "./omissions";
import type { ClaimGroup } from "./types";

const omissionsOf = (a: string[], b: string[]) =>
  analyze([
    { label: "Wire", text: a.join("\n\n") },
    { label: "Daily", text: b.join("\n\n") },
  ]).discrepancies.filter((d) => d.type === "omission");

const shared = [
  "The regional parliament approved the new water tax on Tuesday after a long debate.",
  "The tax will apply to every household in the region from next spring.",
];
const sharedElsewhere = [
  "Lawmakers in the regional parliament passed a water tax on Tuesday after hours of debate.",
  "Every household in the region will pay the tax from next spring.",
];

test("an omission names its claim by its first words", () => {
  const found = omissionsOf([...shared, "Farmers' unions said they would challenge the levy in the constitutional court."], sharedElsewhere);
  expect(found.map((d) => d.explanation)).toEqual([
    "Only Wire carries this claim (“Farmers' unions said they would challenge the levy in the constitutional court.”); Daily does not.",
  ]);
});

test("boilerplate, page furniture (time stamps, link labels, sign-offs) and fragments are never omissions", () => {
  const found = omissionsOf(
    [...shared, "Further details will be set out in due course.", "Maria Lopez contributed to this report.", "(Published Wednesday, Jan. 21, 2015)", "(Daily Herald video)", "Channel 4's Ann Ruiz reports.", "Sheriff Pohlmann said."],
    [
      ...sharedElsewhere,
      "Sign up for our morning newsletter to get the latest news.",
      "Anyone with information is asked to call the county police at 555-772-4925.",
      "RELATED ARTICLES: Lakeside mother grieves for her son",
      // Help lines printed under a story about a death or abuse.
      "If you or someone you know is struggling, help is available around the clock.",
      "Resources for help: the regional family coalition runs a confidential 24-hour line.",
      "The regional child welfare hotline is 1-855-323-4237.",
    ],
  );
  expect(found).toEqual([]);
});

const sourceOf = (label: string, texts: string[]) => ({
  label,
  sentences: texts.map((text, index) => ({ index, text, start: 0, end: text.length, paragraph: index })),
  features: texts.map((text) => extractFeatures(text)),
});

test(`at most ${MAX_HIGH_PER_SOURCE} high omissions per source, the earliest; the rest are medium`, () => {
  const figures = [
    "The water tax raises 40 million euros a year.",
    "About 12,000 households already pay a similar water levy.",
    "The opposition tabled 300 amendments to the water tax.",
    "Household water use fell 8 percent last year.",
  ];
  // Fragments after them are never claims.
  const wire = sourceOf("Wire", [...figures, "Yes.", "No.", "Maybe.", "Indeed."]);
  const daily = sourceOf("Daily", ["Every household will pay the water tax and levy, opposition amendments or not, at the same percent every year."]);
  const found = omissions([wire, daily], []).filter((d) => d.spans[0]?.source === 0);
  expect(found.map((d) => d.severity)).toEqual(["high", "high", "high", "medium"]);
});

test("only the lead of an article (its first sentences) has high omissions", () => {
  const figure = "The water tax raises 40 million euros a year.";
  const filler = Array.from({ length: 11 }, () => "Yes.");
  const daily = sourceOf("Daily", ["Every household will pay the water tax every year."]);
  const severityAt = (index: number) => {
    const texts = [...filler];
    texts.splice(index, 0, figure);
    return omissions([sourceOf("Wire", texts), daily], []).find((d) => d.spans[0]?.source === 0)?.severity;
  };
  expect(severityAt(0)).toBe("high");
  expect(severityAt(LEAD_SENTENCES - 1)).toBe("high");
  // The tenth of twelve sentences: background further down a long report.
  expect(severityAt(9)).toBe("medium");
  // Nor the eleventh of thirty, though in the first half of a long one.
  const long = Array.from({ length: 29 }, () => "Yes.");
  long.splice(10, 0, figure);
  expect(omissions([sourceOf("Wire", long), daily], []).find((d) => d.spans[0]?.source === 0)?.severity).toBe("medium");
});

test("what makes a claim news: a figure that identifies a fact, people counted, a person identified; a quotation is worth a look", () => {
  const known = new Set(["tax", "household", "region", "water", "pay", "minister", "kovacs", "shoot", "man"]);
  const severity = (text: string) => contentSeverity(extractFeatures(text), known);
  expect(severity("Every household in the region will pay 40 euros for water.")).toBe("high");
  expect(severity("Two men were shot near the water tower in the region.")).toBe("high");
  // "two days" and "one of" count nothing a reader looks up; a voice the others never name is a reaction.
  expect(severity("The minister raised the water tax two days before the vote in the region.")).toBe("low");
  expect(severity("“The water tax will hurt every household in the region,” Minister Kovacs said.")).toBe("medium");
  expect(severity("Police identified the man shot near the water tower as Ana Kovacs.")).toBe("high");
  expect(severity("The man, Ana Kovacs, 34, died at the water tower.")).toBe("high");
  // An age describes someone.
  expect(severity("“The water is cleaner now,” said 61-year-old minister Kovacs.")).toBe("medium");
  // A voice none of the others name (a farmer's reaction) is colour: low; unnamed ("a farmer said"), it may be anyone's: medium.
  expect(severity("“The water tax will hurt every household in the region,” said Anna Brandt, a farmer.")).toBe("low");
  expect(severity("“The water tax will hurt every household in the region,” a farmer said.")).toBe("medium");
  expect(severity("“You want to pet the dog?” the minister asked his grandchildren on the lawn.")).toBe("medium");
  // A figure inside a quotation is the speaker's: a quotation.
  expect(severity("“People forget I've paid, like, 20 water taxes in the region,” the minister said.")).toBe("medium");
  // A span of time describes a career or a history, unless it is a penalty or a term.
  expect(severity("The minister, who rose over 20 years in the water ministry, will pay the tax.")).toBe("medium");
  expect(severity("The minister who raised the water tax in the region was sentenced to 46 months in prison.")).toBe("high");
  expect(severity("The minister who raised the water tax in the region served 46 months.")).toBe("medium");
  // A figure among words the others never use is colour or background; a person identified is news however new the names.
  expect(severity("Around 25 onlookers stood behind yellow tape at dusk.")).toBe("medium");
  expect(severity("About 25 men were shot near the water tower.")).toBe("high");
  expect(severity("Police identified the two men shot near the water tower as Ana Brandt, 24, and Tom Ruiz, 26.")).toBe("high");
  expect(severity("Police identified the two as Ana Brandt, 24, and Tom Ruiz, 26, sisters of the mayor.")).toBe("medium");
});

test("a quotation about something no other source mentions is a side story: medium, and low from a voice none of them name; a term in quotation marks is not a quotation", () => {
  const found = omissionsOf(
    [...shared, "“My grandchildren have been the best thing that ever happened to me,” Mr. Brandt said.", "The nickname \"Blue Gold\" stuck to the water."],
    [...sharedElsewhere, "The water board chairman, Tom Brandt, was absent."],
  );
  expect(found.filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["medium", "low"]);
  const unnamed = omissionsOf(["“My grandchildren have been the best thing that ever happened to me,” Mr. Brandt said.", ...shared], sharedElsewhere);
  expect(unnamed.map((d) => d.severity)).toEqual(["low"]);
});

test("excerpt keeps a short claim whole and cuts a long one after twelve words", () => {
  expect(excerpt("Short claim here.")).toBe("Short claim here.");
  expect(excerpt("one two three four five six seven eight nine ten eleven twelve thirteen fourteen")).toBe("one two three four five six seven eight nine ten eleven twelve …");
});

test("a claim that opens with a quotation is named in its own quotation marks", () => {
  const found = omissionsOf([...shared, "“We will fight this levy in court,” the farmers' union said."], sharedElsewhere);
  expect(found.map((d) => d.explanation)).toEqual(["Only Wire carries this claim (“We will fight this levy in court,” the farmers' union said.); Daily does not."]);
});

test("a claim that opens a quotation it does not close is named in quotation marks of its own, balanced", () => {
  expect(named("\"I wasn't suggesting the president's not a Christian.")).toBe("“I wasn't suggesting the president's not a Christian.”");
  expect(named("“We will fight this levy in court,” the union said.")).toBe("“We will fight this levy in court,” the union said.");
  expect(named("The union will fight the levy.")).toBe("“The union will fight the levy.”");
});

test("a sentence in two rows carries its claim to the outlets of both: they are not said to leave it out", () => {
  const group = (id: number, members: Array<[number, number]>): ClaimGroup => ({ id, similarity: 0.5, members: members.map(([s, i]) => ({ source: s, sentences: [i], changed: [] })) });
  const sources = [
    sourceOf("Wire", ["“The tax will apply from spring,” the minister said, and 40 farmers protested.", "Farmers' unions will challenge the levy in court."]),
    sourceOf("Daily", ["The water tax applies from next spring, the minister said."]),
    sourceOf("Post", ["Forty farmers protested outside parliament.", "Farmers' unions plan a court challenge to the levy."]),
  ];
  // Wire's first sentence carries two claims: row 0 with Daily, row 1 with Post.
  const found = omissions(sources, [group(0, [[0, 0], [1, 0]]), group(1, [[0, 0], [2, 0]]), group(2, [[0, 1], [2, 1]])]);
  expect(found.map((d) => d.explanation)).toEqual([
    "Wire and Post carry this claim (“Farmers' unions will challenge the levy in court.”); Daily does not.",
  ]);
});

test("the outlets that carry a row's claim in another row (by a sentence the two rows share) are named as such, so the row's gaps are not contradicted", () => {
  const group = (id: number, members: Array<[number, number]>): ClaimGroup => ({ id, similarity: 0.5, members: members.map(([s, i]) => ({ source: s, sentences: [i], changed: [] })) });
  const sources = [
    sourceOf("Wire", ["“The tax will apply from spring,” the minister said, and 40 farmers protested."]),
    sourceOf("Daily", ["The water tax applies from next spring, the minister said."]),
    sourceOf("Post", ["The stadium will close for repairs."]),
    sourceOf("Times", ["Forty farmers protested outside parliament."]),
  ];
  const found = omissions(sources, [group(0, [[0, 0], [1, 0]]), group(1, [[0, 0], [3, 0]])]).filter((d) => d.spans.some((x) => x.source === 1));
  expect(found.map((d) => d.explanation)).toEqual([
    "Wire and Daily carry this claim (“The tax will apply from spring,” the minister said, and 40 farmers …), Times in another row; Post does not.",
  ]);
});

test("a claim close to a sentence of an outlet said to leave it out may be there in other words: at most medium", () => {
  const sources = [sourceOf("Wire", ["The tax raises 40 million euros a year, the minister said."]), sourceOf("Daily", ["The minister expects the levy to bring in money every year.", "The tax on banks raises money for the budget, the minister said."])];
  const near = (source: number, sentence: number, other: number) => (source === 0 && sentence === 0 && other === 1 ? 0.3 : 0);
  expect(omissions(sources, []).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["high"]);
  expect(omissions(sources, [], near).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["medium"]);
});

test("a claim whose counted figure the outlet said to leave it out gives somewhere may be there in other words: at most medium", () => {
  const sources = [
    sourceOf("Wire", ["A firebomb attack on a bank in the capital killed three people on Wednesday."]),
    sourceOf("Daily", ["Protesters marched through the capital on Wednesday.", "Three people have died, officials said."]),
  ];
  expect(omissions(sources, []).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["medium"]);
  const without = [sources[0], sourceOf("Daily", ["Protesters marched through the capital on Wednesday."])].filter((x) => x !== undefined);
  expect(omissions(without, []).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["high"]);
});

test("people counted with another noun for people, or a person identified whom the other outlet names however spelled, may be there in other words: at most medium", () => {
  const wire = sourceOf("Wire", ["Four people were shot and taken to hospitals near the lake on Sunday."]);
  const severityWith = (daily: string) => omissions([wire, sourceOf("Daily", ["A party ended in gunfire near the lake.", "People who were shot were taken to hospitals on Sunday.", daily])], []).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity);
  expect(severityWith("The shooting sent four men to the hospital.")).toEqual(["medium"]);
  expect(severityWith("The shooting sent four cars off the road.")).toEqual(["high"]);
  const named = sourceOf("Wire", ["The boy who was shot was identified as DaMontez Ruiz, 15, of Lakeside."]);
  const severityNamed = (daily: string) => omissions([named, sourceOf("Daily", ["A boy was shot at a party in Lakeside on Sunday.", daily])], []).filter((d) => d.spans[0]?.source === 0).map((d) => d.severity);
  expect(severityNamed("Police say Demontez Ruiz died after the party.")).toEqual(["medium"]);
  expect(severityNamed("Police say a teenager died after the party.")).toEqual(["high"]);
});

test("a claim of a figure (not of people) the other outlet gives, in a few words or in its words, is said there in other words: low", () => {
  const court = sourceOf("Wire", ["The state's highest court on Friday struck down the map, ruling 5-2 that it violated the constitution."]);
  const severity = (claim: string) => omissions([court, sourceOf("Daily", ["The court struck down the map on Friday.", claim])], []).filter((d) => d.spans[0]?.source === 1 && d.spans[0]?.sentence === 1).map((d) => d.severity);
  expect(severity("The justices split five to two.")).toEqual(["low"]);
  const fine = sourceOf("Wire", ["The regulator fined the bank $4.2 million on Friday for misleading customers."]);
  const fined = (claim: string) =>
    omissions([fine, sourceOf("Daily", ["The regulator punished the bank on Friday.", claim, "The bank said it would appeal.", "Its shares fell."])], [])
      .filter((d) => d.spans[0]?.source === 1 && d.spans[0]?.sentence === 1)
      .map((d) => d.severity);
  expect(fined("The fine came to $4.2 million.")).toEqual(["low"]);
  expect(fined("The fine came to $5.1 million.")).not.toEqual(["low"]);
  // People counted are harmed or not by the verb beside them.
  const crash = sourceOf("Wire", ["The bus crash on the highway left two people injured, police said on Friday."]);
  expect(omissions([crash, sourceOf("Daily", ["The bus crashed on the highway on Friday.", "Two people died."])], []).filter((d) => d.spans[0]?.source === 1 && d.spans[0]?.sentence === 1).map((d) => d.severity)).toEqual(["medium"]);
});

test("a figure the outlet said to leave the claim out gives in its headline is given: at most medium", () => {
  const wire = sourceOf("Wire", ["Ana Ruiz, the actress whose bangs set a fashion, died on Thursday.", "Ruiz made 91 films in a career that spanned five decades."]);
  const daily = (title: string | null) => ({ ...sourceOf("Daily", ["The actress Ana Ruiz, who made films in a long career, died on Thursday in Lakeside."]), title });
  const severity = (title: string | null) => omissions([wire, daily(title)], []).find((d) => d.spans[0]?.sentence === 1)?.severity;
  expect(severity("Ana Ruiz, star of 91 films, dies")).toBe("medium");
  expect(severity("Pin-up actress Ana Ruiz dies")).toBe("high");
});

test("people harmed are counted one by one and in all: a total one outlet gives is the others' parts", () => {
  expect(harmCounts(extractFeatures("A woman was shot in the chest, and three men were also wounded."))).toEqual([3, 1, 4]);
  expect(harmCounts(extractFeatures("Two people were killed and five others were wounded, police said."))).toEqual([2, 5, 7]);
  expect(harmCounts(extractFeatures("First responders located seven shooting victims."))).toEqual([7]);
  // Not people, or no harm told.
  expect(harmCounts(extractFeatures("He was shot 3 times."))).toEqual([]);
  expect(harmCounts(extractFeatures("Seven people attended the vigil."))).toEqual([]);
  const wire = sourceOf("Wire", ["Gunfire broke out at a lodge party on Friday night, police said.", "Police said seven shooting victims were found at the lodge.", "The lodge was closed on Saturday.", "Neighbors said the party was loud."]);
  const severityWith = (daily: string) =>
    omissions([wire, sourceOf("Daily", ["Gunfire broke out at a lodge party on Friday night, police said.", daily, "Police are looking for the shooting suspects.", "The lodge was closed on Saturday."])], [])
      .filter((d) => d.spans[0]?.source === 0 && d.spans[0]?.sentence === 1)
      .map((d) => d.severity);
  expect(severityWith("Two people died and five were injured at the lodge party.")).toEqual(["medium"]);
  expect(severityWith("The lodge party had been planned for weeks.")).toEqual(["high"]);
});

test("a claim linked to another outlet's sentence that no row could hold is not 'only' its outlet's: low, with that sentence; carried by all, no omission", () => {
  const claim = "The council will vote on the water tax on Friday.";
  const wire = sourceOf("Wire", [claim]);
  const daily = sourceOf("Daily", ["Councillors are to decide the levy at the end of the week."]);
  const post = sourceOf("Post", ["The stadium will close for repairs."]);
  // Wire's sentence 0 links to Daily's sentence 0 (p 0.8), not to Post's.
  const nearest = (source: number, sentence: number, other: number) => (source === 0 && sentence === 0 && other === 1 ? 0.8 : 0);
  const closest = (source: number, sentence: number, other: number) => (source === 0 && sentence === 0 && other === 1 ? 0 : null);
  const found = omissions([wire, daily, post], [], nearest, closest).filter((d) => d.spans[0]?.source === 0);
  expect(found.map((d) => [d.severity, d.explanation, d.spans.map((x) => [x.source, x.sentence])])).toEqual([
    ["low", `Wire carries this claim (“${claim}”), Daily in another row; Post does not.`, [[0, 0], [1, 0]]],
  ]);
  // Without the link, Wire alone carries it.
  expect(omissions([wire, daily, post], []).filter((d) => d.spans[0]?.source === 0).map((d) => d.explanation)).toEqual([`Only Wire carries this claim (“${claim}”); Daily and Post do not.`]);
  // Linked to both: no outlet leaves it out.
  expect(omissions([wire, daily, post], [], (source, sentence) => (source === 0 && sentence === 0 ? 0.8 : 0), (source, sentence) => (source === 0 && sentence === 0 ? 0 : null)).filter((d) => d.spans[0]?.source === 0)).toEqual([]);
});

test("a carried claim's own sentence is its first span; an outlet in the carrier's row carries it too", () => {
  const claim = "The council will vote on the water tax on Friday.";
  const daily = sourceOf("Daily", ["Councillors are to decide the levy at the end of the week."]);
  const wire = sourceOf("Wire", ["The stadium will close for repairs.", claim]);
  const post = sourceOf("Post", ["The levy goes to a council vote this week."]);
  // Wire's sentence 1 links to Daily's sentence 0, which a row holds with Post's sentence 0.
  const nearest = (source: number, sentence: number, other: number) => (source === 1 && sentence === 1 && other === 0 ? 0.8 : 0);
  const closest = (source: number, sentence: number, other: number) => (source === 1 && sentence === 1 && other === 0 ? 0 : null);
  const ofClaim = (groups: ClaimGroup[]) => omissions([daily, wire, post], groups, nearest, closest).filter((d) => d.spans.some((x) => x.source === 1 && x.sentence === 1));
  expect(ofClaim([]).map((d) => d.spans.map((x) => [x.source, x.sentence]))).toEqual([[[1, 1], [0, 0]]]);
  const row: ClaimGroup = { id: 0, similarity: 0.5, members: [{ source: 0, sentences: [0], changed: [] }, { source: 2, sentences: [0], changed: [] }] };
  expect(ofClaim([row])).toEqual([]);
});

test("with four outlets, an outlet in the carrier's row is named and spanned as carrying the claim; the fourth does not", () => {
  const claim = "The council will vote on the water tax on Friday.";
  const daily = sourceOf("Daily", ["Councillors are to decide the levy at the end of the week."]);
  const wire = sourceOf("Wire", [claim]);
  const post = sourceOf("Post", ["The levy goes to a council vote this week."]);
  const times = sourceOf("Times", ["The stadium will close for repairs."]);
  const nearest = (source: number, sentence: number, other: number) => (source === 1 && sentence === 0 && other === 0 ? 0.8 : 0);
  const closest = (source: number, sentence: number, other: number) => (source === 1 && sentence === 0 && other === 0 ? 0 : null);
  const row: ClaimGroup = { id: 0, similarity: 0.5, members: [{ source: 0, sentences: [0], changed: [] }, { source: 2, sentences: [0], changed: [] }] };
  const found = omissions([daily, wire, post, times], [row], nearest, closest).filter((d) => d.spans[0]?.source === 1);
  expect(found.map((d) => [d.explanation, d.spans.map((x) => [x.source, x.sentence])])).toEqual([
    [`Wire carries this claim (“${claim}”), Daily and Post in another row; Times does not.`, [[1, 0], [0, 0], [2, 0]]],
  ]);
});

test("a speaker another outlet names in another spelling, or by the role the sentence gives, is not a voice heard only here", () => {
  const known = new Set(["tax", "household", "region", "president", "chief", "police", "visit"]);
  const severity = (text: string) => contentSeverity(extractFeatures(text), known);
  expect(severity("“We will find whoever did this to the family,” said Ann Lee, the police chief.")).toBe("medium");
  // A role inside the quotation is what the speaker talks about, not who the speaker is.
  expect(severity("“The police chief has failed every household,” said Anna Brandt, a farmer.")).toBe("low");
});

test("a speaker another outlet names in another spelling is named there; a short name inside a longer word is not", () => {
  const wire = ["“We will never give our land to anyone at all,” Zelenskyy said.", "“We will never stop the march for clean water,” Chris Lee said.", ...shared];
  const found = omissionsOf(wire, [...sharedElsewhere, "President Zelensky visited the region before Christmas, as Leeds fans protested."]);
  expect(found.filter((d) => d.spans[0]?.source === 0).map((d) => d.severity)).toEqual(["medium", "low"]);
});

test("a sentence that mentions resources or a toll-free number is still a claim; a help line's promo is not", () => {
  expect(isClaim(extractFeatures("Few resources are available to rural hospitals, the state audit found."))).toBe(true);
  expect(isClaim(extractFeatures("Toyota is recalling 2.1 million vehicles; owners can call 1-800-331-4331 for repairs."))).toBe(true);
  expect(isClaim(extractFeatures("The statewide child abuse hotline is 1-855-323-4237."))).toBe(false);
  expect(isClaim(extractFeatures("Call 1-800-273-8255, the national suicide prevention lifeline, for help."))).toBe(false);
});

test("a source's names are found in their spellings, and a short name is not found inside a word", () => {
  const names = spellings(["Zelensky", "Peña", "Chris", "Wis"]);
  expect(["Zelenskyy", "ZELENSKY", "Pena", "Chris", "Wis"].map((w) => names.has(w))).toEqual([true, true, true, true, true]);
  expect(["Christmas", "Zelenskiy", "Zelen", "Pen", "Wisconsin"].map((w) => names.has(w))).toEqual([false, false, false, false, false]);
  // The longer spelling in the source, the shorter asked for.
  expect(spellings(["Zelenskyy"]).has("Zelensky")).toBe(true);
  // Six letters at least on the shorter side: "Maria" and "Marian" are two names.
  expect(spellings(["Maria"]).has("Marian")).toBe(false);
});

test("a lead-in to a list or a quotation is no claim alone; the items after it are", () => {
  expect(isClaim(extractFeatures("In a wide-ranging interview with the paper, the finance minister also said:"))).toBe(false);
  expect(isClaim(extractFeatures("The water tax will rise again next year"))).toBe(true);
});

test("a claim some outlets carry has one severity whichever of them is listed first: its most telling wording's", () => {
  const texts = {
    a: "Brennan, a Democrat, is in his second term as mayor.\n\nThe extortion charge carries a maximum sentence of 20 years in prison.",
    b: "Agents found $48,000 in cash wrapped in foil in the freezer, according to the complaint.\n\nBrennan faces up to 20 years behind bars.",
    c: "Eastport Mayor Thomas Brennan faces federal extortion and fraud charges after being arrested Wednesday, prosecutors said.\n\nBrennan did not respond to calls seeking comment.",
  };
  const severity = (order: Array<keyof typeof texts>) =>
    analyze(order.map((k) => ({ label: k, text: texts[k] })))
      .discrepancies.filter((d) => d.type === "omission" && /20 years/.test(d.explanation))
      .map((d) => d.severity);
  const forward = severity(["a", "b", "c"]);
  expect(forward).toHaveLength(1);
  expect(severity(["c", "b", "a"])).toEqual(forward);
  expect(severity(["b", "a", "c"])).toEqual(forward);
});

test("rows that share a sentence tell one claim: its omission is reported once", () => {
  const result = analyze([
    { label: "a", text: "Vale remains free after posting bail." },
    { label: "b", text: "He faces up to four years in prison if convicted." },
    { label: "c", text: "Vale could be jailed for up to seven years if found guilty." },
    { label: "d", text: "Trial is set for June 3.\n\nVale faces up to four years in prison if convicted." },
  ]);
  const aLacks = result.discrepancies.filter((d) => d.type === "omission" && /a does not\.$/.test(d.explanation));
  expect(aLacks.map((d) => d.explanation)).toEqual(["b and d carry this claim (“He faces up to four years in prison if convicted.”), c in another row; a does not."]);
});
