import fs from "node:fs";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { expect, test } from "vitest";
import { pristineNlp, tokenize, WINK_PIPE } from "./nlp";

/** What the engine reads of a paragraph: its sentences, and each sentence's tokens, tags, lemmas and stop-word flags. */
function reading(nlp: ReturnType<typeof winkNLP>, paragraphs: readonly string[]): string[] {
  const its = nlp.its;
  return paragraphs.flatMap((p) =>
    (nlp.readDoc(p).sentences().out() as string[]).map((s) => {
      const tokens = nlp.readDoc(s).tokens();
      return [s, tokens.out().join(" "), tokens.out(its.pos).join(" "), tokens.out(its.lemma as never).join(" "), (tokens.out(its.stopWordFlag) as unknown as boolean[]).join(" ")].join(" | ");
    }),
  );
}

test("the annotations left out of wink's pipe (entities, negation, sentiment) change no sentence, token, tag or lemma", () => {
  const paragraphs = [
    ...["prisma/sample/upi.txt", "prisma/sample/reuters.txt"].flatMap((f) => fs.readFileSync(f, "utf8").split(/\n+/)),
    // Entities wink's full pipe recognises: dates, times, money, percents, ordinals, e-mails, URLs, hashtags, emoji.
    "On Feb. 25, 2019, at 10:30 a.m., the company paid $4.5 million (3.2%) to jane.doe@example.com via https://example.com/pay #deal :)",
    "The 3rd suspect wasn't arrested until Tuesday, March 3rd; he never said he'd pay 50 cents or €20 to @somebody.",
    "Ms. Lee, 34, of 10 Downing Street, told CNN the U.S.-U.K. talks are not over, nor will they be.",
  ];
  const mediumWink = winkNLP(model, [...WINK_PIPE] as Parameters<typeof winkNLP>[1]);
  const fullWink = winkNLP(model);
  const engine = reading(mediumWink, paragraphs);
  expect(engine.length).toBeGreaterThan(30);
  expect(engine).toEqual(reading(fullWink, paragraphs));
});

test("the instance an analysis reads with reads as one that has read nothing (what it learns while idle changes no split)", () => {
  const paragraphs = [
    ...["prisma/sample/upi.txt", "prisma/sample/reuters.txt"].flatMap((f) => fs.readFileSync(f, "utf8").split(/\n+/)),
    // (wink splits "Microsoft's" in two until it has read it whole: determinism.test.ts.)
    "The event will revive talk of launch dates for Microsoft's new phones. Shares rose 3% in Zürich; they hadn't by 5 p.m.",
    "The U.S.-U.K. deal, worth $4.5 bn, wasn't signed until Feb. 25 - or so Rep. Jane Doe (D-Calif.) says.",
  ];
  const untouched = winkNLP(model, [...WINK_PIPE] as Parameters<typeof winkNLP>[1]);
  expect(reading(pristineNlp(), paragraphs)).toEqual(reading(untouched, paragraphs));
});

test("a word with letters beyond Latin-1 is one token in its own letters, tagged as the plain word would be", () => {
  const read = (text: string) => tokenize(text).map((t) => `${t.text}/${t.pos}`);
  expect(read("Erdoğan spoke in Şanlıurfa.")).toEqual(["Erdoğan/PROPN", "spoke/VERB", "in/ADP", "Şanlıurfa/PROPN", "./PUNCT"]);
  expect(read("The train derailed near Gdańsk.")).toEqual(["The/DET", "train/NOUN", "derailed/VERB", "near/ADP", "Gdańsk/PROPN", "./PUNCT"]);
  expect(read("They met in Hà Nội.")).toEqual(["They/PRON", "met/VERB", "in/ADP", "Hà/PROPN", "Nội/PROPN", "./PUNCT"]);
  const [word] = tokenize("Łódź");
  expect([word?.start, word?.end, word?.lemma]).toEqual([0, 4, "łódź"]);
});

test("found guilty is convicted, with the one found a few words apart, not found not guilty nor past a comma", () => {
  const lemmaOfFound = (text: string) => tokenize(text).find((t) => t.lower === "found")?.lemma;
  expect(lemmaOfFound("Jurors found Calloway guilty of murder.")).toBe("convict");
  expect(lemmaOfFound("A jury on Monday found a local man guilty of murder.")).toBe("convict");
  expect(lemmaOfFound("Jurors found Calloway not guilty on Monday.")).toBe("find");
  expect(lemmaOfFound("Officers found a man, guilty of nothing, asleep.")).toBe("find");
});

test("a deed in -ing after a verb that takes one is that deed's verb, not an adjective; after another verb it stays", () => {
  const tag = (text: string, word: string) => {
    const t = tokenize(text).find((x) => x.lower === word);
    return `${t?.pos}/${t?.lemma}`;
  };
  expect(tag("The cartel is considering cutting output by 500,000 barrels a day.", "cutting")).toBe("VERB/cut");
  expect(tag("He denied taking the money.", "taking")).toBe("VERB/take");
  expect(tag("The firm is building cutting tools.", "cutting")).not.toBe("VERB/cut");
});

test("a word after a modal and before what it acts on is a verb ('may lower the risk'); a third-person verb after its subject too ('The drug cuts the risk')", () => {
  const tag = (text: string, word: string) => {
    const t = tokenize(text).find((x) => x.lower === word);
    return `${t?.pos}/${t?.lemma}`;
  };
  expect(tag("The drug may lower the risk of stroke.", "lower")).toBe("VERB/lower");
  expect(tag("The plan could also lower their bills.", "lower")).toBe("VERB/lower");
  expect(tag("The pill may lower blood pressure in older patients.", "lower")).toBe("VERB/lower");
  expect(tag("The drug does not lower the risk of stroke.", "lower")).toBe("VERB/lower");
  expect(tag("The drug might slightly lower the risk of stroke.", "lower")).toBe("VERB/lower");
  expect(tag("The drug cuts the risk of stroke.", "cuts")).toBe("VERB/cut");
  expect(tag("The new law bans the sale of vapes.", "bans")).toBe("VERB/ban");
  // (Not a word that is no verb, nor a noun after a determiner: "the cuts the board made".)
  expect(tag("Prices may remain lower than last year.", "lower")).not.toBe("VERB/lower");
  expect(tag("The cuts the board made were deep.", "cuts")).toBe("NOUN/cut");
  expect(tag("Budget cuts the board approved took effect.", "cuts")).not.toBe("VERB/cut");
});

test("a capitalised word inside a sentence before its possessive is a name ('Ford's chief executive'); at a sentence's start it is left to the tagger", () => {
  const tag = (text: string, word: string) => tokenize(text).find((x) => x.text === word)?.pos;
  expect(tag("The plant will close in May, Ford's chief executive said.", "Ford")).toBe("PROPN");
  expect(tag("Shares rose after Apple's results.", "Apple")).toBe("PROPN");
  expect(tag("Today's decision was expected.", "Today")).not.toBe("PROPN");
  expect(tag("He said: \"Today's decision was expected.\"", "Today")).not.toBe("PROPN");
});

test("a capitalised word the tagger read as a verb, right after a preposition inside a sentence, is a name ('held in Shanghai')", () => {
  const tag = (text: string, word: string) => tokenize(text).find((x) => x.text === word)?.pos;
  expect(tag("The summit will be held in Shanghai next month.", "Shanghai")).toBe("PROPN");
  expect(tag("A court in Shanghai ordered the liquidation.", "Shanghai")).toBe("PROPN");
  // (Not a verb at a sentence's start, nor one in a line in title case: "Markets Slide on Falling Oil".)
  expect(tag("Shanghai the sailors, the captain said.", "Shanghai")).not.toBe("PROPN");
  expect(tag("Markets Slide on Falling Oil", "Falling")).not.toBe("PROPN");
});

test("an adjective standing for a person before a past tense read as a noun: the person and the verb", () => {
  const tags = (text: string) => tokenize(text).slice(1, 3).map((t) => `${t.pos}/${t.lemma}`);
  expect(tags("The incumbent won the election on Sunday.")).toEqual(["NOUN/incumbent", "VERB/win"]);
  expect(tags("The accused lost the appeal on Monday.")).toEqual(["NOUN/accused", "VERB/lose"]);
});

test("a past tense cut to a short stem is read back to its verb in e ('fined' is 'fine', not 'fin'); others stay", () => {
  const lemmas = (text: string) => tokenize(text).filter((t) => t.pos === "VERB").map((t) => t.lemma);
  expect(lemmas("The firm was fined $1.2 billion.")).toEqual(["fine"]);
  expect(lemmas("They opened the store and visited the site.")).toEqual(["open", "visit"]);
});

test("an acronym read as a common noun is a name, as the tagger reads others; not a word of a line in capitals", () => {
  const tagOf = (text: string, word: string) => tokenize(text).find((t) => t.text === word)?.pos;
  expect(tagOf("The SEC fined the bank $200 million.", "SEC")).toBe("PROPN");
  expect(tagOf("THE SEC FINED THE BANK", "SEC")).toBe("NOUN");
});

test("a word in -ing opening a clause after a comma, before what it takes, is that clause's verb ('..., beating analysts' estimates')", () => {
  const read = (text: string, word: string) => tokenize(text).find((x) => x.text === word);
  expect(read("Microsoft earned $2.99 a share, beating analysts' estimates.", "beating")).toMatchObject({ pos: "VERB", lemma: "beat" });
  // (Not a noun after a determiner, nor one in a sentence with no verb before it.)
  expect(read("He took a beating, the report said.", "beating")?.pos).toBe("NOUN");
  expect(read("Steel, roofing materials and lumber.", "roofing")?.pos).not.toBe("VERB");
  // (Nor a noun phrase that its own verb follows: "..., trading volume falling to a low".)
  expect(read("Shares slid, trading volume falling to a low.", "trading")?.pos).toBe("NOUN");
});

test("'shot' after who shoots and before what is shot is the verb ('The gunman shot two people'); a shot of some kind or someone's stays a noun", () => {
  const read = (text: string) => tokenize(text).find((x) => x.lower === "shot");
  for (const text of [
    "The gunman shot two people.",
    "Officers shot and wounded the suspect.",
    "Investigators said the boy shot his brother.",
    "Mariah took the gun into another room and shot herself in the neck.",
    "The teen shot at officers.",
    "Someone shot into the house.",
    "Smith shot Jones.",
    "Troops shot two protesters.",
    "A 19-year-old shot two classmates.",
    "The gunman shot multiple people.",
    "The gunman then shot himself.",
  ]) {
    expect(read(text), text).toMatchObject({ pos: "VERB", lemma: "shoot" });
  }
  for (const text of [
    "A shot rang out.",
    "The officer fired a shot.",
    "He took a shot at the governor.",
    "The mug shot the police released showed a bruise.",
    "He fired his shot into the air.",
    "One shot hit the car.",
    "They heard a shot and ran.",
    "Saka's shot through the goalkeeper's legs gave Arsenal the lead.",
    "A Haaland shot that hit the post went wide.",
    "The measles shot the nurse gave him was expired.",
    "A wrist shot that beat the goalie tied the game.",
  ]) {
    expect(read(text)?.pos, text).toBe("NOUN");
  }
});

test("bail after the verb that rules on it is a noun ('granted bail.'); 'bail out' stays a verb", () => {
  const tag = (text: string) => tokenize(text).find((x) => x.lower === "bail")?.pos;
  expect(tag("The magistrate granted bail.")).toBe("NOUN");
  expect(tag("The judge denied bail on Friday.")).toBe("NOUN");
  expect(tag("The firm had to bail out the fund.")).toBe("VERB");
});
