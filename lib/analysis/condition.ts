import type { SentenceFeatures } from "./features";

/**
 * A victim's condition as each outlet gives it: "leaving the child in critical condition" / "he is
 * expected to survive"; "critically wounded" / "in stable condition". The two sentences share few
 * words, so no similarity links them, but when each article gives one condition only, both speak of
 * one person's state, and a grade that differs is a fact stated two ways (one may simply be later).
 * `align` links such a pair; the `condition` rule flags it.
 */
export type Grade = "critical" | "serious" | "stable";

export interface ConditionStatement {
  grade: Grade;
  /** Offsets of the words that give it, in the sentence's text. */
  start: number;
  end: number;
}

const GRADES: ReadonlyArray<{ grade: Grade; pattern: RegExp }> = [
  // "critical but stable" says both: no grade.
  { grade: "critical", pattern: /\b(?:in|listed in|remains? in)\s+(?:(?:extremely|very)\s+)?critical\s+condition\b|\bcritically\s+(?:injured|wounded|hurt)\b|\b(?<!non-)(?<!non )life[- ]threatening\s+(?:injur(?:y|ies)|wounds?|condition)\b|\bin\s+grave\s+condition\b/gi },
  { grade: "serious", pattern: /\b(?:in|listed in|remains? in)\s+serious\s+condition\b|\bseriously\s+(?:injured|wounded|hurt)\b/gi },
  {
    grade: "stable",
    pattern: /\b(?:in|listed in|remains? in)\s+(?:stable|good|fair|satisfactory)\s+condition\b|\bnon-?\s?life[- ]threatening\b|\bexpected to (?:survive|recover|be (?:ok(?:ay)?|all right))\b|\bminor injur(?:y|ies)\b/gi,
  },
];

type Read = Pick<SentenceFeatures, "text" | "quotes">;

const cache = new WeakMap<Read, readonly ConditionStatement[]>();

/** The conditions a sentence gives, outside quotations, in order; "critical but stable" gives none. */
export function conditionsIn(f: Read): readonly ConditionStatement[] {
  let out = cache.get(f);
  if (out) return out;
  const found: ConditionStatement[] = [];
  if (!/\bcritical\s+but\s+stable\b/i.test(f.text)) {
    for (const { grade, pattern } of GRADES) {
      pattern.lastIndex = 0;
      for (const m of f.text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (!f.quotes.some((q) => q.start < start && end < q.end)) found.push({ grade, start, end });
      }
    }
  }
  out = found.sort((x, y) => x.start - y.start);
  cache.set(f, out);
  return out;
}

/** The one grade an article gives, or null when it gives none or several (several people, or several moments). */
function onlyGrade(sentences: readonly Read[]): Grade | null {
  const grades = new Set(sentences.flatMap((f) => conditionsIn(f).map((c) => c.grade)));
  return grades.size === 1 ? ([...grades][0] ?? null) : null;
}

/** The first sentence of each article giving a condition, when each gives one grade only and the grades differ. */
export function conditionPairs(a: readonly Read[], b: readonly Read[]): Array<{ a: number; b: number }> {
  const [ga, gb] = [onlyGrade(a), onlyGrade(b)];
  if (!ga || !gb || ga === gb) return [];
  const i = a.findIndex((f) => conditionsIn(f).length > 0);
  const j = b.findIndex((f) => conditionsIn(f).length > 0);
  return i >= 0 && j >= 0 ? [{ a: i, b: j }] : [];
}
