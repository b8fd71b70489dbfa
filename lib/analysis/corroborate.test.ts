import { expect, test } from "vitest";
import { alsoGivenElsewhere } from "./corroborate";
import { extractFeatures } from "./features";
import { dates } from "./rules/dates";
import { numbers } from "./rules/numbers";
import { quotes } from "./rules/quotes";

const side = (source: number, label: string, sentences: string[], at: number) => ({ source, label, sentences: [at], features: extractFeatures(sentences[at] ?? "") });

test("a figure the other outlet gives in another sentence is named there; one it gives nowhere is not", () => {
  const wire = ["The couple paid an effective tax rate of 31.55 percent over eight years.", "Their effective tax rate for 2014 alone was 35.72 percent."];
  const daily = ["The couple's effective tax rate was 35.7 percent.", "They gave 10 percent of their income to charity."];
  const compared = [side(0, "Wire", wire, 0), side(1, "Daily", daily, 0)] as const;
  const [finding] = numbers(compared[0], compared[1]).filter((f) => f.spans.length === 2);
  expect(finding?.explanation).toBe("Wire gives “31.55 percent”; Daily gives “35.7 percent”.");
  if (!finding) return;
  const articles = [wire.map((text) => extractFeatures(text)), daily.map((text) => extractFeatures(text))];
  expect(alsoGivenElsewhere(finding, compared, articles)).toBe("Wire also gives “35.72 percent” in another sentence.");
  const alone = [[wire[0] ?? ""].map((text) => extractFeatures(text)), daily.map((text) => extractFeatures(text))];
  expect(alsoGivenElsewhere(finding, compared, alone)).toBeNull();
});

test("dates and small counts recur for other events: not evidence", () => {
  const wire = ["The governor urged lawmakers on Wednesday to change the bill.", "He signed the revised bill on Thursday."];
  const daily = ["The governor urged lawmakers on Thursday to change the bill."];
  const compared = [side(0, "Wire", wire, 0), side(1, "Daily", daily, 0)] as const;
  const [finding] = dates(compared[0], compared[1]);
  expect(finding).toBeDefined();
  if (finding) expect(alsoGivenElsewhere(finding, compared, [wire.map((text) => extractFeatures(text)), daily.map((text) => extractFeatures(text))])).toBeNull();
  const wire2 = ["The storm killed 3 people in the valley.", "It destroyed 4 homes."];
  const daily2 = ["The storm killed 4 people in the valley."];
  const compared2 = [side(0, "Wire", wire2, 0), side(1, "Daily", daily2, 0)] as const;
  const [count] = numbers(compared2[0], compared2[1]).filter((f) => f.spans.length === 2);
  expect(count).toBeDefined();
  if (count) expect(alsoGivenElsewhere(count, compared2, [wire2.map((text) => extractFeatures(text)), daily2.map((text) => extractFeatures(text))])).toBeNull();
});

test("a quotation the other outlet also quotes in another sentence is a second line of the speaker, not the same line worded two ways", () => {
  const wire = ["“I went too far and I was wrong,” she said."];
  const daily = ["“I went way too far,” she said in a video.", "“I went too far.", "I made a mistake and I was wrong.”"];
  const compared = [side(0, "Wire", wire, 0), side(1, "Daily", daily, 0)] as const;
  const [finding] = quotes(compared[0], compared[1]);
  expect(finding?.type).toBe("quote");
  if (!finding) return;
  const articles = [wire.map((text) => extractFeatures(text)), daily.map((text) => extractFeatures(text))];
  expect(alsoGivenElsewhere(finding, compared, articles)).toBe("Daily also quotes “I went too far.” in another sentence.");
  // Quoted nowhere else: the same line worded two ways.
  const once = [wire.map((text) => extractFeatures(text)), [daily[0] ?? "", "She apologised on Tuesday."].map((text) => extractFeatures(text))];
  expect(alsoGivenElsewhere(finding, compared, once)).toBeNull();
});
