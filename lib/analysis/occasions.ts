import type { SentenceFeatures } from "./features";
import { voiceOf } from "./quotations";
import { sameSpeaker } from "./speakers";
import { WEEKDAY_NAMES } from "./vocabulary";

/**
 * When a speaker said it: the day a sentence gives beside its verb of saying ("told reporters on
 * Friday", "said Friday") or opens with ("On Saturday, Ms. Roe said"). A sentence that gives no
 * day and goes on with the same speaker as one of the two sentences before it is the same occasion
 * ("Mr. Roe, asked if ..., said ..."). One person's words on two days are two remarks: a reader
 * does not hold the second against the first (`rules/quotes`).
 */
export function withOccasions(features: readonly SentenceFeatures[]): SentenceFeatures[] {
  const out = [...features];
  features.forEach((f, i) => {
    const own = dayOfSaying(f);
    if (own) {
      out[i] = { ...f, occasion: own };
      return;
    }
    const voice = voiceOf(f);
    if (!voice) return;
    for (let k = i - 1; k >= Math.max(0, i - REACH); k -= 1) {
      const before = out[k];
      const voiceBefore = before ? voiceOf(before) : null;
      if (!before || !voiceBefore || !sameSpeaker(voice, voiceBefore)) continue;
      if (before.occasion) out[i] = { ...f, occasion: before.occasion };
      return;
    }
  });
  return out;
}

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Sentences back, at most, that a speaker going on is read from. */
const REACH = 2;

/** Characters between a verb of saying and the day it names ("said on Friday night"), at most. */
const DAY_REACH = 12;

/** The weekday of the saying, if the sentence gives one beside its verb of saying or opens with one. */
export function dayOfSaying(f: SentenceFeatures): string | undefined {
  if (f.speechVerbs.length === 0 && f.quotes.length === 0) return undefined;
  const outside = f.dates.filter((d) => !f.quotes.some((q) => q.start <= d.start && d.end <= q.end));
  for (const d of outside) {
    const day = d.key.split(/\s+/).find((w) => WEEKDAYS.has(w));
    if (!day) continue;
    const opens = /^\W*(?:and|but|then|later|earlier)?\W*(?:on\s+)?$/i.test(f.text.slice(0, d.start));
    const beside = f.speechVerbs.some((v) => (v.end <= d.start && d.start - v.end <= DAY_REACH) || (d.end <= v.start && v.start - d.end <= DAY_REACH));
    if ((opens && (f.speechVerbs.length > 0 || f.quotes.length > 0)) || beside) return day;
  }
  return undefined;
}

/** Both sentences say on which day their words were said, and the days differ: two occasions. */
export function differentOccasions(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return a.occasion !== undefined && b.occasion !== undefined && a.occasion !== b.occasion;
}
