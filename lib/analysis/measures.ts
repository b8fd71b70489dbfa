import { isYear, type NumberMention, type SentenceFeatures } from "./features";
import { rarity } from "./lexicon";
import { contextOf } from "./rules/context";

const MONEY = /[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|(?<!per ?)cents?|pence)\b/i;
const PERCENT = /%|\bper ?cent\b/i;
/** A word beside both figures must say what is measured: "bond", "turnout", not "pay", "set" or a name. */
const MIN_ANCHOR_RARITY = 0.6;

/** A sum of money: a currency sign before it or a currency word in it ("$160 million", "40 euros"). */
export function isMoney(n: NumberMention, text: string): boolean {
  return MONEY.test(text.slice(Math.max(0, n.start - 1), n.end));
}

/** Currency signs and words, by the currency they name ("$" is any dollar). */
const CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\$|\bdollars?\b|\bcents?\b/i, "dollar"],
  [/£|\bpounds?\b|\bpence\b|\bsterling\b/i, "pound"],
  [/€|\beuros?\b/i, "euro"],
  [/¥|\byen\b|\byuan\b/i, "yen-yuan"],
  [/\brupees?\b/i, "rupee"],
];

const CURRENCY_WORD = /\b(dollars?|cents?|pounds?|pence|sterling|euros?|yen|yuan|rupees?)\b/i;
const CURRENCY_WORD_AFTER = new RegExp(`^\\s*${CURRENCY_WORD.source}`, "i");

/** The currency a sum of money is in, read from its sign or word ("£55m" pound, "52 million euros" euro), or null. */
export function currencyOf(n: NumberMention, text: string): string | null {
  // The sign before it or in it ("£55m"), else the word in it or right after it ("two million euros ($2.6 million)": euros).
  const sign = /[$€£¥]/.exec(text.slice(Math.max(0, n.start - 1), n.end))?.[0];
  const word = sign ?? CURRENCY_WORD.exec(text.slice(n.start, n.end))?.[1] ?? CURRENCY_WORD_AFTER.exec(text.slice(n.end, n.end + 12))?.[1];
  return word === undefined ? null : (CURRENCIES.find(([pattern]) => pattern.test(word))?.[1] ?? null);
}

/** What a figure measures, coarsely: money, a share, or a count of its noun; null for years and ages. */
function kindOf(n: NumberMention, text: string): string | null {
  if (isYear(n) || n.unit === "age") return null;
  if (isMoney(n, text)) return "money";
  if (PERCENT.test(n.text) || n.value.endsWith("%")) return "percent";
  return n.unit ? `count:${n.unit}` : null;
}

/**
 * Two sentences give different values for one measure: figures of one kind (money, a share, a
 * count of one thing) that differ, with an informative word beside both ("bond was set at
 * $500,000" / "held on $750,000 bond"). Such a pair states one claim differently, the discrepancy a
 * desk most needs to see, even when the different figures leave the two sentences few words in common.
 */
export function sameMeasureDiffers(a: SentenceFeatures, b: SentenceFeatures): boolean {
  // The words beside a figure, and the noun it counts ("$750,000 bond").
  const anchors = (f: SentenceFeatures, n: NumberMention) =>
    new Set([...contextOf({ label: "", features: f }, n, { figures: true }), ...n.nouns].filter((w) => !f.names.has(w)));
  for (const x of a.numbers) {
    const kx = kindOf(x, a.text);
    if (!kx) continue;
    for (const y of b.numbers) {
      if (x.value === y.value || kindOf(y, b.text) !== kx) continue;
      const ay = anchors(b, y);
      for (const w of anchors(a, x)) if (ay.has(w) && rarity(w) >= MIN_ANCHOR_RARITY) return true;
    }
  }
  return false;
}
