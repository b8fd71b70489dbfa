import { tokenKey, type Mention, type SentenceFeatures } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { MONTH_NAMES, newsEquivalent, SPEECH_NOUNS, SPEECH_VERB_CLASS, TIME_ZONE_LETTERS, twoMoments, WEEKDAY_NAMES, WEEKDAYS, YEAR, ZONE_OFFSETS } from "../vocabulary";
import { isMoney } from "../measures";
import { overlap } from "../similarity";
import { splitWords, stemOf } from "../words";
import { datedEvent, otherObjects, sameEvent, sameVerb, sharesContext, subjectBefore } from "./context";
import { synonymous } from "../lexicon";
import type { RuleDescriptor } from "./rule";

/**
 * Dates: the two sides date the claim differently, read from the dates `features` found. Dates
 * written alike agree ("Nov. 11" / "November 11", "Monday" / "Monday night"); a day and a year are
 * two numbers ("5 March 2026" / "3 March 2026" differ, and a year both give makes no two sentences
 * one claim); a deadline holds any part of its period ("by the end of 2026" / "in the second half of 2026"). Two dates of one kind
 * (two weekdays, two calendar days) that differ conflict, medium, when they date one event: a word
 * beside them, within their phrase (up to a comma, dash or bracket), not an age and not a name, is the same ("published Saturday" /
 * "published Sunday"), or the two sentences say the same in most of their words with one date of that
 * kind each (`sameClaim`); otherwise the sentences more likely date two events ("shot Friday evening" / "in court on Monday"), and so do dates of two
 * different things done ("urged lawmakers on Wednesday" / "signed the bill on Thursday"), and dates
 * of two kinds ("Thursday" / "July 10", "in 1947" / "21 April"): none. A day named from the day of
 * writing ("today", "this month") against a weekday or a calendar day is one day told two ways: none
 * (`nearDay`), and so is a day told from the side's own weekday ("on Monday ... the earthquake a day
 * before" / "the earthquake Sunday": `daysAway`); so are the end of one day and the start of the next ("late Friday night" / "early
 * Saturday": `aroundMidnight`), while two times of one day that no hour shares ("Tuesday morning" /
 * "Tuesday night": `otherTimeOfDay`) differ. A year told so against a year of the same event ("repaid earlier this year" / "repaid
 * in 2017") may be another year: low; of two events ("won last week's primary" / "a report released
 * Friday"), none; a week or a month told so holds the other's day ("next week's primary" / "next
 * Tuesday's"): none. Two days of saying ("said Tuesday" / "said on Wednesday") may be two remarks: low.
 * Clock times compare as minutes of the day: within `EXACT_MINUTES` (or `APPROXIMATE_MINUTES` when
 * one is told roughly, "just before 9:40 a.m.") they agree; told in two time zones ("6 p.m. EDT" /
 * "3 p.m. Arizona time") they may be one time; one moment in two known zones across midnight has two
 * weekdays ("9:30 p.m. EDT on Tuesday" / "0130 GMT on Wednesday": none). A clock time stamping a market
 * reading ("up 0.3 percent by 1018 GMT") and a record's baseline ("the biggest drop since August 1993")
 * date no event: none.
 */
export const DATES_RULE = {
  type: "date",
  detects: "the same claim dated differently",
  thresholds: { sameClaim: 0.55, sameAct: 0.35 },
  severity: { conflict: "medium", mayBeSameDay: "low" },
} as const satisfies RuleDescriptor;

const RELATIVE_DATE = /\b(yesterday|today|tonight|tomorrow|last|next|this|earlier|later)\b/i;
/** A year told from the day of writing: "this year", "last year", "earlier this year". */
const RELATIVE_YEAR = /\b(?:this|last|next|(?:earlier|later)\s+this)\s+year\b/i;

function dateWords(m: Mention): string[] {
  // "Nov. 11" and "November 11" agree: month and weekday names compare by their first three letters.
  return splitWords(m.key)
    // (A one-digit day is a word: "March 4" is not "March 14".)
    .filter((w) => (w.length > 1 || /^\d$/.test(w)) && !["on", "the", "morning", "afternoon", "evening", "night"].includes(w))
    // "March 4th" is "March 4".
    .map((w) => (/^\p{L}+$/u.test(w) ? w.slice(0, 3) : w.replace(/^(\d+)(?:st|nd|rd|th)$/, "$1")));
}

/** A span of time told by its two ends: "from 1991 to 1999", "between 2001 and 2005", "1991-1999". */
const RANGE = /\b(?:from|between)\b.*\b(?:to|and|until|till|through)\b|\d{4}\s*[-–]\s*\d{2,4}/i;

/** Month names as `dateWords` gives them: their first three letters ("sep" for "Sept."). */
const MONTH_KEYS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.slice(0, 3)));

/** Prepositions and conjunctions as `dateWords` gives them: "in March" and "in 1998" share no date by "in", "in 2001 and 2005" and "in 2003 and 2004" none by "and". */
const PREPOSITION_KEYS: ReadonlySet<string> = new Set(["in", "by", "sin", "unt", "and", "or"]);

/** Parts of a year as `dateWords` gives them: "end", "start", "beginning", "middle", "first" ... "fourth" (quarter or half). */
const YEAR_PARTS: ReadonlySet<string> = new Set(["end", "sta", "beg", "mid", "fir", "sec", "thi", "fou"]);

/** What a date names: a weekday, a calendar day, a month, a year or a time of day. */
function dateKind(m: Mention): string {
  const t = m.text.toLowerCase();
  if (WEEKDAYS.test(t)) return "weekday";
  if (/\d{1,2}(?:[:.]\d{2})?\s*(a\.m\.|p\.m\.|(?:am|pm)\b)|\b(?:noon|midnight)\b|^\d{1,2}:\d{2}$|^[012]\d[0-5]\d$/.test(t.trim())) return "time";
  if (/\b(19|20)\d{2}\b/.test(t) && !/[a-z]{3}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[a-z]{3}/.test(t)) return "year";
  if (/\d/.test(t)) return "day";
  return "month";
}

/** A day or a span named from the day of writing ("today", "Tuesday night", "this week", "earlier this month"). */
const NEAR_DAY = /\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month)|(?:earlier|later) this (?:week|month))\b/i;

/**
 * "Today" and "Tuesday", "this month" and "Aug. 6": a day named from the day of writing and a
 * weekday or calendar day are one day told at two granularities, no difference to flag (the year an
 * outlet says "earlier this year" may still differ from another's year).
 */
function nearDay(x: Mention, y: Mention): boolean {
  const kind = dateKind(y);
  return NEAR_DAY.test(x.text) && !NEAR_DAY.test(y.text) && (kind === "weekday" || kind === "day");
}

/** Times of day a date may carry, and those that cannot be one time: morning and evening or night, afternoon and night. */
const TIME_OF_DAY = /\b(morning|afternoon|evening|night)\b/i;
const APART: ReadonlySet<string> = new Set(["morning evening", "morning night", "afternoon night"]);

/** Two times of one day that no hour shares ("Tuesday morning" / "Tuesday night"); "evening" and "night" may be one. */
function otherTimeOfDay(x: Mention, y: Mention): boolean {
  const [tx, ty] = [TIME_OF_DAY.exec(x.text)?.[1]?.toLowerCase(), TIME_OF_DAY.exec(y.text)?.[1]?.toLowerCase()];
  return tx !== undefined && ty !== undefined && (APART.has(`${tx} ${ty}`) || APART.has(`${ty} ${tx}`));
}

/** Words that put a time at a day's end ("late Friday", "Friday night", "overnight Saturday") or its start ("early Saturday", "Saturday morning"). */
const DAY_END = /\b(?:late|night|overnight|midnight)\b/i;
const DAY_START = /\b(?:early|morning|overnight|midnight|dawn|daybreak)\b|\b(?:12|0?[1-5])(?::\d{2})?\s*a\.m\./i;
/** "In the early hours of Sunday", "the small hours of Sunday": a day's start, told further before it. */
const SMALL_HOURS = /\b(?:early|small|wee)\s+hours\s+of\s+$/i;
/** Words before a date that still speak of it ("late Friday night"). */
const LEAD_IN = 12;

/**
 * "Late Friday night" and "early Saturday", "overnight Saturday" and "early Sunday": the end of one
 * day and the start of the next are one night told from either side of midnight.
 */
function aroundMidnight(a: Side, x: Mention, b: Side, y: Mention): boolean {
  const day = (m: Mention) => WEEKDAY_NAMES.findIndex((d) => m.text.toLowerCase().includes(d));
  const [dx, dy] = [day(x), day(y)];
  if (dx < 0 || dy < 0 || (dx + 1) % WEEKDAY_NAMES.length !== dy) return false;
  const around = (side: Side, m: Mention) => side.features.text.slice(Math.max(0, m.start - LEAD_IN), m.end);
  const startsDay = DAY_START.test(around(b, y)) || SMALL_HOURS.test(b.features.text.slice(Math.max(0, y.start - 2 * LEAD_IN), y.start));
  return DAY_END.test(around(a, x)) && startsDay;
}

/** Minutes apart within which two clock times are one time told exactly, or told roughly ("about", "just before"). */
const EXACT_MINUTES = 5;
const APPROXIMATE_MINUTES = 30;
const DAY_MINUTES = 24 * 60;

/** A clock time's minute of the day ("4:42 a.m." 282, "12 p.m." and "noon" 720, "midnight" 0), or null for another kind of date. */
function minuteOfDay(m: Mention): number | null {
  if (/\bnoon\b/i.test(m.text)) return 12 * 60;
  if (/\bmidnight\b/i.test(m.text)) return 0;
  const clock = /^(\d{1,2}):?(\d{2})$/.exec(m.text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const found = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b/i.exec(m.text);
  if (!found) return null;
  const hour = Number(found[1]) % 12 + ((found[3] ?? "").toLowerCase() === "p" ? 12 : 0);
  return hour * 60 + Number(found[2] ?? 0);
}

/** North America's zones by their letters ("ET", "EDT", "CST", "PT", "AKDT", "HST"). */
const NORTH_AMERICAN_ZONE = /^(?:[ecmp][sd]?t|ak[sd]?t|h[sd]?t)$/;
/** Hours a continental local time may be behind a North American zone: Eastern three (Pacific), Central two, Mountain one, Pacific none. */
const ZONES_WEST: Readonly<Record<string, number>> = { e: 3, c: 2, m: 1 };

/** A time zone after a clock time: "EDT", "GMT", "local time", "Arizona time". */
const ZONE = new RegExp(String.raw`^\s*\(?(${TIME_ZONE_LETTERS}\b|(?:[\p{Lu}][\p{L}.]*\s+){0,2}time\b|local\s+time\b)`, "u");

/** The time zone a clock time is told in, if its words give one. */
function zoneOf(side: Side, m: Mention): string | undefined {
  return ZONE.exec(side.features.text.slice(m.end, m.end + 24))?.[1]?.toLowerCase();
}

/** A clock time as written with its zone ("2:14 p.m. EDT"), other dates as written. */
function withZone(side: Side, m: Mention): string {
  const zone = minuteOfDay(m) === null ? undefined : ZONE.exec(side.features.text.slice(m.end, m.end + 24))?.[1];
  return zone && /^\p{Lu}+$/u.test(zone) ? `${m.text} ${zone}` : m.text;
}

/** Words before a time that make it rough: "about 4 a.m.", "just before 9:40 a.m.", "shortly after noon". */
const ROUGHLY = /\b(?:about|around|approximately|roughly|nearly|almost|some|just|shortly|soon|before|after|by|until)\s*(?:before|after)?\s*$/i;

/** The time is told roughly, in its side's words. */
function approximate(side: Side, m: Mention): boolean {
  return ROUGHLY.test(side.features.text.slice(Math.max(0, m.start - 16), m.start));
}

/** Words before a clock time that stamp a reading: "by 1018 GMT", "as of 3 p.m.", "at 1000 GMT" after a price. */
const READING_BEFORE = /(?:\b(?:by|as of|as at)|[\d%]\S*(?:\s+(?:an?|per)\s+\w+)?\s+at)\s*$/i;

/**
 * A clock time that stamps a price, a share or an index reading ("shares were up 0.3 percent at 654
 * pence by 1018 GMT", "gold was quoted at $367.90 an ounce at 1000 GMT"): when a market was read,
 * not when a thing happened. Two such readings at two times are two readings.
 */
function reading(side: Side, m: Mention): boolean {
  if (minuteOfDay(m) === null || !READING_BEFORE.test(side.features.text.slice(Math.max(0, m.start - 30), m.start))) return false;
  return side.features.numbers.some((n) => n.value.endsWith("%") || isMoney(n, side.features.text));
}

/** A superlative before "since" ("the biggest decline since July 1986", "a level not seen since February 10") measures against a record, not a date of the event. */
const RECORD_BEFORE = /\b(?:not (?:been )?seen|unseen|biggest|largest|highest|lowest|smallest|most|fewest|least|best|worst|strongest|weakest|sharpest|steepest|fastest|slowest|first)\b[^.;,]{0,30}$/i;

/** The date is a record's baseline ("the biggest drop since August 1993"): two measures have two records. */
function record(side: Side, m: Mention): boolean {
  return /^since\b/i.test(m.text) && RECORD_BEFORE.test(side.features.text.slice(Math.max(0, m.start - 40), m.start));
}

/** A noun for the act a verb names, or the verb itself: "report" / "reported", "his sentencing" / "to be sentenced". */
function oneRoot(x: string, y: string): boolean {
  if (x === y || stemOf(x) === stemOf(y)) return true;
  let common = 0;
  while (common < Math.min(x.length, y.length) && x[common] === y[common]) common += 1;
  return common >= 5 && common >= 0.7 * Math.min(x.length, y.length);
}

/** A sentence's content without the years it gives (the sentence itself when it gives none, whose overlaps are cached). */
function withoutYears(f: SentenceFeatures): SentenceFeatures {
  // (And its clock times, words a date's sentence may give on one side only: "on Sunday at around 2:30 p.m.")
  const clock = new Set(f.tokens.filter((t) => f.dates.some((d) => d.start <= t.start && t.end <= d.end && minuteOfDay(d) !== null)).map(tokenKey));
  if (![...f.content.keys()].some((key) => YEAR.test(key) || clock.has(key))) return f;
  return { ...f, content: new Map([...f.content].filter(([key]) => !YEAR.test(key) && !clock.has(key))) };
}

/** A day told from another: "a day before", "two days later", "the previous day", "the next day". */
const DAYS_AWAY = /\b(?:(a|one|two|three)\s+days?\s+(before|earlier|later|after|prior)|the\s+(?:day\s+(before|after)|(previous|next|following)\s+day))\b/gi;
const DAY_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** What follows "a day before" when it is a preposition: the event it dates from ("a day before the vote", "prior to"). */
const OBJECT_AFTER = /^\s+(?:to\b|the\b|an?\b|his\b|her\b|its\b|their\b|this\b|that\b|\p{Lu}|\d)/u;

/**
 * The days, back (negative) or on, that a sentence tells a day from another by ("the quake a day
 * before": -1). Not a preposition's ("on Monday, a day before the quake" puts the quake after
 * Monday, a day the sentence does not say it shifts from).
 */
function daysAway(text: string): number[] {
  return [...text.matchAll(DAYS_AWAY)].filter((m) => !OBJECT_AFTER.test(text.slice((m.index ?? 0) + m[0].length))).map((m) => {
    const count = DAY_COUNTS[(m[1] ?? "a").toLowerCase()] ?? 1;
    const way = (m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
    return /^(?:before|earlier|prior|previous)$/.test(way) ? -count : count;
  });
}

/** Words that tell an event before or after the clause's own: "charged Saturday after a shooting ... Friday". */
const PRIOR = /^(?:after|before|following)$/;

/**
 * The date is told inside an "after ..." or "before ..." phrase naming an event, past the clause's
 * own verb ("was charged with murder after a shooting at a party Friday"): it dates that other event,
 * not the clause's ("was charged with murder Saturday").
 */
function priorEvent(side: Side, m: Mention): boolean {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  const back = tokens.slice(0, first < 0 ? tokens.length : first).reverse();
  const end = back.findIndex((t) => /^[.;:!?,]$/.test(t.text));
  const clause = end < 0 ? back : back.slice(0, end);
  const k = clause.findIndex((t) => PRIOR.test(t.lower));
  // (A phrase naming the event, "after a shooting at a party"; not a clause telling it, "after he was
  // hit by a pickup ... on Wednesday night", which may be the other side's own event.)
  return k >= 0 && !clause.slice(0, k).some((t) => t.pos === "VERB" || t.pos === "AUX") && clause.slice(k + 1).some((t) => t.pos === "VERB");
}

export function dates(a: Side, b: Side): Finding[] {
  // "Monday" and "Monday night" agree; only dates sharing no word conflict.
  // They share a word, and no number (a day, a year) of one contradicts the other's.
  // A day and a year are two numbers: "5 March 2026" / "3 March 2026" share the year, not the day.
  const days = (words: string[]) => words.filter((w) => /^\d{1,2}$/.test(w));
  const years = (words: string[]) => words.filter((w) => /^\d{3,}/.test(w));
  // Nor a month of one the other's ("Jan. 1" / "July 1" share the day's number, not the day).
  const months = (words: string[]) => words.filter((w) => MONTH_KEYS.has(w));
  // Nor a part of a year of one the other's ("the first quarter" / "the second quarter", "the end of 2026" / "the start of 2026").
  const parts = (words: string[]) => words.filter((w) => YEAR_PARTS.has(w));
  const sameDay = (x: Mention, y: Mention) => {
    const [wx, wy] = [dateWords(x), dateWords(y)];
    const clash = (px: string[], py: string[]) => px.length > 0 && py.length > 0 && !px.some((n) => py.includes(n));
    // (Two spans of years agree only end for end: "from 1991 to 1999" / "from 1993 to 1999" share a year, not the span.)
    const spans = RANGE.test(x.text) && RANGE.test(y.text) && years(wx).length >= 2 && years(wy).length >= 2 && years(wx).join(" ") !== years(wy).join(" ");
    return wx.some((w) => wy.includes(w) && !PREPOSITION_KEYS.has(w)) && !spans && !clash(days(wx), days(wy)) && !clash(years(wx), years(wy)) && !clash(months(wx), months(wy)) && !clash(parts(wx), parts(wy));
  };
  // "Tuesday morning" / "Tuesday night": one day, two times of it, that no hour can share.
  // Two clock times agree within minutes of each other ("9:38 a.m." / "just before 9:40 a.m."), not by a word they share.
  // (`agree` is asked both ways round: each date is read in the side that gives it.)
  const sideOf = (m: Mention) => (a.features.dates.includes(m) ? a : b);
  const agree = (x: Mention, y: Mention) => {
    const [tx, ty] = [minuteOfDay(x), minuteOfDay(y)];
    if (tx !== null && ty !== null) {
      // Told in two time zones ("6 p.m. EDT" / "3 p.m. Arizona time"), one time may be the other.
      const [zx, zy] = [zoneOf(sideOf(x), x), zoneOf(sideOf(y), y)];
      // In two zones both known ("2:14 p.m. EDT" / "18:14 UTC"), each is read in UTC; in a zone not
      // known, one time may be the other.
      const [ox, oy] = [ZONE_OFFSETS.get(zx ?? ""), ZONE_OFFSETS.get(zy ?? "")];
      if (zx !== undefined && zy !== undefined && zx !== zy && ox !== undefined && oy !== undefined) {
        const gap = Math.abs(tx - ox - (ty - oy)) % DAY_MINUTES;
        return Math.min(gap, DAY_MINUTES - gap) <= (approximate(sideOf(x), x) || approximate(sideOf(y), y) ? APPROXIMATE_MINUTES : EXACT_MINUTES);
      }
      if (zx !== undefined && zy !== undefined && zx !== zy) return true;
      // One told in a zone, the other bare, whole hours apart ("10:42 a.m." at a Texas airport / "11:42
      // a.m. EDT"): a wire adds its zone where a local outlet tells local time, so one may be the other.
      // (West of a North American zone only, within the continent: "8 p.m." / "5 p.m. EDT" and
      // "10:30 a.m." / "11:30 a.m. PT" are two times; and not twelve hours apart: "10:42 a.m." /
      // "10:42 p.m. GMT" is a.m. and p.m. told apart.)
      if ((zx === undefined) !== (zy === undefined)) {
        const [zone, zoned, bare] = zx !== undefined ? [zx, tx, ty] : [zy ?? "", ty, tx];
        const behind = (zoned - bare) / 60;
        const hours = Math.abs(behind);
        const american = NORTH_AMERICAN_ZONE.test(zone);
        if (Number.isInteger(hours) && hours >= 1 && (american ? behind > 0 && behind <= (ZONES_WEST[zone[0] ?? ""] ?? 0) : hours <= 11)) return true;
      }
      // (Around the clock: "midnight" and "11:58 p.m." are minutes apart.)
      return Math.min(Math.abs(tx - ty), DAY_MINUTES - Math.abs(tx - ty)) <= (approximate(sideOf(x), x) || approximate(sideOf(y), y) ? APPROXIMATE_MINUTES : EXACT_MINUTES);
    }
    return sameDay(x, y) && !otherTimeOfDay(x, y);
  };
  // Two weekdays one moment told in two zones gives ("9:30 p.m. EDT on Tuesday" / "0130 GMT on
  // Wednesday"): each side's clock time read in UTC moves its weekday by the same day.
  const weekdayIndex = (m: Mention) => WEEKDAY_NAMES.findIndex((d) => m.text.toLowerCase().includes(d));
  const utcDay = (side: Side, m: Mention) => {
    const [minute, offset] = [minuteOfDay(m), ZONE_OFFSETS.get(zoneOf(side, m) ?? "")];
    return minute === null || offset === undefined ? null : Math.floor((minute - offset) / DAY_MINUTES);
  };
  const sameMomentWeekdays = (x: Mention, y: Mention) => {
    const [wx, wy] = [weekdayIndex(x), weekdayIndex(y)];
    if (wx < 0 || wy < 0 || dateKind(x) !== "weekday" || dateKind(y) !== "weekday") return false;
    const [sx, sy] = [sideOf(x), sideOf(y)];
    return sx.features.dates.some((cx) =>
      sy.features.dates.some((cy) => {
        const [dx, dy] = [utcDay(sx, cx), utcDay(sy, cy)];
        return dx !== null && dy !== null && agree(cx, cy) && (((wx + dx - wy - dy) % 7) + 7) % 7 === 0;
      }),
    );
  };
  // A deadline holds any part of its period before it: "by the end of 2026" / "in the second half of 2026".
  const byBefore = (m: Mention) => /\bby\s+$/i.test(sideOf(m).features.text.slice(Math.max(0, m.start - 4), m.start));
  const yearsOf = (m: Mention) => dateWords(m).filter((w) => /^\d{4}$/.test(w));
  const deadline = (x: Mention, y: Mention) => (byBefore(x) || byBefore(y)) && yearsOf(x).length > 0 && yearsOf(x).join() === yearsOf(y).join();
  // A day told from the side's own weekday ("on Monday ... the earthquake a day before") is the other's weekday.
  const shifted = (x: Mention, y: Mention) => {
    const [wx, wy] = [weekdayIndex(x), weekdayIndex(y)];
    if (wx < 0 || wy < 0 || dateKind(x) !== "weekday" || dateKind(y) !== "weekday") return false;
    return daysAway(sideOf(x).features.text).some((shift) => (((wx + shift - wy) % 7) + 7) % 7 === 0);
  };
  const agrees = (x: Mention, ys: Mention[]) => ys.some((y) => agree(x, y) || nearDay(x, y) || nearDay(y, x) || sameMomentWeekdays(x, y) || deadline(x, y) || shifted(x, y) || shifted(y, x));
  const da = a.features.dates.filter((x) => !record(a, x) && !agrees(x, b.features.dates) && !b.features.dates.some((y) => aroundMidnight(a, x, b, y) || aroundMidnight(b, y, a, x)));
  const db = b.features.dates.filter((y) => !record(b, y) && !agrees(y, a.features.dates) && !a.features.dates.some((x) => aroundMidnight(a, x, b, y) || aroundMidnight(b, y, a, x)));
  if (da.length === 0 || db.length === 0) return [];
  // Two dates of one kind that differ conflict; dates of two kinds ("Thursday" / "July 10") and days
  // told from the day of writing ("yesterday" / "Tuesday") may be one day. A year told so is compared
  // only about one event ("won last week's primary" / "a report released Friday" date two), and only a
  // year told from the day of writing against a year ("earlier this year" / "in 2017"): a week or a
  // month told so holds the other's day ("next week's primary" / "next Tuesday's"; "next month" /
  // "Dec. 12"; "last week" / "earlier this month"), no difference to check.
  const yearAgainstYear = (x: Mention, y: Mention) => RELATIVE_YEAR.test(x.text) && dateKind(y) === "year";
  const relative = da.some((x) => db.some((y) => (yearAgainstYear(x, y) || yearAgainstYear(y, x)) && sameEvent(a, x, b, y, datedEvent)));
  // And the same thing happened on them: "urged lawmakers on Wednesday" / "signed the bill on
  // Thursday" date two events of one story, whatever words they share.
  // So do two sentences that say the same in most of their words, each with one date of the kind ("A
  // pedestrian was struck and killed Tuesday night on Route 30" / "A man died after he was hit by a
  // pickup while crossing Route 30 on Wednesday night"), whatever verb stands nearest each date.
  // Each date must date a thing done, not a remark ("a military statement said Tuesday", "she said in an interview
  // Tuesday"), nor nothing its clause says.
  const one = (side: Side, m: Mention) => {
    const event = datedEvent(side, m);
    return event !== undefined && !SPEECH_NOUNS.has(event.lemma) && SPEECH_VERB_CLASS[event.lemma] === undefined && side.features.dates.filter((d) => dateKind(d) === dateKind(m)).length === 1;
  };
  // (A year both give is no claim in common: "on 5 March 2026" / "on 3 March 2026".)
  // (Weighed only when asked: the overlap of two sentences without their years and clock times is not cached.)
  let alikeMemo: number | undefined;
  const alike = () => (alikeMemo ??= overlap(withoutYears(a.features), withoutYears(b.features)).similarity);
  const sameClaim = () => alike() >= DATES_RULE.thresholds.sameClaim;
  // The start of a thing on one side and its end on the other ("the strike began Monday" / "the strike
  // will end Thursday") are two moments, with two dates.
  const moments = twoMoments(a.features.tokens, b.features.tokens);
  // Each date beside a verb the other sentence also has, undated there ("charged on Tuesday in the
  // shooting" / "charged in the death of a man he shot on Saturday"): the two dates are two events'.
  const elsewhere = (side: Side, m: Mention, other: Side, n: Mention) => {
    const [event, theirs] = [datedEvent(side, m), datedEvent(other, n)];
    return event !== undefined && theirs !== undefined && event.lemma !== theirs.lemma && event.pos === "VERB" && other.features.tokens.some((t) => t.pos === "VERB" && t.lemma === event.lemma);
  };
  const twoEvents = (x: Mention, y: Mention) => elsewhere(a, x, b, y) && elsewhere(b, y, a, x);
  // One date of a thing ("the June 14 concert", "Saturday's match"), the other of what was done to it
  // ("cancelled on June 10"): two days, not one told two ways, unless one word names both ("BuzzFeed's
  // report Thursday" / "reported on Friday").
  const thingAndAct = (x: Mention, y: Mention) => {
    const [ex, ey] = [datedEvent(a, x), datedEvent(b, y)];
    if (ex === undefined || ey === undefined || (ex.pos === "NOUN") === (ey.pos === "NOUN")) return false;
    // (The thing dated is the act the other side tells, by its verb anywhere there: "his July 30 sentencing" / "is expected to be sentenced".)
    const [thing, other] = ex.pos === "NOUN" ? [ex, b] : [ey, a];
    return !other.features.tokens.some((t) => t.pos === "VERB" && oneRoot(thing.lemma, t.lemma));
  };
  // The same subject doing the same thing on each side's one day ("The fire broke out on Sunday at
  // around 2:30 p.m." / "The blaze started on Saturday"), whatever else the sentences say.
  const sameDoer = (x: Mention, y: Mention) => {
    const [ex, ey] = [datedEvent(a, x), datedEvent(b, y)];
    // (Not done to two things: "arrested the suspect on Tuesday" / "detained a second man on Wednesday".)
    if (ex?.pos !== "VERB" || ey?.pos !== "VERB" || !sameVerb(a, x, b, y, datedEvent) || otherObjects(a, x, b, y, datedEvent)) return false;
    const [sx, sy] = [subjectBefore(a.features.tokens, ex.start), subjectBefore(b.features.tokens, ey.start)];
    const oneSubject = sx !== undefined && sy !== undefined && (sx.lemma === sy.lemma || synonymous(sx.lemma, sy.lemma) || newsEquivalent(sx.lemma, sy.lemma));
    // (Or in other words for the subject, "fire" / "blaze", in sentences that say much of the rest alike.)
    return oneSubject || alike() >= DATES_RULE.thresholds.sameAct;
  };
  const conflicting = (x: Mention, y: Mention) =>
    !moments &&
    priorEvent(a, x) === priorEvent(b, y) &&
    !(reading(a, x) && reading(b, y)) &&
    !twoEvents(x, y) &&
    !RELATIVE_DATE.test(x.text) &&
    !RELATIVE_DATE.test(y.text) &&
    dateKind(x) === dateKind(y) &&
    ((sharesContext(a, x, b, y, { phrase: true, names: true }) && sameEvent(a, x, b, y, datedEvent)) ||
      // (Not when one side tells the other's dated act undated beside its own: "was charged on 5 March" /
      // "was arrested on 3 March and charged two days later".)
      (one(a, x) && one(b, y) && !thingAndAct(x, y) && !elsewhere(a, x, b, y) && !elsewhere(b, y, a, x) && (sameClaim() || sameDoer(x, y))));
  const conflict = da.some((x) => db.some((y) => conflicting(x, y)));
  // Both dates beside one verb ("published Saturday" / "published Sunday"): the finding itself shows one fact.
  // Dates of two kinds, or of two events, that no relative word ties together are most often two
  // facts of one story ("removed him in 2013" / "confirmed on Jan. 20, 2017"): no finding.
  if (!relative && !conflict) return [];
  const anchored = !relative && da.some((x) => db.some((y) => conflicting(x, y) && sameVerb(a, x, b, y, datedEvent)));
  // The days two remarks were made ("the committee's leaders said Tuesday" / "its senior Democrat said
  // on Wednesday") may be two remarks' days: worth a look, not a conflict.
  // A thing reported ("The fire was reported on Saturday", "was first reported Friday") is dated when
  // it came to light: an event, not a remark (unless what follows is what was said: "it was reported that").
  const said = (side: Side, m: Mention) => {
    const event = datedEvent(side, m);
    if (!event || SPEECH_VERB_CLASS[event.lemma] === undefined) return false;
    const tokens = side.features.tokens;
    const i = tokens.indexOf(event);
    let k = i - 1;
    while (tokens[k]?.pos === "ADV") k -= 1;
    const passive = tokens[k]?.pos === "AUX" && tokens[k]?.lemma === "be";
    return !passive || /^(that|to)$/.test(tokens[i + 1]?.lower ?? "") || tokens[k - 1]?.pos === "PRON";
  };
  const remarks = conflict && da.every((x) => db.every((y) => !conflicting(x, y) || (said(a, x) && said(b, y))));
  return [
    {
      type: DATES_RULE.type,
      severity: relative || remarks ? DATES_RULE.severity.mayBeSameDay : DATES_RULE.severity.conflict,
      ...(anchored ? { anchored } : {}),
      spans: [...da.map((x) => span(0, x)), ...db.map((y) => span(1, y))],
      explanation: `${a.label} dates it ${da.map((x) => q(withZone(a, x))).join(", ")}; ${b.label} says ${db.map((y) => q(withZone(b, y))).join(", ")}.`,
    },
  ];
}
