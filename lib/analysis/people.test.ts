import { expect, test } from "vitest";
import { extractFeatures } from "./features";
import { describe as describeEntities, holderOf, holderWords } from "./people";

const descriptions = (text: string) => describeEntities(text, 0, 0, extractFeatures(text).tokens).map((d) => `${d.name}: ${d.text}`);

test("a title before a name, and an appositive noun phrase after it, describe the person", () => {
  expect(descriptions("Ukrainian Ambassador to South Korea Dmytro Ponomarenko spoke in Seoul.")).toEqual([
    "Dmytro Ponomarenko: Ukrainian Ambassador to South Korea",
  ]);
  expect(descriptions("Dmytro Ponomarenko, Ukraine's ambassador-designate to South Korea, said on Friday that Seoul had joined.")).toEqual([
    "Dmytro Ponomarenko: Ukraine's ambassador-designate to South Korea",
  ]);
  expect(descriptions("Michael T. Flynn, Mr. Trump's first national security adviser, pleaded guilty.")).toEqual([
    "Michael T. Flynn: Mr. Trump's first national security adviser",
  ]);
});

test("a clause after a name is not a description of the person, even when it holds a role word", () => {
  expect(descriptions("The president defended Michael Flynn, whom he fired in February for lying to the vice president, on Saturday.")).toEqual([]);
  expect(descriptions("He had misled Mike Pence, about the extent of his contacts with Russian officials, in January.")).toEqual([]);
  expect(descriptions("Lawyers for John Dowd, now claim that the president already knew, the paper said.")).toEqual([]);
});

test("a modifier alone is not a title, and a place after a role is not a person", () => {
  expect(descriptions("Voters may inadvertently help elect Trump in November.")).toEqual([]);
  expect(descriptions("He is doing a great job as mayor of New York City, he wrote.")).toEqual([]);
  expect(descriptions("Former New York City Mayor Michael Bloomberg endorsed Clinton.")).toEqual(["Michael Bloomberg: Former New York City Mayor"]);
});

test("an appositive description ends at its verb, and capitalised words inside a title are not a name", () => {
  expect(descriptions("Peter Guest, Assistant Chief Fire Officer at the county fire service says the building is lost.")).toEqual([
    "Peter Guest: Assistant Chief Fire Officer at the county fire service",
  ]);
  // ... and at a relative clause.
  expect(descriptions("\"It's destructive,\" said Robert Gibbs, the president's former press secretary who is now working on the campaign.")).toEqual([
    "Robert Gibbs: the president's former press secretary",
  ]);
});

test("a capital the sentence or a headline gives a word does not make it part of a name", () => {
  expect(descriptions("Under Jim Baker, the former head coach of the Boston Celtics, the team struggled.")).toEqual([
    "Jim Baker: the former head coach of the Boston Celtics",
  ]);
  expect(descriptions("Fired Jim Baker, coach.")).toEqual(["Jim Baker: coach"]);
  // An office "for" a person is the office of one who works for them, unless a domain comes first.
  expect(descriptions("Ed Magee, a spokesman for Robert P. McCulloch, said so.")).toEqual(["Ed Magee: a spokesman for Robert P. McCulloch"]);
  expect(descriptions("She is the communications director for Rep. Stephen Fincher.")).toEqual([]);
  expect(descriptions("Minister for Foreign Affairs Wang Yi arrived.")).toEqual(["Wang Yi: Minister for Foreign Affairs"]);
  // Nor part of a title: "Yet House Speaker", "But Senate Majority Leader".
  expect(descriptions("Yet House Speaker Ann Ruiz said she would not invite him.")).toEqual(["Ann Ruiz: House Speaker"]);
  expect(descriptions("But Senate Majority Leader Ann Ruiz said no.")).toEqual(["Ann Ruiz: Senate Majority Leader"]);
  // A name the tagger reads as a verb or an auxiliary is still a name.
  expect(descriptions("Tim Cook, Apple's chief executive, said so.")).toEqual(["Tim Cook: Apple's chief executive"]);
  expect(descriptions("Hope Hicks, the communications director, resigned.")).toEqual(["Hope Hicks: the communications director"]);
});

test("the words that may name an office's holder reach past \"of\" and the office's own words", () => {
  const f = extractFeatures("Secretary of State John Kerry swore him in.");
  const role = f.tokens.find((t) => t.lower === "secretary");
  if (!role) throw new Error("no role");
  expect(holderWords(f.tokens, role)).toEqual(["state", "john", "kerry"]);
  const g = extractFeatures("Interim Senator William Cowan took the oath.");
  const senator = g.tokens.find((t) => t.lower === "senator");
  if (!senator) throw new Error("no role");
  expect(holderWords(g.tokens, senator)).toEqual(expect.arrayContaining(["william", "cowan"]));
});

test("an office's holder is read past an '-ing' word of the office, not past a participle used as a preposition", () => {
  const holder = (text: string, role: string) => {
    const tokens = extractFeatures(text).tokens;
    const t = tokens.find((x) => x.lower === role);
    return t ? holderOf(tokens, t) : [];
  };
  expect(holder("Tom Albrecht, the chief operating officer, spoke.", "officer")).toEqual(["albrecht", "tom"]);
  expect(holder("He held posts in Virginia, including deputy attorney general.", "general")).toEqual([]);
  // Past the office's owner, the name before the comma holds it; the owner alone holds nothing.
  expect(holder("Sarah Lind, the company's chief financial officer, spoke.", "officer")).toEqual(["lind", "sarah"]);
  expect(holder("Halvern's chief financial officer spoke.", "officer")).toEqual([]);
});
