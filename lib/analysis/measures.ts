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
/** Rupees written before the figure: "Rs 2 crore", "Rs. 500", "₹40 lakh", "INR 3,000". */
const RUPEE_SIGN = /(?:\bRs\.?|₹|\bINR)\s?$/;

/**
 * Currencies by their signs and words, with a rough worth in US dollars: enough to tell one sum
 * converted ("£55m" / "€64m") from another sum ("£55m" / "€30m"), not to convert.
 */
const CURRENCIES: ReadonlyArray<{ code: string; sign?: RegExp; word: RegExp; usd: number }> = [
  { code: "aud", sign: /\bA\$$/, word: /\baustralian\s+dollars?\b/i, usd: 0.65 },
  { code: "cad", sign: /\b(?:C|CA|Can)\$$/, word: /\bcanadian\s+dollars?\b/i, usd: 0.73 },
  { code: "nzd", sign: /\bNZ\$$/, word: /\bnew\s+zealand\s+dollars?\b/i, usd: 0.6 },
  { code: "hkd", sign: /\bHK\$$/, word: /\bhong\s+kong\s+dollars?\b/i, usd: 0.13 },
  { code: "usd", sign: /(?:\bUS)?\$$/, word: /\bdollars?\b/i, usd: 1 },
  // (Pounds are money only as "£", "sterling" or with a scale: "200 pounds" is a weight.)
  { code: "gbp", sign: /£$/, word: /\b(?:pounds?\s+sterling|sterling|(?:million|billion|bn|m)\s+pounds?)\b/i, usd: 1.27 },
  { code: "eur", sign: /€$/, word: /\beuros?\b/i, usd: 1.08 },
  { code: "jpy", sign: /¥$/, word: /\byen\b/i, usd: 0.0068 },
  { code: "cny", word: /\byuan\b/i, usd: 0.14 },
  { code: "inr", sign: RUPEE_SIGN, word: /\brupees?\b/i, usd: 0.012 },
];

/** The currency a sum of money is in, read from the sign before it ("£55m", "A$2bn") or the words in or after it ("52 million euros"), or null. */
export function currencyOf(n: NumberMention, text: string): { code: string; usd: number } | null {
  const before = text.slice(Math.max(0, n.start - 4), n.start + (/^[$€£¥]/.test(n.text) ? 1 : 0));
  const signed = CURRENCIES.find((c) => c.sign?.test(before));
  if (signed) return signed;
  const around = text.slice(n.start, Math.min(text.length, n.end + 24));
  // The first currency word in or just after the figure: "two million euros ($2.6 million)" is in euros.
  const found = CURRENCIES.map((c) => ({ c, at: c.word.exec(around)?.index ?? -1 })).filter((x) => x.at >= 0 && x.at <= n.end - n.start + 12);
  found.sort((x, y) => x.at - y.at);
  return found[0]?.c ?? null;
}

/** Two sums in two currencies whose worths are this far apart, at most, may be one sum converted. */
const CONVERSION_SLACK = 1.35;

/** Sums in two currencies: "converted" when one may be the other converted ("£55m" / "€64m"), "other" when not ("£55m" / "€30m"); null in one currency or none. */
export function currencies(x: NumberMention, xText: string, y: NumberMention, yText: string, vx: number, vy: number): "converted" | "other" | null {
  const [cx, cy] = [currencyOf(x, xText), currencyOf(y, yText)];
  if (cx === null || cy === null || cx.code === cy.code) return null;
  const [ux, uy] = [vx * cx.usd, vy * cy.usd];
  if (!(ux > 0 && uy > 0)) return null;
  return Math.max(ux, uy) / Math.min(ux, uy) <= CONVERSION_SLACK ? "converted" : "other";
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
