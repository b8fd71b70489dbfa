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

const HYPHEN = String.raw`\s?-\s?`;
const LIFE_THREATENING = String.raw`life${HYPHEN}threatening`;
/** "non-life-threatening", "non - life", and police releases' "non life-threatening". */
const NON = String.raw`non(?:\s?-\s?|\s+)`;
/** "in", "listed in", "remains in", "upgraded to": the words before a hospital's grade. */
const IN = String.raw`(?:(?:listed|remains?|remained|was|is)\s+)?(?:in|upgraded to|downgraded to)`;

const GRADES: ReadonlyArray<{ grade: Grade; pattern: RegExp }> = [
  {
    grade: "critical",
    pattern: new RegExp(
      String.raw`\b${IN}\s+(?:(?:extremely|very)\s+)?critical\s+condition\b|\bcritically\s+(?:injured|wounded|hurt|ill)\b|\bcritical\s+injur(?:y|ies)\b|(?<!${NON})\b${LIFE_THREATENING}\s+(?:injur(?:y|ies)|wounds?|condition)\b|\bin\s+grave\s+condition\b|\bnot\s+expected\s+to\s+survive\b`,
      "gi",
    ),
  },
  { grade: "serious", pattern: new RegExp(String.raw`\b${IN}\s+serious\s+condition\b|\bseriously\s+(?:injured|wounded|hurt)\b`, "gi") },
  {
    grade: "stable",
    pattern: new RegExp(String.raw`\b${IN}\s+(?:stable|good|fair|satisfactory)\s+condition\b|\b${NON}${LIFE_THREATENING}\b|\bexpected\s+to\s+(?:survive|be\s+(?:ok(?:ay)?|all right))\b|\bminor\s+injur(?:y|ies)\b`, "gi"),
  },
];

/**
 * Words that, just before a grade, say it of no one or of several people: "no one suffered
 * life-threatening injuries", "none of the passengers were seriously hurt", "two bystanders were
 * treated for minor injuries". (A denied "expected to survive" is its own critical grade.)
 */
const NO_ONE = /\b(?:not|n[’']t|never|no|none|nobody)\b[^.;]{0,30}$/i;
const SEVERAL = /(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\p{L}+s\b|\b(?:several|many|dozens|others|both|all|people|victims|bystanders|passengers|officers|students|children|men|women)\b)[^.;,]{0,40}$/iu;

type Read = Pick<SentenceFeatures, "text" | "quotes">;

const cache = new WeakMap<Read, readonly ConditionStatement[]>();

/**
 * The conditions a sentence gives of one person, outside quotations, in order; "critical but
 * stable" gives none, and neither does a grade denied or said of several people.
 */
export function conditionsIn(f: Read): readonly ConditionStatement[] {
  let out = cache.get(f);
  if (out) return out;
  const found: ConditionStatement[] = [];
  if (!/\bcritical\s+but\s+stable\b/i.test(f.text)) {
    for (const { grade, pattern } of GRADES) {
      for (const m of f.text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        const before = f.text.slice(Math.max(0, start - 60), start);
        const denied = !/^not\b/i.test(m[0]) && NO_ONE.test(before);
        if (denied || SEVERAL.test(before) || f.quotes.some((q) => q.start < start && end < q.end)) continue;
        if (!found.some((c) => c.start < end && start < c.end)) found.push({ grade, start, end });
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
