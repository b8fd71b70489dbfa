import { expect, test } from "vitest";
import { casingOf } from "./casing";
import { extractFeatures } from "./features";
import { tokenize } from "./nlp";

/** The first word of `sentence` as `article` (or no article) has it read: part of speech and lemma. */
function firstWord(sentence: string, article?: string): string {
  const t = tokenize(sentence, article === undefined ? undefined : casingOf(article))[0];
  return `${t?.pos}/${t?.lemma}`;
}

const ARTICLE = [
  "Dennis Waters, 41, shot his son in their apartment on Tuesday, police said.",
  "Waters, his wife and their son had lived in the apartment since May.",
  "Investigators believe the boy was asleep.",
  "Bush said on Monday that Mr. Bush's plan stood.",
  "The investigators found a rifle, officials said.",
].join("\n");

test.each([
  // Written in lower case elsewhere in the article: the common noun, singular.
  ["Investigators believe the boy was asleep.", ARTICLE, "NOUN/investigator"],
  ["Officials said the boy died.", ARTICLE, "NOUN/official"],
  // Written capitalised in mid-sentence ("Mr. Waters", "his son" after "Dennis Waters"): the man's name.
  ["Waters, his wife and their son had lived there.", ARTICLE, "PROPN/waters"],
  ["Bush said the plan stood.", ARTICLE, "PROPN/bush"],
  // Written nowhere else: WordNet's first sense decides.
  ["Witnesses said the shooting happened.", ARTICLE, "NOUN/witness"],
  ["Authorities said neighbors heard shots.", ARTICLE, "NOUN/authority"],
  ["Construction began on Monday.", ARTICLE, "NOUN/construction"],
  ["China said it would respond.", ARTICLE, "PROPN/china"], // one named thing (a country)
  ["Trump said it would respond.", ARTICLE, "PROPN/trump"], // no everyday word
  ["Police Chief Jane Roe said the boy died.", ARTICLE, "PROPN/police"], // part of a longer name
  // A sentence read alone: only a plural is read again.
  ["Officials said the boy died.", undefined, "NOUN/official"],
  ["Bush said the plan stood.", undefined, "PROPN/bush"],
])("the first word of %j (case %#)", (sentence, article, expected) => {
  expect(firstWord(sentence, article)).toBe(expected);
});

test("a sentence inside a quotation and the next sentence of a text are read the same way", () => {
  const tokens = tokenize('"Deputies are working," he said. Prosecutors agreed.', casingOf(ARTICLE));
  expect(tokens.filter((t) => t.text === "Deputies" || t.text === "Prosecutors").map((t) => `${t.pos}/${t.lemma}`)).toEqual(["NOUN/deputy", "NOUN/prosecutor"]);
  // A quotation opened after a colon opens a sentence; a name after a closing quote does not.
  const quoted = tokenize('Lee said: "Voters must have their say." "We will," Rice said.', casingOf(ARTICLE));
  expect(quoted.filter((t) => t.text === "Voters" || t.text === "Rice").map((t) => `${t.pos}/${t.lemma}`)).toEqual(["NOUN/voter", "PROPN/rice"]);
  // So does one opened after a comma.
  const afterComma = tokenize('He said, "Deputies are working."', casingOf(ARTICLE));
  expect(afterComma.find((t) => t.text === "Deputies")?.lemma).toBe("deputy");
  // A term quoted in mid-sentence is no sentence's start.
  const term = tokenize('The indictment refers to it as "Organization 1".', casingOf(ARTICLE));
  expect(term.find((t) => t.text === "Organization")?.pos).toBe("PROPN");
});

test("a title in title case says nothing of how the article writes its words", () => {
  const casing = casingOf("Police Investigators Search For Gunman After Shooting\nInvestigators said the gunman fled.");
  expect(casing.capital.has("investigators")).toBe(false);
  expect(tokenize("Investigators said the gunman fled.", casing)[0]?.lemma).toBe("investigator");
});

test("a sentence-initial common noun is no name, and weighs like the same word in mid-sentence", () => {
  const casing = casingOf(ARTICLE);
  const opening = extractFeatures("Investigators found a rifle.", { casing });
  const inside = extractFeatures("Then investigators found a rifle.", { casing });
  expect(opening.names.has("investigators")).toBe(false);
  expect(opening.content.get("investigator")).toBe(inside.content.get("investigator"));
});
