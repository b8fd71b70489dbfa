import { expect, test } from "vitest";
import { align, scorePair } from "./align";
import { extractFeatures } from "./features";
import { forgetWordPairs, LINK_THRESHOLD, linkFeatures, twoOccasions, twoRemarks, twoSubjects } from "./links";
import { overlap } from "./similarity";

test.each([
  // Two remarks of one witness: the name and "said" around them are not a claim in common.
  ["“I thought he would never pull over for the officers,” said Lamar Fenn, a witness.", "“It all happened in a blink of an eye,” said Lamar Fenn, a witness.", true],
  ["“The ruling is totally inappropriate for a judge,” Senator Ana Ruiz said.", "“It is beyond the pale and an embarrassment,” she added.", true],
  // A reported sentence with a few quoted words in it is not a remark set against the other.
  ["“We have learned something important since the days that I served in the Navy,” Mr. Hale told the group in Norwalk.", "Hale's campaign called a report that he had served “in the Navy” an “outrageous distortion” of his record.", false],
  // One remark in two spellings or two translations, one official's figures in common, a claim one
  // outlet quotes and the other says in its own words.
  ["“The organisation's behaviour was unacceptable,” the minister said on Tuesday.", "“The organization's behavior was totally unacceptable,” the minister said on Monday.", false],
  ["“These attacks are an act of war committed by a terrorist army,” Hollande said.", "“What happened yesterday is an act of war carried out by a terrorist army,” Hollande said.", false],
  ["“Three people were killed and 12 wounded,” Chief Ray Dunn said at the scene.", "“We have three dead and 13 injured,” Chief Ray Dunn told reporters.", false],
  ["Dunn said the shooting was justified: “My officers did everything they were trained to do.”", "“This shooting was justified under state law,” Dunn said.", false],
  // One remark quoted by both, whole or in part, and quotations too short to tell apart.
  ["“Those remarks are well over the line,” Mr. Hale said.", "Hale said on Sunday: “I think those remarks are well over the line.”", false],
  ["Ms. Ruiz called it a “hoax.”", "Ms. Ruiz called the report a “witch hunt.”", false],
  ["The mayor spoke on Monday.", "“It all happened in a blink of an eye,” the mayor said.", false],
  // Five quoted words in one run (two of them content words) are one remark, though each quotes more around them; four are not enough.
  ["“Benefits of that nature may well be appropriate, and states are able to make a provision for those kinds of rights,” Mr. Hale said.", "“States are able to make decisions with regards to partnership benefits such as hospital visits,” Hale said.", false],
  ["“It all happened so fast you know and then the police came in with their lights,” said Lamar Fenn.", "“My brother ran so fast you know when he saw the flames climbing up the roof,” said Lamar Fenn.", true],
  // Five small words in common are no remark in common; nor is a run across two quotations.
  ["“I don't think that the council should raise taxes again this year,” Mayor Lee said.", "“I don't think that anyone expected the old bridge to collapse so soon,” Mayor Lee said.", true],
])("%s / %s: two remarks %s", (a, b, expected) => {
  expect(twoRemarks(extractFeatures(a), extractFeatures(b))).toBe(expected);
});

test("sentences quoting two remarks of one witness do not link, though the words around the quotations are the same", () => {
  const probability = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], () => 1)[0]?.probability ?? 0;
  const remark = "“It all happened in a blink of an eye, everybody was running,” said Lamar Fenn, a witness who lives on Elm Street.";
  expect(probability("“I thought he would never pull over for the officers,” said Lamar Fenn, a witness who lives on Elm Street.", remark)).toBeLessThan(LINK_THRESHOLD);
  // The same remark, quoted by both, links.
  expect(probability("“It all happened in a blink of an eye, everybody was running,” Lamar Fenn, who lives on Elm Street, told reporters.", remark)).toBeGreaterThanOrEqual(LINK_THRESHOLD);
});

test("two remarks stay apart in the claim groups, even beside a remark that links (not rejoined as a split sentence)", () => {
  const a = [
    "A gunman opened fire at a lodge on Friday night.",
    "“I thought he would never pull over for the officers,” said Lamar Fenn, a witness who lives on Elm Street.",
    "“It all happened in a blink of an eye, everybody was running,” said Lamar Fenn, a witness who lives on Elm Street.",
  ];
  const b = ["A gunman opened fire at a lodge on Friday night.", "“It all happened in a blink of an eye, everybody was running,” Lamar Fenn, who lives on Elm Street, told reporters."];
  const groups = align([{ features: a.map((t) => extractFeatures(t)) }, { features: b.map((t) => extractFeatures(t)) }], () => 1);
  const withRemark = groups.find((g) => g.members.some((m) => m.source === 1 && m.sentences.includes(1)));
  expect(withRemark?.members.find((m) => m.source === 0)?.sentences).toEqual([2]);
});

test("an age says whom a sentence is about, not a figure of its claim: only figures count as shared figures", () => {
  const shared = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], () => 1)[0]?.features.sharedNumbers;
  expect(shared("When it is a 3-year-old little girl, that hits the whole town.", "Police said a 3-year-old girl was killed by a stray bullet.")).toBe(0);
  expect(shared("Ana Ruiz, 3, was killed by a stray bullet.", "The girl, 3, died at the hospital.")).toBe(0);
  expect(shared("Police said 3 people were killed by stray bullets.", "Three people were killed, police said.")).toBe(1);
});

test("a figure given with trailing zeros, or as the low end of a range of percentages, is the same figure", () => {
  const shared = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], () => 1)[0]?.features.sharedNumbers;
  expect(shared("The Fed held its rate in a range of 4.25% to 4.50%.", "The Fed held its benchmark rate between 4.25 and 4.5 percent.")).toBe(2);
  expect(shared("The Fed held its rate in a range of 4.25% to 4.50%.", "The Fed held its benchmark rate between 4.75 and 5 percent.")).toBe(0);
});

test("a figure one outlet gives rounded is one the sentences share", () => {
  const shared = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], () => 1)[0]?.features.sharedNumbers;
  expect(shared("Rovers won 3-1 in front of a crowd of 18,402 at Riverside Park.", "More than 18,000 fans watched Rovers win at Riverside Park.")).toBe(1);
  expect(shared("The club sold 12,950 season tickets this year.", "Nearly 13,000 season tickets were sold this year.")).toBe(1);
  // Not two figures apart in their own digits, nor a share against a count.
  expect(shared("The club sold 12,950 season tickets this year.", "The club sold 12,500 season tickets this year.")).toBe(0);
  expect(shared("Turnout rose 3.1% this year.", "About 3 people were hurt this year.")).toBe(0);
});

test.each([
  // Two people each outlet names elsewhere, each the subject of one sentence: two people's claims.
  ["Patrick Mahomes threw for 284 yards and two touchdowns.", "Josh Allen threw for 301 yards and two scores.", true],
  // One told from either side names both: one claim.
  ["Roger Federer beat Rafael Nadal in four sets.", "Rafael Nadal lost to Roger Federer in four sets.", false],
  // One person, or an outlet that never names the other's subject.
  ["Patrick Mahomes threw for 284 yards.", "Mahomes threw for 284 yards and two scores.", false],
  ["Patrick Mahomes threw for 284 yards.", "Tom Brady threw for 284 yards.", false],
])("two people's claims: %s / %s", (a, b, expected) => {
  // Both outlets name Mahomes and Allen (and Federer and Nadal) somewhere in their articles.
  const named = new Set(["mahomes", "allen", "federer", "nadal"]);
  expect(twoSubjects(extractFeatures(a), extractFeatures(b), named, named)).toBe(expected);
});

test("stat lines of two players, each outlet telling both, are two rows, not one", () => {
  const a = ["Patrick Mahomes threw for 284 yards and two touchdowns, and the Chiefs beat the Bills 27-24.", "Josh Allen passed for 301 yards and two touchdowns for Buffalo."];
  const b = ["Josh Allen threw for 301 yards and two scores in the loss.", "Patrick Mahomes completed 24 of 35 passes for 284 yards with two touchdown throws."];
  const groups = align(
    [a, b].map((texts) => ({ features: texts.map((t) => extractFeatures(t)) })),
    () => 1,
  );
  for (const g of groups) {
    const texts = g.members.flatMap((m) => m.sentences.map((s) => [a, b][m.source]?.[s] ?? ""));
    expect(texts.some((t) => t.includes("Mahomes")) && texts.some((t) => t.includes("Allen"))).toBe(false);
  }
});

test.each([
  // A day named from the day of writing against a past year the sentence dates its claim or subject to: two occasions.
  ["A magnitude 6.8 earthquake struck northern Chile on Sunday.", "In 1960, an earthquake in the same region killed thousands.", true],
  ["A magnitude 6.8 earthquake struck northern Chile on Sunday.", "A 1960 earthquake in northern Chile killed thousands.", true],
  ["A 1960 earthquake in northern Chile killed thousands.", "In 1985, an earthquake in central Chile killed 177.", true],
  // A year of a thing named in passing, or one year both give, is no other occasion.
  ["The states filed a lawsuit in the Supreme Court on Thursday.", "The lawsuit asks the court to strike down a 2012 voter-approved measure.", false],
  ["In 1960, an earthquake in the region killed thousands.", "A 1960 earthquake in the region killed thousands.", false],
  ["The quake struck on Sunday.", "The quake struck northern Chile.", false],
])("two occasions: %s / %s", (a, b, expected) => {
  expect(twoOccasions(extractFeatures(a), extractFeatures(b))).toBe(expected);
});

test("the day's event and a past one told in the same words are two rows when each outlet tells both", () => {
  const a = ["A magnitude 6.8 earthquake struck northern Chile on Sunday, killing at least 40 people.", "In 1960, an earthquake in the same region killed about 5,000 people."];
  const b = ["The quake on Sunday left at least 40 dead in northern Chile.", "A 1960 earthquake in northern Chile killed an estimated 5,000 people."];
  const groups = align(
    [a, b].map((texts) => ({ features: texts.map((t) => extractFeatures(t)) })),
    () => 1,
  );
  for (const g of groups) {
    const texts = g.members.flatMap((m) => m.sentences.map((s) => [a, b][m.source]?.[s] ?? ""));
    expect(texts.some((t) => t.includes("Sunday")) && texts.some((t) => t.includes("1960"))).toBe(false);
  }
});

test("word pairs in common are the same after the process forgets their numbers (a server that has read many)", () => {
  const a = extractFeatures("The council approved the budget on Tuesday night.");
  const b = extractFeatures("On Tuesday night the council approved the budget.");
  const c = extractFeatures("Hundreds of protesters marched downtown carrying banners.");
  const context = { bestA: 1, bestB: 1, positionA: 0, positionB: 0, neighbour: 0 };
  const share = (x: typeof a, y: typeof a) => linkFeatures(x, y, overlap(x, y), context).bigramMax;
  // Numbered from the start: a's pairs take the first numbers.
  forgetWordPairs();
  const before = [share(a, b), share(a, c)];
  forgetWordPairs();
  // A sentence read now is numbered from the first numbers again; a, b and c, numbered before, must not be compared by their old numbers.
  const d = extractFeatures("Rescue crews searched the flooded valley overnight.");
  expect([share(d, a), share(c, a), share(b, a)]).toEqual([0, before[1], before[0]]);
  expect(before).toEqual([expect.any(Number), 0]);
  expect(before[0]).toBeGreaterThan(0.5);
});
